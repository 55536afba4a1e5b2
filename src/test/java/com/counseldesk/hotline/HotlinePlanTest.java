package com.counseldesk.hotline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestOffice;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hotline's queries read through their indexes (SQLite's plan on a file without statistics, as an
 * office's file is): the statements are the DAOs' own, read from their annotations, so a list of the
 * desk or a month's count does not read every call, turn or appointment the office ever had.
 */
@SqliteOnly
class HotlinePlanTest {
    @TempDir
    Path folder;
    private TestOffice t;

    @BeforeEach
    void open() {
        t = TestOffice.typical(folder);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @ParameterizedTest(name = "{0}.{1} reads {2}")
    @CsvSource({
        "CallDao, ofHousehold, call_household",
        "CallDao, between, call_started",
        "CallDao, takenBetween, call_taken_by",
        "CallDao, adoptUnknown, call_unknown_phone",
        "DutyDao, seats, sqlite_autoindex_duty_seat_1",
        "DutyDao, counts, duty_turn_day",
        "DutyDao, turnsOn, duty_turn_day",
        "AppointmentDao, bookedBetween, appointment_starts",
        "AppointmentDao, bookedNear, appointment_counselor",
        "AppointmentDao, between, appointment_starts",
        "AppointmentDao, ofCounselorBetween, appointment_counselor",
        "AppointmentDao, toRemind, appointment_starts",
        "AppointmentDao, ofHousehold, appointment_household"})
    void eachQueryUsesItsIndex(String dao, String method, String index) throws Exception {
        String sql = statement(Class.forName(getClass().getPackageName() + "." + dao), method);
        List<String> plan = plan(sql);

        assertTrue(plan.stream().anyMatch(l -> l.contains(index)), String.join("\n", plan));
        for (String line : plan) {
            boolean fullScan = line.startsWith("SCAN ") && !line.contains(" USING ")
                    && !line.startsWith("SCAN CONSTANT ROW");
            assertTrue(!fullScan, "a whole table read: " + sql + "\n" + plan);
        }
    }

    /** The SQL of a DAO method, with its named parameters as {@code ?}. */
    private static String statement(Class<?> dao, String name) {
        Method m = Arrays.stream(dao.getDeclaredMethods()).filter(x -> x.getName().equals(name)).findFirst()
                .orElseThrow();
        SqlQuery q = m.getAnnotation(SqlQuery.class);
        String sql = q != null ? q.value() : m.getAnnotation(SqlUpdate.class).value();
        return sql.replaceAll(":[A-Za-z.]+", "?").replace("<ids>", "?");
    }

    private List<String> plan(String sql) throws SQLException {
        return t.db.readPlain((Connection c) -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString("detail"));
                }
            }
            return out;
        });
    }
}
