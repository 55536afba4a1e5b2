package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every directory query reads through an index (SQLite's plan, on a file without statistics, as an
 * office's file is): none reads a whole table, so the time of a search does not grow with the office.
 */
class DirectoryPlanTest {
    private static final SearchQuery ALL_FILTERS = new SearchQuery("", 1L, Stage.NEW, Channel.DIRECT,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

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
        "NAME_MATCHES, search_term_rank",
        "PHONE_EXACT, phone_number_active",
        "PHONE_TAIL, phone_number_rev",
        "PHONE_START, phone_number_active",
        "PHONE_ANYWHERE, VIRTUAL TABLE INDEX 0:L",
        "EVERYONE, household_last_contact"})
    void eachQueryUsesItsIndex(String query, String index) throws Exception {
        String sql = (String) DirectoryDao.class.getDeclaredField(query).get(null);

        List<String> plain = plan(sql, SearchQuery.all());
        List<String> filtered = plan(sql, ALL_FILTERS);

        assertTrue(plain.stream().anyMatch(l -> l.contains(index)), plain.toString());
        assertEquals(List.of(), fullScans(plain));
        assertEquals(List.of(), fullScans(filtered));
    }

    @Test
    void theOwnersHouseholdsAreReadThroughTheOwnerIndexInOrder() throws Exception {
        List<String> plan = plan(DirectoryDao.EVERYONE, SearchQuery.all().withOwner(1L));

        assertTrue(plan.stream().anyMatch(l -> l.contains("household_owner")), plan.toString());
        assertTrue(plan.stream().noneMatch(l -> l.contains("TEMP B-TREE")), "no sort: " + plan);
    }

    /** Lines of the plan that read a table from end to end (a scan through an index or the trigram index is fine). */
    private static List<String> fullScans(List<String> plan) {
        return plan.stream().filter(l -> l.startsWith("SCAN") && !l.contains("USING") && !l.contains("VIRTUAL TABLE"))
                .toList();
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
