package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/** The start page in the main window's first tab, for those who consult (the front desk has none). */
public final class StartPageScreen implements Screen {
    public static final String KEY = "start";
    private final StartPageViewModel vm;
    private final LongConsumer openFamily;
    private final NoteOpener openNote;
    private final LongConsumer recordResult;
    private StartPageView view;

    /**
     * {@code openFamily} opens a household's family page; {@code openNote} a note in draft in its editor;
     * {@code recordResult} a follow-up's result dialog.
     */
    public StartPageScreen(StartPageViewModel vm, LongConsumer openFamily, NoteOpener openNote,
            LongConsumer recordResult) {
        this.vm = vm;
        this.openFamily = openFamily;
        this.openNote = openNote;
        this.recordResult = recordResult;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("tab.start");
    }

    @Override
    public Node build(I18n i18n) {
        view = new StartPageView(vm, i18n, openFamily, openNote, recordResult);
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

    @Override
    public boolean closable() {
        return false;
    }
}
