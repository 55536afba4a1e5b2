package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A household's family page in a tab: one tab per household, whichever list it was opened from.
 * The tab is titled with the students' names once they are read.
 */
public final class FamilyPageScreen implements Screen {
    private final FamilyPageViewModel vm;
    private final LongConsumer openFamily;
    private final TimelineActions actions;
    private FamilyPageView view;

    /** {@code openFamily} opens another household's page; {@code actions} are what the timeline's entries offer. */
    public FamilyPageScreen(FamilyPageViewModel vm, LongConsumer openFamily, TimelineActions actions) {
        this.vm = vm;
        this.openFamily = openFamily;
        this.actions = actions;
    }

    /** The key of a household's page: "family-12". */
    public static String key(long householdId) {
        return "family-" + householdId;
    }

    @Override
    public String key() {
        return key(vm.householdId());
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t(vm.title());
    }

    @Override
    public ObservableValue<String> titleValue(I18n i18n) {
        return Bindings.createStringBinding(() -> title(i18n), vm.cardProperty(), vm.missingProperty());
    }

    @Override
    public Node build(I18n i18n) {
        view = new FamilyPageView(vm, i18n, openFamily, actions);
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

    public FamilyPageViewModel viewModel() {
        return vm;
    }
}
