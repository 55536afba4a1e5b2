package com.counseldesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The floor beside the start page's figure: the same rows from bare SQL over plain JDBC on one
 * connection opened once (16 MB page cache, as the search's floor): a counselor's follow-ups due
 * today and overdue (a manager's: everyone's overdue), the families here now, the notes in draft, the
 * families with nothing planned, each a page and one more; then what the lists show of those
 * households ({@link SearchFloor#lines}). No Jdbi, no domain objects, no access check.
 */
final class StartPageFloor implements AutoCloseable {
    private static final String FOLLOW_UP = "SELECT f.id, f.household_id, f.student_id, f.due_at, f.has_time,"
            + " f.purpose, o.name FROM follow_up f JOIN staff o ON o.id = f.owner_id";
    private static final String DUE = FOLLOW_UP + " WHERE f.owner_id = ? AND f.done_at IS NULL AND f.due_at >= ?"
            + " AND f.due_at < ? ORDER BY f.due_at, f.id LIMIT ?";
    private static final String OVERDUE = FOLLOW_UP + " WHERE f.owner_id = ? AND f.done_at IS NULL AND f.due_at < ?"
            + " ORDER BY f.due_at, f.id LIMIT ?";
    private static final String EVERYONE_OVERDUE = FOLLOW_UP + " WHERE f.done_at IS NULL AND f.due_at < ?"
            + " ORDER BY f.due_at, f.id LIMIT ?";
    private static final String HERE = "SELECT v.id, v.household_id, v.arrived_at, v.status, v.purpose FROM visit v"
            + " WHERE v.arrived_at >= ? AND v.arrived_at < ? AND v.counselor_id = ? AND v.status IN ('WAITING',"
            + " 'CONSULTING') ORDER BY v.arrived_at, v.id LIMIT ?";
    private static final String VISIT_STUDENTS = "SELECT visit_id, student_id FROM visit_student"
            + " WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY student_id";
    private static final String DRAFTS = "SELECT id, household_id, student_id, session_at, updated_at FROM note"
            + " WHERE author_id = ? AND state = 'DRAFT' AND session_at >= ? ORDER BY updated_at DESC, id DESC LIMIT ?";
    private static final String UNPLANNED = "SELECT h.id FROM household h WHERE h.owner_id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM follow_up f WHERE f.household_id = h.id AND f.done_at IS NULL)"
            + " ORDER BY h.last_contact_at DESC, h.id DESC LIMIT ?";

    /** What the floor read: each list's row ids (follow-ups, visits, notes, households) and the households' lines. */
    record Page(List<Long> due, List<Long> overdue, List<Long> here, List<Long> drafts, List<Long> unplanned,
            List<String> unplannedLines) {
    }

    private final Connection connection;
    private final SearchFloor cards;
    private final PreparedStatement due;
    private final PreparedStatement overdue;
    private final PreparedStatement everyoneOverdue;
    private final PreparedStatement here;
    private final PreparedStatement drafts;
    private final PreparedStatement unplanned;
    private final PreparedStatement visitStudents;

    StartPageFloor(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -16384");
        }
        cards = new SearchFloor(file);
        due = connection.prepareStatement(DUE);
        overdue = connection.prepareStatement(OVERDUE);
        everyoneOverdue = connection.prepareStatement(EVERYONE_OVERDUE);
        here = connection.prepareStatement(HERE);
        drafts = connection.prepareStatement(DRAFTS);
        unplanned = connection.prepareStatement(UNPLANNED);
        visitStudents = connection.prepareStatement(VISIT_STUDENTS);
    }

    /**
     * The start page of staff {@code id} on {@code today} ({@code everyone} for a manager): each list
     * {@code rows} at most, the families here {@code hereRows}, those with nothing planned {@code unplannedRows}.
     */
    Page page(long id, boolean everyone, LocalDate today, int rows, int hereRows, int unplannedRows)
            throws SQLException {
        String start = today.atStartOfDay() + ":00";
        String end = today.plusDays(1).atStartOfDay() + ":00";
        Set<Long> households = new LinkedHashSet<>();
        due.setLong(1, id);
        due.setString(2, start);
        due.setString(3, end);
        due.setInt(4, rows + 1);
        List<Long> dueIds = ids(due, 1, 2, households);
        PreparedStatement late = everyone ? everyoneOverdue : overdue;
        int p = 1;
        if (!everyone) {
            late.setLong(p++, id);
        }
        late.setString(p++, start);
        late.setInt(p, rows + 1);
        List<Long> overdueIds = ids(late, 1, 2, households);
        here.setString(1, start);
        here.setString(2, end);
        here.setLong(3, id);
        here.setInt(4, hereRows + 1);
        List<Long> hereIds = ids(here, 1, 2, households);
        visitStudents.setString(1, hereIds.toString());
        try (ResultSet rs = visitStudents.executeQuery()) {
            while (rs.next()) {
                rs.getLong(2);
            }
        }
        drafts.setLong(1, id);
        drafts.setString(2, start);
        drafts.setInt(3, rows + 1);
        List<Long> draftIds = ids(drafts, 1, 2, households);
        unplanned.setLong(1, id);
        unplanned.setInt(2, unplannedRows + 1);
        List<Long> unplannedIds = ids(unplanned, 1, 1, households);
        List<String> lines = cards.lines(new ArrayList<>(households));
        List<String> unplannedLines = new ArrayList<>();
        List<Long> all = new ArrayList<>(households);
        for (Long h : unplannedIds.subList(0, Math.min(unplannedRows, unplannedIds.size()))) {
            unplannedLines.add(lines.get(all.indexOf(h)));
        }
        return new Page(first(dueIds, rows), first(overdueIds, rows), first(hereIds, hereRows),
                first(draftIds, rows), first(unplannedIds, unplannedRows), unplannedLines);
    }

    /** The ids in column {@code idColumn}; each row's household (column {@code household}) joins {@code households}. */
    private static List<Long> ids(PreparedStatement statement, int idColumn, int household, Set<Long> households)
            throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(idColumn));
                households.add(rs.getLong(household));
            }
        }
        return out;
    }

    private static List<Long> first(List<Long> ids, int n) {
        return ids.subList(0, Math.min(n, ids.size()));
    }

    @Override
    public void close() throws SQLException {
        cards.close();
        connection.close();
    }
}
