package com.counseldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.OpeningPage;
import com.counseldesk.testutil.Bundles;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A database that is still opening when the toolkit is up (an older office's file being upgraded
 * takes a minute on a large office): the window is there at once and says what is happening, and
 * the login replaces it when the database is ready. The test holds the opening's outcome in its hand.
 */
@Tag("gui")
class FirstWindowGuiTest {
    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();
    private final CompletableFuture<Startup> startup = new CompletableFuture<>();
    private final CompletableFuture<Void> upgrading = new CompletableFuture<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private TestOffice office;
    private AppContext ctx;

    @BeforeEach
    void openTheWindow() throws Exception {
        office = TestOffice.typical(folder);
        Opening opening = new Opening(office.db.address(), startup, upgrading);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> FirstWindow.open(stage, Shell.prepare(stage), opening,
                s -> showLogin(stage, s), failures::add));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showLogin(Stage stage, Startup s) {
        ctx = new AppContext(s.db(), office.clock, s.languageTag());
        DbSettings dbSettings = new DbSettings(ConnectionSettings.in(folder.resolve("settings")), false);
        new Shell(stage, ctx, stage.getScene(), dbSettings).start(s.office());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (ctx != null) {
            ctx.close();
        }
        office.close();
    }

    @Test
    void theWindowSaysTheDatabaseIsOpeningThenUpgradingThenShowsTheLogin() {
        OpeningPage page = new OpeningPage(robot);
        page.expectMessage(Bundles.zh("db.opening", office.db.address().toString()));

        upgrading.complete(null);
        page.expectMessage(Bundles.zh("db.upgrading"));

        startup.complete(Startup.read(office.db, office.clock));
        LoginPage login = new LoginPage(robot);
        assertEquals("测试校区", login.officeName());
        Wait.until("the opening message to be gone", () -> !page.isShown());
        assertEquals(List.of(), failures);
    }

    @Test
    void aDatabaseThatCannotBeOpenedReachesTheAppAsItsReason() {
        new OpeningPage(robot).expectMessage(Bundles.zh("db.opening", office.db.address().toString()));
        DatabaseException refused = new DatabaseException(office.db.address(), DatabaseException.Reason.IN_USE, null,
                null);

        startup.completeExceptionally(refused);

        Wait.until("the failure to reach the app", () -> !failures.isEmpty());
        assertSame(refused, failures.get(0));
        assertFalse(upgrading.isDone());
    }
}
