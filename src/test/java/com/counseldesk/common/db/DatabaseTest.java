package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.DatabaseException.Reason;
import com.counseldesk.office.Role;
import com.counseldesk.office.StaffDao;
import com.counseldesk.testutil.OtherProcess;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.V1Office;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SqliteOnly
class DatabaseTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("office.db");
    }

    private static DatabaseException refused(Path file) {
        return assertThrows(DatabaseException.class, () -> Database.open(file).close());
    }

    private static long addStaff(Database db, String name) {
        return db.inTransaction(h -> h.attach(StaffDao.class).insert(name, Role.COUNSELOR, NOW));
    }

    private static int staffCount(Database db) {
        return db.read(h -> h.attach(StaffDao.class).count());
    }

    @Test
    void theMigrationsCreateTheSchemaInANewFile() {
        try (Database db = Database.open(file())) {
            List<String> tables = db.read(h -> h.createQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").mapTo(String.class).list());
            assertEquals(List.of("appointment", "call", "call_subject", "change_log", "client_tag", "contact",
                    "contract", "contract_course", "contract_event", "contract_number_seq", "course", "course_price",
                    "duty_day", "duty_seat", "duty_turn", "flyway_schema_history", "follow_up", "household",
                    "household_tag", "import_batch", "import_change", "note", "note_amendment", "payment", "phone", "phone_digits", "phone_digits_config",
                    "phone_digits_data", "phone_digits_idx", "search_term", "settings", "staff", "staff_change", "student",
                    "talk_track", "visit", "visit_student"), tables, "phone_digits*: the trigram index of the numbers");

            List<String> versions = db.read(h -> h.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
                    .mapTo(String.class).list());
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), versions);

            String phoneIndex = db.read(h -> h.createQuery(
                    "SELECT sql FROM sqlite_master WHERE name = 'phone_number_active'").mapTo(String.class).one());
            assertTrue(phoneIndex.startsWith("CREATE UNIQUE INDEX"), phoneIndex);
            assertTrue(phoneIndex.endsWith("WHERE active = 1"), "one household per number while it is in use: "
                    + phoneIndex);
        }
        assertTrue(Files.isRegularFile(file()));
    }

    @Test
    void missingFoldersAreCreated() {
        Path nested = dir.resolve("data").resolve("campus-east").resolve("office.db");

        try (Database db = Database.open(nested)) {
            assertEquals(nested.toAbsolutePath(), db.file());
        }
        assertTrue(Files.isRegularFile(nested));
    }

    @Test
    void everyHandleCommitsDurablyAndEnforcesForeignKeys() {
        try (Database db = Database.open(file()); Handle h = db.openHandle()) {
            assertEquals("wal", h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            assertEquals(2, h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one(), "FULL");
            assertEquals(1, h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertEquals(5000, h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
        }
    }

    @Test
    void aSecondOpenIsRefusedAndTheFirstKeepsWorking() {
        try (Database first = Database.open(file())) {
            DatabaseException e = refused(file());

            assertEquals(Reason.IN_USE, e.reason());
            assertEquals(file().toAbsolutePath(), e.file());
            addStaff(first, "李明");
            assertEquals(1, staffCount(first));
        }
    }

    @Test
    void anotherProcessIsKeptOutWhileTheDatabaseIsOpen() throws Exception {
        try (Database first = Database.open(file())) {
            assertEquals(Reason.IN_USE.name(), OtherProcess.tryOpen(file()));
        }
        assertEquals(OtherProcess.OPENED, OtherProcess.tryOpen(file()));
    }

    @Test
    void aRefusedSecondOpenInTheSameProcessDoesNotLetAnotherProcessIn() throws Exception {
        try (Database first = Database.open(file())) {
            refused(file());

            assertEquals(Reason.IN_USE.name(), OtherProcess.tryOpen(file()));
        }
    }

    @Test
    void closingAnOldHandleAgainDoesNotUnlockTheNextOpen() throws Exception {
        Database old = Database.open(file());
        old.close();
        try (Database current = Database.open(file())) {
            old.close();

            assertEquals(Reason.IN_USE, refused(file()).reason());
            assertEquals(Reason.IN_USE.name(), OtherProcess.tryOpen(file()));
        }
    }

    @Test
    void reopeningAfterCloseFindsTheData() {
        try (Database db = Database.open(file())) {
            addStaff(db, "欧阳娜娜");
        }
        try (Database db = Database.open(file())) {
            assertEquals(List.of("欧阳娜娜"),
                    db.read(h -> h.attach(StaffDao.class).listActive()).stream().map(s -> s.name()).toList());
        }
    }

    @Test
    void readsOneAfterAnotherShareAConnectionThatSeesEveryCommit() {
        try (Database db = Database.open(file())) {
            Connection first = db.read(Handle::getConnection);
            addStaff(db, "李明");

            assertEquals(1, staffCount(db), "the kept connection sees what another committed");
            assertSame(first, db.read(Handle::getConnection));
        }
    }

    @Test
    void aReadThatFailedLeavesNoConnectionForTheNext() {
        try (Database db = Database.open(file())) {
            Connection[] failed = new Connection[1];
            assertThrows(IllegalStateException.class, () -> db.read(h -> {
                failed[0] = h.getConnection();
                throw new IllegalStateException("read failed");
            }));

            assertNotSame(failed[0], db.read(Handle::getConnection));
            assertTrue(isClosed(failed[0]));
        }
    }

    @Test
    void readsAtTheSameTimeEachHaveAConnectionAndClosingClosesTheKeptOne() {
        Connection outer;
        Connection inner;
        try (Database db = Database.open(file())) {
            Connection[] nested = new Connection[1];
            outer = db.read(h -> {
                nested[0] = db.read(Handle::getConnection);
                return h.getConnection();
            });
            inner = nested[0];

            assertNotSame(outer, inner);
            assertTrue(isClosed(outer) != isClosed(inner), "one kept, the other closed");
        }
        assertTrue(isClosed(outer) && isClosed(inner));
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAndLeftUntouched() throws Exception {
        byte[] text = "学生姓名,联系电话\n张子涵,138 1234 5678\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), text);

        DatabaseException e = refused(file());

        assertEquals(Reason.NOT_SQLITE, e.reason());
        assertArrayEquals(text, Files.readAllBytes(file()));
        assertEquals(List.of(file()), listFolder(), "no lock, journal or WAL file was left beside it");
    }

    @Test
    void anEmptyFileIsTakenAsANewDatabase() throws Exception {
        Files.createFile(file());

        try (Database db = Database.open(file())) {
            assertEquals(0, staffCount(db));
        }
        assertTrue(Files.size(file()) > 0);
    }

    @Test
    void aFolderIsUnreadable() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("office.db"));

        assertEquals(Reason.UNREADABLE, refused(folder).reason());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() {
        try (Database db = Database.open(file())) {
            addStaff(db, "李明");
            db.inTransaction(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (100, '100', 'contracts', 'SQL', 'V100__contracts.sql', 12345, 'counseldesk',"
                    + " '2027-03-01 09:00:00', 15, 1)"));
        }

        assertEquals(Reason.NEWER_SCHEMA, refused(file()).reason());

        // The refusal changed nothing: remove the newer version and the file opens with its data.
        try (Database db = openIgnoringNewerVersion()) {
            assertEquals(1, staffCount(db));
        }
    }

    private Database openIgnoringNewerVersion() {
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file())) {
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "100"), h.createQuery("SELECT version FROM flyway_schema_history"
                    + " ORDER BY installed_rank").mapTo(String.class).list());
            assertEquals(1, h.createQuery("SELECT COUNT(*) FROM staff").mapTo(Integer.class).one());
            h.execute("DELETE FROM flyway_schema_history WHERE version = '100'");
        }
        return Database.open(file());
    }

    private List<Path> listFolder() throws Exception {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** The versions in the file's history, in the order they were applied, with "!" after a failed one. */
    private List<String> history() {
        return history(file());
    }

    private static List<String> history(Path file) {
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file)) {
            return h.createQuery("SELECT version || CASE success WHEN 1 THEN '' ELSE '!' END"
                    + " FROM flyway_schema_history ORDER BY installed_rank").mapTo(String.class).list();
        }
    }

    private static List<String> versionsUpTo(int newest) {
        return IntStream.rangeClosed(1, newest).mapToObj(String::valueOf).toList();
    }

    private void addHistoryRow(int rank, String version, int success) {
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file())) {
            h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (?, ?, 'later',"
                    + " 'SQL', ?, 12345, 'counseldesk', '2027-03-01 09:00:00', 15, ?)",
                    rank, version, "V" + version + "__later.sql", success);
        }
    }

    @Test
    void theSchemaVersionIsTheNewestMigrationAndNoneIsMissing() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__\\w+\\.(sql|java)");
        List<Integer> files;
        try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"));
                Stream<Path> java = Files.list(Path.of("src/main/java/db/migration"))) {
            files = Stream.concat(sql, java).map(p -> name.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.valueOf(m.group(1))).sorted().toList();
        }
        List<String> resolved = Stream.of(Flyway.configure().dataSource("jdbc:sqlite:" + file(), "", "")
                .locations("classpath:db/migration").load().info().pending())
                .map(MigrationInfo::getVersion).map(Object::toString).toList();

        assertEquals(IntStream.rangeClosed(1, Database.SCHEMA_VERSION).boxed().toList(), files,
                "db/migration holds V1 to Database.SCHEMA_VERSION, each once");
        assertEquals(versionsUpTo(Database.SCHEMA_VERSION), resolved, "and Flyway finds the same");
    }

    @Test
    void aCurrentFileOpensWithoutFlyway() throws Exception {
        Database.open(file()).close();
        assertEquals(versionsUpTo(Database.SCHEMA_VERSION), history());

        assertEquals(OtherProcess.OPENED, OtherProcess.tryOpenWithout("flyway-core", file()));
        assertEquals(versionsUpTo(Database.SCHEMA_VERSION), history());
    }

    @Test
    void anOlderFileIsStillUpgraded() throws Exception {
        V1Office.createSchema(file());
        assertEquals(List.of("1"), history());
        assertFalse(OtherProcess.OPENED.equals(OtherProcess.tryOpenWithout("flyway-core", file())),
                "an older file needs Flyway");

        Database.open(file()).close();

        assertEquals(versionsUpTo(Database.SCHEMA_VERSION), history());
    }

    @Test
    void anOlderFileIsAnnouncedBeforeItIsUpgradedAndOnlyThen() {
        List<List<String>> announced = new ArrayList<>();
        Database.open(file(), () -> announced.add(List.of("new file"))).close();
        Database.open(file(), () -> announced.add(List.of("current file"))).close();
        assertEquals(List.of(), announced, "neither a new nor a current file is an upgrade");

        Path older = dir.resolve("v1.db");
        V1Office.createSchema(older);
        Database.open(older, () -> announced.add(history(older))).close();

        assertEquals(List.of(List.of("1")), announced, "once, before the first migration ran");
        assertEquals(versionsUpTo(Database.SCHEMA_VERSION), history(older));
    }

    @Test
    void theNextVersionIsRefusedAsNewer() {
        Database.open(file()).close();
        addHistoryRow(Database.SCHEMA_VERSION + 1, String.valueOf(Database.SCHEMA_VERSION + 1), 1);

        assertEquals(Reason.NEWER_SCHEMA, refused(file()).reason());
    }

    @Test
    void aFailedMigrationGoesThroughFlywaysValidation() {
        Flyway.configure().dataSource("jdbc:sqlite:" + file(), "", "").locations("classpath:db/migration")
                .target(String.valueOf(Database.SCHEMA_VERSION - 1)).load().migrate();
        addHistoryRow(Database.SCHEMA_VERSION, String.valueOf(Database.SCHEMA_VERSION), 0);

        DatabaseException e = refused(file());

        assertEquals(Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("failed migration"), e.getMessage());
        List<String> before = versionsUpTo(Database.SCHEMA_VERSION - 1);
        assertEquals(Stream.concat(before.stream(), Stream.of(Database.SCHEMA_VERSION + "!")).toList(), history(),
                "left as it was");
    }

    @Test
    void theRefusalSaysWhichFile() {
        Path folder = dir.resolve("not-a-file.db");
        assertTrue(folder.toFile().mkdir());

        DatabaseException e = refused(folder);

        assertEquals(folder.toAbsolutePath(), e.file());
        assertTrue(e.getMessage().contains(folder.toAbsolutePath().toString()), e.getMessage());
        assertFalse(Files.exists(Database.lockFile(folder.toAbsolutePath())));
    }
}
