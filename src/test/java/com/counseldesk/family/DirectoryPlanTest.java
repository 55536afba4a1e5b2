package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.SqliteOnly;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every directory query reads through an index (SQLite's plan, on a file without statistics, as an
 * office's file is): none reads a whole table, so the time of a search does not grow with the office.
 */
@SqliteOnly
class DirectoryPlanTest {
    private static final SearchQuery ALL_FILTERS = new SearchQuery("", 1L, Stage.NEW, Channel.DIRECT,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Intent.CLEAR, 2L);

    @TempDir
    Path folder;
    private DirectoryOffice office;

    @BeforeEach
    void open() {
        office = new DirectoryOffice(folder);
        office.household("张小明").contact("王芳", Relation.MOTHER, "13812345678").create();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "NAME_TERMS, search_term_rank",
        "NAME_TERMS_AFTER, search_term_rank",
        "NAME_TERM_SORTED, search_term_rank (weight=? AND term=?)",
        "NAME_TERM_BY_RECENCY, term=? AND household_id=?",
        "PHONE_EXACT, phone_number_active (number=?)",
        "PHONE_TAIL, phone_number_rev",
        "PHONE_TAIL_COUNT, phone_number_rev",
        "PHONE_TAIL_BY_RECENCY, phone_household",
        "PHONE_START, phone_number_active (number>? AND number<?)",
        "PHONE_START_COUNT, phone_number_active (number>? AND number<?)",
        "PHONE_START_BY_RECENCY, phone_household",
        "PHONE_ANYWHERE, VIRTUAL TABLE INDEX 0:L",
        "EVERYONE, household_"})
    void eachQueryUsesItsIndexWithFiltersAndWithout(String query, String index) throws Exception {
        String sql = (String) DirectoryDao.class.getDeclaredField(query).get(null);

        for (SearchQuery filters : List.of(SearchQuery.all(), ALL_FILTERS)) {
            List<String> plan = plan(sql, filters);
            assertTrue(plan.stream().anyMatch(l -> l.contains(index)), plan.toString());
            assertEquals(List.of(), fullScans(plan));
        }
    }

    @ParameterizedTest
    @CsvSource({"NAME_TERMS", "NAME_TERMS_AFTER"})
    void aNamesTermsComeInIndexOrderWithoutASort(String query) throws Exception {
        String sql = (String) DirectoryDao.class.getDeclaredField(query).get(null);

        List<String> plan = plan(sql, ALL_FILTERS);

        assertTrue(plan.stream().noneMatch(l -> l.contains("TEMP B-TREE")), "no sort: " + plan);
    }

    @ParameterizedTest
    @CsvSource({"NAME_TERM_BY_RECENCY", "PHONE_TAIL_BY_RECENCY", "PHONE_START_BY_RECENCY", "EVERYONE"})
    void theNewestFirstWalksFollowTheLastContactIndexWithoutASort(String query) throws Exception {
        String sql = (String) DirectoryDao.class.getDeclaredField(query).get(null);

        List<String> plain = plan(sql, SearchQuery.all());
        List<String> owners = plan(sql, SearchQuery.all().withOwner(1L));

        assertTrue(plain.get(0).contains("household_last_contact"), plain.toString());
        assertTrue(owners.get(0).contains("household_owner"), owners.toString());
        assertTrue(plain.stream().noneMatch(l -> l.contains("TEMP B-TREE")), "no sort: " + plain);
        assertTrue(owners.stream().noneMatch(l -> l.contains("TEMP B-TREE")), "no sort: " + owners);
    }

    /**
     * Lines of the plan that read a table from end to end. A scan through an index, of the trigram
     * index, or of a count's own bounded subquery ({@code m}) is fine.
     */
    private static List<String> fullScans(List<String> plan) {
        return plan.stream().filter(l -> l.startsWith("SCAN") && !l.contains("USING") && !l.contains("VIRTUAL TABLE")
                && !l.equals("SCAN m")).toList();
    }

    private List<String> plan(String sql, SearchQuery query) throws SQLException {
        String text = sql.replace("<filters>", new SearchFilters(query).sql()).replaceAll(":[A-Za-z]+", "?");
        List<String> lines = new ArrayList<>();
        try (org.jdbi.v3.core.Handle h = office.db.openHandle()) {
            Connection c = h.getConnection();
            try (PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + text);
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
        }
        return lines;
    }
}
