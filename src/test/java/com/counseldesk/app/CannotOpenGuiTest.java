package com.counseldesk.app;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.pages.CannotOpenPage;
import com.counseldesk.pages.DatabaseChoicePage;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestStore;
import com.counseldesk.testutil.Wait;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office's server could not be used at start (switched off, the port changed): the window says
 * why, with the server's details filled in, and the person tries again with the right ones instead
 * of being shown the door.
 */
@Tag("gui")
class CannotOpenGuiTest {
    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();
    private final List<Startup> ready = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ready.forEach(s -> s.db().close());
    }

    @Test
    void aServerThatWasNotThereCanBeTriedAgainWithTheRightPort() throws Exception {
        DbAddress.Server real = TestStore.newDatabase();
        int nobodyThere;
        try (ServerSocket free = new ServerSocket(0)) {
            nobodyThere = free.getLocalPort();
        }
        DbAddress.Server saved = new DbAddress.Server(real.host(), nobodyThere, real.database(), real.user(), "pw");
        ConnectionSettings settings = ConnectionSettings.in(folder);
        settings.save(saved);
        DatabaseException refused = new DatabaseException(saved, DatabaseException.Reason.UNREACHABLE, null, null);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> CannotOpen.show(stage, Shell.prepare(stage), refused,
                new DbSettings(settings, false), TestClock.morning(), ready::add));
        WaitForAsyncUtils.waitForFxEvents();

        CannotOpenPage page = new CannotOpenPage(robot);
        assertTrue(page.message().startsWith(zh("db.error.UNREACHABLE", saved.toString())), page.message());
        DatabaseChoicePage choice = page.databaseChoice();
        assertEquals(String.valueOf(nobodyThere), choice.value("serverPort"));
        assertEquals("", choice.value("serverPassword"), "the saved password is not shown");
        assertEquals(zh("dbChoice.password.saved"), choice.prompt("serverPassword"));

        choice.port(String.valueOf(real.port())).connect();

        Wait.until("the database to be opened", () -> !ready.isEmpty());
        DbAddress.Server fixed = new DbAddress.Server(real.host(), real.port(), real.database(), real.user(), "pw");
        assertEquals(fixed, ready.get(0).db().address());
        assertEquals(Optional.of(fixed), settings.read(), "the right port is kept, with the saved password");
    }
}
