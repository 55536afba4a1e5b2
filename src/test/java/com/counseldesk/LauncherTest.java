package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.V1Office;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SqliteOnly
class LauncherTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int demo(String... args) {
        return Launcher.demo(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static long families(Path file) {
        return count(file, "SELECT COUNT(*) FROM household");
    }

    private static long count(Path file, String sql) {
        try (Database db = Database.open(file)) {
            return db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    private static List<String> schemaVersions(Path file) {
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file)) {
            return h.createQuery("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
                    .mapTo(String.class).list();
        }
    }

    @Test
    void demoCreatesTheSampleOffice() {
        Path file = dir.resolve("demo").resolve("office.db");

        assertEquals(0, demo("--db", file.toString(), "--families", "50"));

        assertEquals(50, families(file));
        assertTrue(count(file, "SELECT COUNT(*) FROM note") > 0, "consultation notes");
        assertTrue(count(file, "SELECT COUNT(*) FROM household_tag") > 0, "client types");
        assertTrue(count(file, "SELECT COUNT(*) FROM student WHERE intent IS NOT NULL") > 0, "intent levels");
        assertTrue(count(file, "SELECT COUNT(*) FROM follow_up WHERE from_note_id IS NOT NULL") > 0,
                "follow-ups planned from a note");
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("50 families"), said);
        assertTrue(said.contains(file.toString()), said);
        assertEquals("", err());
    }

    @Test
    void optionsMayBeWrittenWithAnEqualsSign() {
        Path file = dir.resolve("office.db");

        assertEquals(0, demo("--families=7", "--db=" + file));

        assertEquals(7, families(file));
    }

    @Test
    void runningTheDemoTwiceFailsCleanly() {
        Path file = dir.resolve("office.db");
        assertEquals(0, demo("--db", file.toString(), "--families", "50"));

        assertEquals(1, demo("--db", file.toString(), "--families", "50"));

        assertTrue(err().contains("already holds an office"), err());
        assertEquals(50, families(file));
    }

    @Test
    void theDemoUpgradesAnEmptyV1FileAndFillsIt() {
        Path file = dir.resolve("office.db");
        V1Office.createSchema(file);

        assertEquals(0, demo("--db", file.toString(), "--families", "20"), err());

        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), schemaVersions(file));
        assertEquals(20, families(file));
    }

    @Test
    void theDemoUpgradesAV1OfficeBeforeRefusingToOverwriteIt() {
        Path file = dir.resolve("office.db");
        V1Office.create(file);

        assertEquals(1, demo("--db", file.toString(), "--families", "20"));

        assertTrue(err().contains("already holds an office"), err());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), schemaVersions(file));
        assertEquals(V1Office.FAMILIES.size(), families(file), "the V1 families, upgraded, and no sample ones");
    }

    @Test
    void theDatabaseIsRequired() {
        assertEquals(2, demo("--families", "50"));

        assertTrue(err().contains("demo needs --db PATH"), err());
        assertTrue(err().contains("Usage:"), err());
    }

    @Test
    void theFamilyCountMustBeAWholeNumber() {
        Path file = dir.resolve("office.db");

        assertEquals(2, demo("--db", file.toString(), "--families", "abc"));

        assertTrue(err().contains("'abc'"), err());
        assertFalse(Files.exists(file), "nothing was created");
    }

    @Test
    void theFamilyCountCannotBeNegative() {
        Path file = dir.resolve("office.db");

        assertEquals(2, demo("--db", file.toString(), "--families", "-5"));

        assertTrue(err().contains("between 0 and 5000000"), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileThatIsNoDatabaseIsLeftAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] text = "客户名单\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        assertEquals(1, demo("--db", file.toString(), "--families", "5"));

        assertTrue(err().contains("NOT_SQLITE"), err());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void theLogLivesBesideTheDatabaseFileInUse() {
        Path data = dir.resolve("data");
        Path office = dir.resolve("shared").resolve("office.db");

        assertEquals(office.getParent().resolve("logs"),
                Launcher.logFolder(Optional.of(office.toString()), Map.of(), data));
        assertEquals(office.getParent().resolve("logs"), Launcher.logFolder(Optional.empty(),
                Map.of("COUNSELDESK_DB", office.toString()), data), "named by the environment");
        assertEquals(data.resolve("logs"), Launcher.logFolder(Optional.empty(), Map.of(), data),
                "the default file is in the data folder anyway");
        assertEquals(data.resolve("logs"), Launcher.logFolder(Optional.of("postgresql://desk@main-pc/office"),
                Map.of(), data), "a server's: this user's data folder");
        assertEquals(data.resolve("logs"), Launcher.logFolder(Optional.of("postgresql://main-pc"),
                Map.of(), data), "not an address: the command says so, its log goes to the data folder");
    }
}
