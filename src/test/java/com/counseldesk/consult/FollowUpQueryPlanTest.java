package com.counseldesk.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.SqliteOnly;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The follow-ups' and the start page's queries read through their indexes (SQLite's plan on a file
 * without statistics, as an office's file is): none reads a whole table, so building the start page
 * does not grow with the office, and the follow-ups come in index order without a sort.
 */
@SqliteOnly
class FollowUpQueryPlanTest {
    @TempDir
    Path dir;
    private FollowUpOffice o;

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @ParameterizedTest(name = "{0}.{1} reads {2}")
    @CsvSource(delimiter = '|', value = {
        "FollowUpDao | openOwnedBetween | follow_up_open_owner (owner_id=? AND due_at>? AND due_at<?) | false",
        "FollowUpDao | openOwnedBefore | follow_up_open_owner (owner_id=? AND due_at<?) | false",
        "FollowUpDao | openBefore | follow_up_open_due (due_at<?) | false",
        "FollowUpDao | timedFallingDue | follow_up_open_owner (owner_id=? AND due_at>? AND due_at<?) | false",
        "FollowUpDao | openOfHousehold | follow_up_household (household_id=?) | false",
        "FollowUpDao | ofHousehold | follow_up_household (household_id=?) | false",
        // A counselor's drafts of today are a handful: sorted after the notes' index found them.
        "StartPageDao | drafts | note_author_state_session (author_id=? AND state=? AND session_at>?) | true",
        "StartPageDao | unplanned | household_owner (owner_id=?);follow_up_open_household (household_id=?) | false",
        // The family page's: a household's tags and notes.
        "TagDao | rowsOf | household_tag_household (household_id=?) | false",
        "NoteDao | byHousehold | note_household (household_id=?) | false"})
    void eachQueryUsesItsIndexesWithoutAFullScan(String dao, String method, String indexes, boolean sorts)
            throws Exception {
        List<String> plan = plan(sql(dao, method));

        for (String index : indexes.split(";")) {
            assertTrue(plan.stream().anyMatch(l -> l.contains(index)), index + " in " + plan);
        }
        assertEquals(List.of(), plan.stream().filter(l -> l.startsWith("SCAN") && !l.contains("USING")).toList(),
                "full scans in " + plan);
        assertEquals(sorts, plan.stream().anyMatch(l -> l.contains("TEMP B-TREE")), "a sort: " + plan);
    }

    private static String sql(String dao, String method) throws ClassNotFoundException {
        Class<?> type = Class.forName("com.counseldesk.consult." + dao);
        Method m = Arrays.stream(type.getDeclaredMethods()).filter(x -> x.getName().equals(method)).findFirst()
                .orElseThrow();
        return m.getAnnotation(SqlQuery.class).value();
    }

    private List<String> plan(String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Handle h = o.t.db.openHandle()) {
            Connection c = h.getConnection();
            try (PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + sql.replaceAll(":[A-Za-z]+", "?"));
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
        }
        return lines;
    }
}
