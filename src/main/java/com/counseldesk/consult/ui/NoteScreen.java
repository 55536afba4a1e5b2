package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** A consultation note's editor in a tab of its own, titled with the family's students. */
public final class NoteScreen implements Screen {
    private final String key;
    private final NoteViewModel vm;
    private final Runnable close;
    private NoteView view;

    /**
     * {@code key}: {@link #key(long)} for a stored note, {@link #newKey} for a new one; {@code close} closes
     * the tab.
     */
    public NoteScreen(String key, NoteViewModel vm, Runnable close) {
        this.key = key;
        this.vm = vm;
        this.close = close;
    }

    /** The key of a stored note's editor: "note-12". */
    public static String key(long noteId) {
        return "note-" + noteId;
    }

    /** The key of the editor of a household's new note: "note-new-3-1" (the household's first this session). */
    public static String newKey(long householdId, int count) {
        return "note-new-" + householdId + "-" + count;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String title(I18n i18n) {
        return vm.householdProperty().get() == null ? i18n.t("note.title")
                : i18n.t("note.tab", vm.householdProperty().get().studentNames());
    }

    @Override
    public ObservableValue<String> titleValue(I18n i18n) {
        return Bindings.createStringBinding(() -> title(i18n), vm.householdProperty());
    }

    @Override
    public Node build(I18n i18n) {
        view = new NoteView(vm, i18n, close);
        return view.root();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focus();
        }
    }

    @Override
    public void refresh() {
        vm.load();
    }

    public NoteViewModel viewModel() {
        return vm;
    }
}
