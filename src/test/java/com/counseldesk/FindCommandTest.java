package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.DirectoryOffice;
import com.counseldesk.family.Relation;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestOffice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** {@code find --db PATH TEXT}: the households found, tab-separated, or a clear refusal. */
@SqliteOnly
class FindCommandTest {
    private static final String ZHANG = "1\t张小明（初二）\t王芳（母亲）13812345678\t李明\t2026-11-20 09:00";
    private static final String LI = "2\t李雷（初二）、李梅（初二）\t韩梅（母亲）13900001111；李强（父亲）01062349999#12\t张伟\t";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int find(String... args) {
        return FindCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClock.morning());
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The typical office with 张小明's household and 李雷's (two children, two contacts, no contact yet). */
    private Path office() {
        Path folder = dir.resolve("office");
        try (DirectoryOffice office = new DirectoryOffice(folder)) {
            office.household("张小明").contact("王芳", Relation.MOTHER, "138 1234 5678")
                    .lastContact(LocalDateTime.of(2026, 11, 20, 9, 0)).create();
            office.household("李雷").student("李梅").contact("韩梅", Relation.MOTHER, "139 0000 1111")
                    .contact("李强", Relation.FATHER, "010-6234-9999 转 12").owner(TestOffice.OTHER_COUNSELOR).create();
        }
        return folder.resolve("office.db");
    }

    @Test
    void printsAHeaderAndOneTabSeparatedLinePerHousehold() {
        Path file = office();

        assertEquals(0, find("--db", file.toString(), "zxm"));

        assertEquals(List.of(FindCommand.HEADER, ZHANG), lines());
        assertEquals("id\tstudents\tcontacts\towner\tlast_contact", FindCommand.HEADER);
        assertEquals("", err());
    }

    @Test
    void findsByTheLastDigitsOfAnyNumber() {
        Path file = office();

        assertEquals(0, find("--db=" + file, "9999"));

        assertEquals(List.of(FindCommand.HEADER, LI), lines());
    }

    @Test
    void theTextMayComeInSeveralWordsAndBeforeTheOptions() {
        Path file = office();

        assertEquals(0, find("138", "1234", "--db", file.toString()));

        assertEquals(List.of(FindCommand.HEADER, ZHANG), lines());
    }

    @Test
    void aBlankTextListsTheNewestContactsFirstUpToTheLimit() {
        Path file = office();

        assertEquals(0, find("--db", file.toString(), "--limit", "1", ""));

        assertEquals(List.of(FindCommand.HEADER, ZHANG), lines());
        assertTrue(err().contains("--limit"), err());
    }

    @Test
    void sqlAndLongTextFindNothingHarmfully() {
        Path file = office();

        assertEquals(0, find("--db", file.toString(), "' OR 1=1 --"));
        assertEquals(0, find("--db", file.toString(), "%".repeat(500)));

        assertEquals(List.of(FindCommand.HEADER, FindCommand.HEADER), lines());
    }

    @Test
    void theDatabaseIsRequired() {
        assertEquals(2, find("zxm"));

        assertTrue(err().contains("find needs --db PATH"), err());
        assertTrue(err().contains("Usage:"), err());
        assertEquals(List.of(), lines());
    }

    @Test
    void theLimitMustBeAWholeNumberInRange() {
        Path file = office();

        assertEquals(2, find("--db", file.toString(), "--limit", "many", "zxm"));
        assertEquals(2, find("--db", file.toString(), "--limit", "0", "zxm"));

        assertTrue(err().contains("--limit"), err());
        assertEquals(List.of(), lines());
    }

    @Test
    void aMissingFileIsNotCreated() {
        Path file = dir.resolve("nowhere.db");

        assertEquals(1, find("--db", file.toString(), "zxm"));

        assertTrue(err().contains("No database at " + file), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileThatIsNoDatabaseIsLeftAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] text = "客户名单\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        assertEquals(1, find("--db", file.toString(), "zxm"));

        assertTrue(err().contains("is not a CounselDesk database"), err());
        assertArrayEquals(text, Files.readAllBytes(file));
        assertEquals(List.of(), lines());
    }

    @Test
    void aDatabaseOfANewerVersionIsRefused() {
        Path file = office();
        try (Database db = Database.open(file)) {
            db.inTransaction(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success) VALUES"
                    + " (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)"));
        }

        assertEquals(1, find("--db", file.toString(), "zxm"));

        assertTrue(err().contains("comes from a newer CounselDesk"), err());
    }

    @Test
    void aVersionOneDatabaseIsUpgradedFirst() {
        Path file = dir.resolve("v1.db");
        SQLiteDataSource v1 = new SQLiteDataSource();
        v1.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(v1).locations("classpath:db/migration").target("1").load().migrate();
        try (Handle h = Jdbi.open(v1)) {
            h.execute("INSERT INTO staff (id, name, role, created_at) VALUES (1, '李明', 'COUNSELOR', '2025-09-01T08:00:00')");
            h.execute("INSERT INTO family (id, student_name, grade, parent_name, parent_relation, phone, channel, owner_id,"
                    + " created_at) VALUES (7, '曾小贤', 'J2', '胡一菲', 'MOTHER', '13812345678', 'DIRECT', 1,"
                    + " '2025-10-10T10:00:00')");
            h.execute("INSERT INTO visit (family_id, channel, arrived_at, status, counselor_id) VALUES"
                    + " (7, 'DIRECT', '2025-10-10T10:00:00', 'LEFT', 1)");
        }

        assertEquals(0, find("--db", file.toString(), "zengxiaoxian"));
        assertEquals(0, find("--db", file.toString(), "2345"));

        String zeng = "7\t曾小贤（初三）\t胡一菲（母亲）13812345678\t李明\t2025-10-10 10:00";
        assertEquals(List.of(FindCommand.HEADER, zeng, FindCommand.HEADER, zeng), lines());
        assertEquals(List.of(FindCommand.UPGRADING), err().lines().toList(), "said once, on the error stream");
    }
}
