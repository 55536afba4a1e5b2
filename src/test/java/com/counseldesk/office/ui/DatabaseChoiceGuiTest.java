package com.counseldesk.office.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.pages.DatabaseChoicePage;
import com.counseldesk.pages.FirstRunPage;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.TestStore;
import com.counseldesk.testutil.Wait;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Choosing the office's server: at first run on this PC's new file, and from a manager's database
 * settings. The app switches to the chosen database and shows its login (or its first run), and the
 * choice is kept for this user.
 */
class DatabaseChoiceGuiTest extends GuiTest {

    /** A database on the test server with an office of its own: 服务器校区 with 孙倩 and 周杰. */
    private static DbAddress.Server serverOffice() {
        DbAddress.Server server = TestStore.newDatabase();
        try (Database db = Database.open(server, () -> { })) {
            new OfficeService(db, TestClock.morning()).createOffice("服务器校区",
                    List.of(new NewStaff("孙倩", Role.FRONT_DESK), new NewStaff("周杰", Role.MANAGER)));
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void firstRunOnThisPcConnectsToTheOfficeServerAndShowsItsLogin() throws IOException {
        DbAddress.Server server = serverOffice();
        start(TestOffice.empty(folder));
        FirstRunPage firstRun = new FirstRunPage(robot());
        assertTrue(firstRun.asksForTheOffice(), "this PC is where a new file's office goes by default");

        DatabaseChoicePage choice = firstRun.databaseChoice().chooseServer();
        assertFalse(firstRun.asksForTheOffice(), "no office is named while another database is being chosen");
        assertEquals("5432", choice.value("serverPort"));

        choice.host(server.host()).port("70000").database(server.database()).user(server.user())
                .connectRefusedAt("serverPort");
        assertEquals(zh("error.server.port"), choice.error("serverPort"));
        assertEquals("", choice.error("serverHost"));
        assertEquals("", choice.failure(), "nothing was tried");

        int nobodyThere = freePort();
        choice.port(String.valueOf(nobodyThere)).connectFails();
        assertEquals(zh("db.error.UNREACHABLE",
                new DbAddress.Server(server.host(), nobodyThere, server.database(), server.user(), "").toString()),
                choice.failure());
        assertEquals(Optional.empty(), app.settings().read(), "a server that cannot be used is not remembered");

        choice.port(String.valueOf(server.port()));
        assertEquals("", choice.failure(), "typing clears the reason");
        choice.connect();

        LoginPage login = new LoginPage(robot());
        login.expectStaff(List.of("孙倩 · 前台", "周杰 · 主管"));
        assertEquals("服务器校区", login.officeName());
        assertEquals(server, app.context().db().address());
        assertEquals(Optional.of(server), app.settings().read(), "kept for the next start");
    }

    @Test
    void anEmptyServerDatabaseContinuesWithItsOwnFirstRun() {
        DbAddress.Server server = TestStore.newDatabase();
        start(TestOffice.empty(folder));

        new FirstRunPage(robot()).databaseChoice().chooseServer().server(server).connect();

        FirstRunPage serversFirstRun = new FirstRunPage(robot());
        Wait.forValue("the server named on its first run",
                zh("dbChoice.current", server.toString()), serversFirstRun::currentDatabase);
        assertTrue(serversFirstRun.asksForTheOffice());
        LoginPage login = serversFirstRun.officeName("东城校区").addStaff("李老师", "咨询师").create();
        login.expectStaff(List.of("李老师 · 咨询师"));
        assertEquals(server, app.context().db().address());
    }

    @Test
    void aManagerSwitchesTheRunningAppToTheServer() {
        DbAddress.Server server = serverOffice();
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        assertTrue(main.offersDatabaseSettings());

        DatabaseChoicePage settings = main.openDatabaseSettings();
        settings.chooseServer().server(server).connect();

        LoginPage login = new LoginPage(robot());
        login.expectStaff(List.of("孙倩 · 前台", "周杰 · 主管"));
        assertEquals(server, app.context().db().address());
        assertEquals(Optional.of(server), app.settings().read());

        MainPage there = login.enterAs("周杰");
        assertEquals("服务器校区", there.officeName());
        DatabaseChoicePage again = there.openDatabaseSettings();
        assertEquals(server.host(), again.value("serverHost"));
        assertEquals("", again.value("serverPassword"));
    }

    @Test
    void aSavedPasswordIsNotShownAndLeavingItEmptyKeepsIt() {
        DbAddress.Server real = serverOffice();
        DbAddress.Server withPassword = new DbAddress.Server(real.host(), real.port(), real.database(), real.user(),
                "kept secret");
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        app.settings().save(withPassword);

        DatabaseChoicePage settings = main.openDatabaseSettings().chooseServer();

        assertEquals("", settings.value("serverPassword"));
        assertEquals(zh("dbChoice.password.saved"), settings.prompt("serverPassword"));
        settings.connect();
        new LoginPage(robot()).expectStaff(List.of("孙倩 · 前台", "周杰 · 主管"));
        assertEquals(Optional.of(withPassword), app.settings().read(), "the saved password was kept");
    }

    @Test
    void onlyAManagerIsOfferedTheDatabaseSettings() {
        MainPage main = startAs(typicalOffice(), TestOffice.FRONT_DESK);

        assertFalse(main.offersDatabaseSettings());
    }
}
