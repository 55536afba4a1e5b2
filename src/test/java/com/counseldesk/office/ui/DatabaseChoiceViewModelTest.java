package com.counseldesk.office.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DatabaseException.Reason;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.ServerFields;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.ui.DatabaseChoiceViewModel.Place;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Choosing the office's database: what each field says when it is wrong, why a database cannot be
 * used, and that a database that can is saved for this user and switched to.
 */
class DatabaseChoiceViewModelTest {
    @TempDir
    Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** The addresses the connector was asked to open, in order. */
    private final List<DbAddress> opened = new ArrayList<>();
    /** Databases really opened, closed after the test. */
    private final List<Database> open = new ArrayList<>();
    private int switched;
    private RuntimeException refusal;

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private ConnectionSettings settings() {
        return ConnectionSettings.in(folder.resolve("data"));
    }

    private DbAddress.File thisPcFile() {
        return settings().thisPc();
    }

    /** Opens nothing: records the address, refuses when told to, and counts the switches. */
    private Runnable stub(DbAddress address) {
        opened.add(address);
        if (refusal != null) {
            throw refusal;
        }
        return () -> switched++;
    }

    /** Opens the database for real, as the app does. */
    private Runnable real(DbAddress address) {
        opened.add(address);
        open.add(Database.open(address, () -> { }));
        return () -> switched++;
    }

    private DatabaseChoiceViewModel firstRun(DatabaseChoiceViewModel.Connector connector) {
        return DatabaseChoiceViewModel.forFirstRun(thisPcFile(), settings(), connector, Background.direct(), dialogs);
    }

    private DatabaseChoiceViewModel firstRun() {
        return firstRun(this::stub);
    }

    private static void type(DatabaseChoiceViewModel vm, String host, String port, String database, String user,
            String password) {
        vm.placeProperty().set(Place.SERVER);
        vm.hostProperty().set(host);
        vm.portProperty().set(port);
        vm.databaseProperty().set(database);
        vm.userProperty().set(user);
        vm.passwordProperty().set(password);
    }

    private static void type(DatabaseChoiceViewModel vm, DbAddress.Server s) {
        type(vm, s.host(), String.valueOf(s.port()), s.database(), s.user(), s.password());
    }

    private static String key(Msg msg) {
        return msg == null ? null : msg.key();
    }

    // ---- the form ------------------------------------------------------------------------------

    @Test
    void aNewDatabaseStartsOnThisPcWithItsOfficeFormAndNoMessage() {
        DatabaseChoiceViewModel vm = firstRun();

        assertEquals(Place.THIS_PC, vm.placeProperty().get());
        assertFalse(vm.connectionShown().get(), "the office is named below; nothing to connect");
        assertEquals("5432", vm.portProperty().get());
        vm.placeProperty().set(Place.SERVER);
        assertTrue(vm.connectionShown().get());
        for (String field : List.of(ServerFields.HOST, ServerFields.PORT, ServerFields.DATABASE, ServerFields.USER)) {
            assertNull(vm.error(field).get(), field + " is not red before anything was typed");
        }
    }

    @Test
    void checkingEmptyFieldsSaysWhatIsMissingAndOpensNothing() {
        DatabaseChoiceViewModel vm = firstRun();
        vm.placeProperty().set(Place.SERVER);

        assertFalse(vm.connect());

        assertEquals("error.required", key(vm.error(ServerFields.HOST).get()));
        assertNull(vm.error(ServerFields.PORT).get(), "5432 is there already");
        assertEquals("error.required", key(vm.error(ServerFields.DATABASE).get()));
        assertEquals("error.required", key(vm.error(ServerFields.USER).get()));
        assertEquals(List.of(), opened);
        assertFalse(Files.exists(settings().file()));
    }

    @Test
    void aWrongPortIsSaidBesideItAsItIsTyped() {
        DatabaseChoiceViewModel vm = firstRun();
        vm.placeProperty().set(Place.SERVER);

        vm.portProperty().set("70000");
        assertEquals("error.server.port", key(vm.error(ServerFields.PORT).get()));
        assertNull(vm.error(ServerFields.HOST).get(), "only the field typed in speaks");

        vm.portProperty().set("0");
        assertEquals("error.server.port", key(vm.error(ServerFields.PORT).get()));
        vm.portProperty().set("abc");
        assertEquals("error.server.port", key(vm.error(ServerFields.PORT).get()));
        vm.portProperty().set("");
        assertEquals("error.required", key(vm.error(ServerFields.PORT).get()));
        vm.portProperty().set("5433");
        assertNull(vm.error(ServerFields.PORT).get());
    }

    @Test
    void aHostWithItsPortOrASpaceIsRefusedBesideIt() {
        DatabaseChoiceViewModel vm = firstRun();
        vm.placeProperty().set(Place.SERVER);

        vm.hostProperty().set("192.168.1.10:5433");
        assertEquals("error.server.hostPort", key(vm.error(ServerFields.HOST).get()));
        vm.hostProperty().set("office server");
        assertEquals("error.server.host", key(vm.error(ServerFields.HOST).get()));
        vm.hostProperty().set("office-server");
        assertNull(vm.error(ServerFields.HOST).get());
    }

    @Test
    void tooLongNamesAreRefusedWithTheirLimit() {
        DatabaseChoiceViewModel vm = firstRun();
        type(vm, "office", "5432", "d".repeat(64), "u".repeat(64), "");

        assertFalse(vm.connect());

        assertEquals("error.tooLong", key(vm.error(ServerFields.DATABASE).get()));
        assertArrayEquals(new Object[] {ServerFields.NAME_MAX}, vm.error(ServerFields.DATABASE).get().args());
        assertEquals("error.tooLong", key(vm.error(ServerFields.USER).get()));
    }

    @Test
    void goingBackToThisPcSilencesTheServersFields() {
        DatabaseChoiceViewModel vm = firstRun();
        vm.placeProperty().set(Place.SERVER);
        vm.connect();

        vm.placeProperty().set(Place.THIS_PC);

        assertNull(vm.error(ServerFields.HOST).get());
        assertFalse(vm.connectionShown().get());
    }

    // ---- why a database cannot be used ----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Reason.class)
    void eachReasonIsShownNamingTheDatabaseAndNothingIsSavedOrSwitched(Reason reason) {
        DbAddress.Server server = new DbAddress.Server("office-pc", 5432, "office", "desk", "pw");
        refusal = new DatabaseException(server, reason, "detail", null);
        DatabaseChoiceViewModel vm = firstRun();
        type(vm, server);

        assertTrue(vm.connect());

        Msg failure = vm.failureProperty().get();
        assertEquals("db.error." + reason.name(), key(failure));
        assertArrayEquals(new Object[] {"postgresql://desk@office-pc:5432/office"}, failure.args(),
                "the address as a person may read it, without the password");
        assertFalse(vm.busyProperty().get());
        assertFalse(vm.doneProperty().get());
        assertEquals(0, switched);
        assertFalse(Files.exists(settings().file()), "a database that cannot be used is not remembered");
    }

    @Test
    void anUnexpectedFailureIsShownAsOneThatIsInTheLog() {
        refusal = new IllegalStateException("boom");
        DatabaseChoiceViewModel vm = firstRun();
        type(vm, "office-pc", "5432", "office", "desk", "");

        vm.connect();

        assertEquals("db.error.FAILED", key(vm.failureProperty().get()));
    }

    @Test
    void typingAgainClearsTheReason() {
        refusal = new DatabaseException(new DbAddress.Server("x", 1, "d", "u", ""), Reason.UNREACHABLE, null, null);
        DatabaseChoiceViewModel vm = firstRun();
        type(vm, "office-pc", "5432", "office", "desk", "");
        vm.connect();

        vm.portProperty().set("5433");

        assertNull(vm.failureProperty().get());
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DatabaseChoiceViewModel vm = firstRun(this::real);
        type(vm, "localhost", String.valueOf(port), "office", "desk", "secret");

        vm.connect();

        assertEquals("db.error.UNREACHABLE", key(vm.failureProperty().get()));
        assertFalse(String.valueOf(List.of(vm.failureProperty().get().args())).contains("secret"));
        assertEquals(0, switched);
    }

    @Test
    void anUnknownUserIsARefusedLogin() {
        DbAddress.Server real = TestStore.newDatabase();
        DatabaseChoiceViewModel vm = firstRun(this::real);
        type(vm, real.host(), String.valueOf(real.port()), real.database(), "nobody", "secret");

        vm.connect();

        assertEquals("db.error.LOGIN_REFUSED", key(vm.failureProperty().get()));
    }

    @Test
    void aDatabaseThatDoesNotExistIsSaidSo() {
        DbAddress.Server real = TestStore.newDatabase();
        DatabaseChoiceViewModel vm = firstRun(this::real);
        type(vm, real.host(), String.valueOf(real.port()), real.database() + "_missing", real.user(), "");

        vm.connect();

        assertEquals("db.error.NO_DATABASE", key(vm.failureProperty().get()));
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws SQLException {
        DbAddress.Server other = TestStore.emptyDatabase();
        try (Connection c = TestStore.server().getDatabase("postgres", other.database()).getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        DatabaseChoiceViewModel vm = firstRun(this::real);
        type(vm, other);

        vm.connect();

        assertEquals("db.error.NOT_OFFICE", key(vm.failureProperty().get()));
    }

    @Test
    void aDatabaseOfANewerVersionIsRefused() throws SQLException {
        DbAddress.Server newer = TestStore.newDatabase();
        try (Connection c = TestStore.server().getDatabase("postgres", newer.database()).getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', 'V99__later.sql',"
                    + " 'postgres', 0, true)");
        }
        DatabaseChoiceViewModel vm = firstRun(this::real);
        type(vm, newer);

        vm.connect();

        assertEquals("db.error.NEWER_SCHEMA", key(vm.failureProperty().get()));
    }

    // ---- a database that can be used ------------------------------------------------------------

    @Test
    void aServerThatAnswersIsSavedWithItsPasswordAndSwitchedTo() {
        DbAddress.Server real = TestStore.newDatabase();
        DatabaseChoiceViewModel vm = firstRun(this::real);
        type(vm, real.host(), String.valueOf(real.port()), real.database(), real.user(), "the password");

        assertTrue(vm.connect());

        DbAddress.Server chosen = new DbAddress.Server(real.host(), real.port(), real.database(), real.user(),
                "the password");
        assertEquals(List.of(chosen), opened);
        assertEquals(1, switched);
        assertTrue(vm.doneProperty().get());
        assertFalse(vm.busyProperty().get());
        assertNull(vm.failureProperty().get());
        assertEquals(Optional.of(chosen), settings().read(), "kept for the next start, password included");
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void onAServerThisPcIsChosenBackAndSaved() {
        DbAddress.Server server = new DbAddress.Server("office-pc", 5432, "office", "desk", "pw");
        DatabaseChoiceViewModel vm = DatabaseChoiceViewModel.forFirstRun(server, settings(), this::stub,
                Background.direct(), dialogs);
        assertEquals(Place.SERVER, vm.placeProperty().get());
        assertFalse(vm.connectionShown().get(), "the office form of the server's new database");

        vm.placeProperty().set(Place.THIS_PC);
        assertTrue(vm.connectionShown().get());
        vm.connect();

        assertEquals(List.of(thisPcFile()), opened);
        assertEquals(1, switched);
        assertEquals(Optional.of(thisPcFile()), settings().read());
    }

    @Test
    void aSavedPasswordIsNeverPutIntoTheFieldAndAnEmptyFieldKeepsIt() {
        DbAddress.Server saved = new DbAddress.Server("office-pc", 5433, "office", "desk", "kept secret");
        settings().save(saved);

        DatabaseChoiceViewModel vm = firstRun();

        assertEquals("office-pc", vm.hostProperty().get());
        assertEquals("5433", vm.portProperty().get());
        assertEquals("office", vm.databaseProperty().get());
        assertEquals("desk", vm.userProperty().get());
        assertEquals("", vm.passwordProperty().get());
        assertTrue(vm.passwordSaved());

        vm.placeProperty().set(Place.SERVER);
        vm.connect();
        assertEquals(List.of(saved), opened);
    }

    @Test
    void aPasswordTypedOverTheSavedOneIsUsed() {
        settings().save(new DbAddress.Server("office-pc", 5433, "office", "desk", "old"));
        DatabaseChoiceViewModel vm = firstRun();
        vm.placeProperty().set(Place.SERVER);

        vm.passwordProperty().set("new");
        vm.connect();

        assertEquals("new", ((DbAddress.Server) opened.get(0)).password());
        assertEquals("new", ((DbAddress.Server) settings().read().orElseThrow()).password());
    }

    @Test
    void theServerInUseIsOfferedForAnotherAndBackKeepsIt() {
        DbAddress.Server server = new DbAddress.Server("office-pc", 5432, "office", "desk", "pw");
        DatabaseChoiceViewModel vm = DatabaseChoiceViewModel.forFirstRun(server, settings(), this::stub,
                Background.direct(), dialogs);

        vm.changeServer();
        assertTrue(vm.connectionShown().get());
        vm.hostProperty().set("");
        vm.keepServer();

        assertFalse(vm.connectionShown().get());
        assertEquals("office-pc", vm.hostProperty().get());
        assertNull(vm.error(ServerFields.HOST).get());
    }

    @Test
    void theDatabaseInUseIsNotOpenedAgainButTheChoiceIsSaved() {
        DbAddress.Server server = new DbAddress.Server("office-pc", 5432, "office", "desk", "pw");
        DatabaseChoiceViewModel vm = DatabaseChoiceViewModel.forSettings(server, settings(), this::stub,
                Background.direct(), dialogs, false);
        assertTrue(vm.connectionShown().get(), "the settings always show the connection");

        vm.connect();

        assertEquals(List.of(), opened);
        assertEquals(0, switched);
        assertEquals("dbChoice.saved.same", key(vm.noticeProperty().get()));
        assertEquals(Optional.of(server), settings().read());
    }

    @Test
    void afterAFailedStartTheSameAddressIsTriedAgain() {
        DbAddress.Server server = new DbAddress.Server("office-pc", 5432, "office", "desk", "pw");
        DatabaseChoiceViewModel vm = DatabaseChoiceViewModel.forFailedStart(server, settings(), this::stub,
                Background.direct(), dialogs, false);
        assertEquals(Place.SERVER, vm.placeProperty().get());
        assertTrue(vm.passwordSaved());

        vm.connect();

        assertEquals(List.of(server), opened);
        assertEquals(1, switched);
    }

    @Test
    void aChoiceThatCannotBeSavedIsStillUsedAndSaidSo() throws IOException {
        // A file where the data folder should be: the settings cannot be written.
        Files.writeString(folder.resolve("data"), "not a folder");
        DatabaseChoiceViewModel vm = firstRun();
        type(vm, "office-pc", "5432", "office", "desk", "");

        vm.connect();

        assertEquals(1, switched);
        RecordingDialogs.Shown dialog = dialogs.single();
        assertEquals("dbChoice.saveFailed", dialog.title().key());
        assertEquals("dbChoice.saveFailed.detail", dialog.message().key());
    }
}
