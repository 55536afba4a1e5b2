package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Directory;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.SearchQuery;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample office sets the search indexes aside while it writes its households and makes them
 * again at the end: afterwards the file is what the app would have written row by row.
 */
@SqliteOnly
class SampleOfficeSearchTest {
    private static final int HOUSEHOLDS = 300;
    private static final String SCHEMA = "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || sql"
            + " FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name";
    private static final String SEARCH_SCHEMA = "SELECT name FROM sqlite_master WHERE name = 'search_term_rank'"
            + " OR name LIKE 'phone_digits%' ORDER BY name";

    @TempDir
    Path dir;
    private TestOffice t;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void create() {
        new SampleOffice(t.db, t.clock, 20261127L).create(HOUSEHOLDS);
    }

    @Test
    void theSchemaIsTheMigrationsSchema(@TempDir Path other) {
        create();

        try (Database fresh = Database.open(other.resolve("fresh.db"))) {
            assertEquals(strings(fresh, SCHEMA), strings(t.db, SCHEMA));
        }
    }

    @Test
    void theTrigramIndexMatchesThePhoneTable() {
        create();

        // With rank 1, FTS5 checks its index against the external content table (phone) too.
        t.execute("INSERT INTO phone_digits (phone_digits, rank) VALUES ('integrity-check', 1)");
        for (String number : strings(t.db, "SELECT number FROM phone WHERE id % 7 = 0")) {
            String pattern = "%" + number.substring(3, 8) + "%";
            assertEquals(count("SELECT COUNT(*) FROM phone WHERE number LIKE :p", pattern),
                    count("SELECT COUNT(*) FROM phone_digits WHERE number LIKE :p", pattern), pattern);
        }
    }

    @Test
    void theIntegrityCheckSeesANumberTheTrigramIndexMissed() {
        create();
        t.execute("DROP TRIGGER phone_digits_insert");
        t.execute("INSERT INTO phone (household_id, contact_id, number, number_rev, created_at)"
                + " VALUES (1, 1, '13911112222', '22221111931', '2026-11-27T09:00:00')");

        assertThrows(RuntimeException.class,
                () -> t.execute("INSERT INTO phone_digits (phone_digits, rank) VALUES ('integrity-check', 1)"));
    }

    @Test
    void everyHouseholdIsFoundByAStudentsNameAndByDigitsFromTheMiddleOfItsNumber() {
        create();

        try (Directory directory = new Directory(t.db, t.families)) {
            for (long id = 1; id <= HOUSEHOLDS; id += 13) {
                HouseholdCard card = t.household(id);
                String middle = card.mainPhone().phone().value().substring(3, 8);
                assertTrue(ids(directory, middle).contains(id), () -> middle + " finds " + card.id());
                String name = card.students().get(0).name();
                assertTrue(ids(directory, name).contains(id), () -> name + " finds " + card.id());
            }
        }
    }

    @Test
    void aNumberAddedLaterIsFoundByItsMiddleDigits() {
        create();

        t.families.addPhone(1, new ContactDetails("新号码", Relation.FATHER), Phone.parse("13987654321"), null);

        try (Directory directory = new Directory(t.db, t.families)) {
            assertEquals(List.of(1L), ids(directory, "876543"));
        }
    }

    @Test
    void aLoadThatFailsLeavesTheSearchIndexesAndNoHouseholds() {
        List<String> before = strings(t.db, SEARCH_SCHEMA);
        t.failVisitInserts();

        assertThrows(RuntimeException.class, this::create);

        assertEquals(before, strings(t.db, SEARCH_SCHEMA));
        assertEquals(0, t.count("household"));
        assertEquals(0, t.count("search_term"));
    }

    private static List<Long> ids(Directory directory, String text) {
        return directory.householdIds(SearchQuery.of(text), Directory.MAX_LIMIT, 0);
    }

    private long count(String sql, String pattern) {
        return t.db.read(h -> h.createQuery(sql).bindMap(Map.of("p", pattern)).mapTo(Long.class).one());
    }

    private static List<String> strings(Database db, String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
