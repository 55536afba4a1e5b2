package com.counseldesk.app;

import com.counseldesk.common.fx.Fonts;
import com.counseldesk.common.i18n.I18n;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The way to the first screen. When the database is open by the time the toolkit has started (the
 * usual case), {@code ready} builds the first screen at once. Otherwise the window is shown
 * straight away saying that the database is being opened, or upgraded (an older office's file, a
 * minute on a large one), so that the app never seems to hang; the first screen replaces it when
 * the database is ready. The language is the office's, which is in the database: until then, Chinese.
 */
public final class FirstWindow {
    private FirstWindow() {
    }

    /** {@code scene}: the stage's, from {@link Shell#prepare}. {@code ready} and {@code failed} run on the FX thread. */
    public static void open(Stage stage, Scene scene, Opening opening, Consumer<Startup> ready,
            Consumer<RuntimeException> failed) {
        if (!opening.isDone()) {
            OpeningView view = new OpeningView(new I18n(I18n.CHINESE), opening.address());
            Fonts.apply(view.root());
            scene.setRoot(view.root());
            stage.setTitle(new I18n(I18n.CHINESE).t("app.title"));
            stage.show();
            opening.whenUpgrading(view::upgrading);
        }
        opening.whenDone(ready, failed);
    }
}
