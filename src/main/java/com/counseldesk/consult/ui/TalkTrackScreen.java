package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/** The talk-track library (话术库) in a tab of its own. */
public final class TalkTrackScreen implements Screen {
    public static final String KEY = "talkTracks";
    private final TalkTrackViewModel vm;
    private TalkTrackView view;

    public TalkTrackScreen(TalkTrackViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("talkTrack.title");
    }

    /** A new view (in the language chosen); the page is read when the screen is first shown. */
    @Override
    public Node build(I18n i18n) {
        if (view == null) {
            vm.load();
        }
        view = new TalkTrackView(vm, i18n);
        return view.root();
    }

    /** Texts changed and not saved are thrown away only when the manager says so. */
    @Override
    public boolean mayClose() {
        return vm.mayDiscard();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focus();
        }
    }
}
