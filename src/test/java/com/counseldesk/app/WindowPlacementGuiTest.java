package com.counseldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.PcMemory;
import com.counseldesk.common.db.PcMemory.WindowPlace;
import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a real stage, as the app places it at start and saves it at the end. A stage of
 * its own: the other GUI tests keep the primary stage at the scene's size.
 */
@Tag("gui")
class WindowPlacementGuiTest {
    @TempDir
    Path folder;
    private PcMemory memory;
    private Stage stage;

    @BeforeEach
    void setUp() throws Exception {
        memory = PcMemory.in(folder);
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Prepares and places the stage as {@code App} does, and shows it. */
    private WindowPlacement open() {
        WindowPlacement placement = Fx.get(() -> {
            Shell.prepare(stage);
            WindowPlacement p = WindowPlacement.restore(stage, WindowPlacement.readInBackground(memory).join(), memory);
            stage.show();
            return p;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return placement;
    }

    private Rectangle2D bounds() {
        return Fx.get(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    @Test
    void theWindowComesBackWhereItWasAndIsSavedWhereItIsMoved() {
        memory.rememberWindow(new WindowPlace(100, 40, 1100, 700, false));
        WindowPlacement placement = open();

        assertEquals(new Rectangle2D(100, 40, 1100, 700), bounds());
        assertEquals(false, Fx.get(stage::isMaximized));

        Fx.run(() -> {
            stage.setX(150);
            stage.setWidth(1050);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Fx.run(placement::save);

        assertEquals(Optional.of(new WindowPlace(150, 40, 1050, 700, false)), PcMemory.in(folder).window());
    }

    @Test
    void aWindowMaximisedByThePersonKeepsItsSizeFromBefore() {
        memory.rememberWindow(new WindowPlace(100, 40, 1100, 700, false));
        WindowPlacement placement = open();
        Rectangle2D screen = Fx.get(() -> Screen.getPrimary().getVisualBounds());

        Fx.run(() -> stage.setMaximized(true));
        Wait.forValue("the maximised window's size", screen, this::bounds);
        WaitForAsyncUtils.waitForFxEvents();
        Fx.run(placement::save);

        assertEquals(Optional.of(new WindowPlace(100, 40, 1100, 700, true)), PcMemory.in(folder).window());
    }

    @Test
    void theFirstTimeTheWindowIsMaximisedAndItsSizeForLaterIsSaved() {
        WindowPlacement placement = open();
        Rectangle2D screen = Fx.get(() -> Screen.getPrimary().getVisualBounds());

        assertTrue(Fx.get(stage::isMaximized));
        Wait.forValue("the maximised window's size", screen, this::bounds);
        Fx.run(placement::save);

        double x = screen.getMinX() + (screen.getWidth() - Shell.WIDTH) / 2;
        double y = screen.getMinY() + (screen.getHeight() - Shell.HEIGHT) / 2;
        assertEquals(Optional.of(new WindowPlace(x, y, Shell.WIDTH, Shell.HEIGHT, true)), PcMemory.in(folder).window());
    }

    @Test
    void aWindowThatWasOffEveryScreenOpensMaximised() {
        memory.rememberWindow(new WindowPlace(20_000, 40, 1100, 700, false));
        open();

        assertTrue(Fx.get(stage::isMaximized));
    }
}
