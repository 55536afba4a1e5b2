package com.counseldesk.testutil;

import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Base of the headless GUI tests: a temp folder for the office database, the running app, and the
 * app closed after each test. Subclasses start the app with the office their story needs.
 */
@Tag("gui")
public abstract class GuiTest {
    @TempDir
    protected Path folder;
    protected AppHarness app;

    /** A database in the test's folder with the typical office (王芳, 赵丽, 李明, 张伟). */
    protected TestOffice typicalOffice() {
        return TestOffice.typical(folder);
    }

    /** Starts the app on {@code office}; it shows the first-run or the login screen. */
    protected AppHarness start(TestOffice office) {
        app = AppHarness.start(office);
        return app;
    }

    /**
     * Starts the app on {@code office} with this PC's settings in {@code pcFolder} (what an earlier run
     * remembered there, say); it shows the first-run or the login screen.
     */
    protected AppHarness start(TestOffice office, Path pcFolder) {
        app = AppHarness.start(office, pcFolder);
        return app;
    }

    /** Starts the app on {@code office} and enters as {@code staffName} from the login screen (keyboard). */
    protected MainPage startAs(TestOffice office, String staffName) {
        start(office);
        return new LoginPage(robot()).enterAs(staffName);
    }

    protected FxRobot robot() {
        return app.robot();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }
}
