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
import java.util.List;
import java.util.stream.Collectors;

/**
 * The floor beside the family page's figure: the rows the page shows, from bare SQL over plain JDBC on
 * one connection opened once (16 MB page cache, as the other floors): who is at this PC, the household
 * and the one that referred it ({@link SearchFloor#lines}), the households it referred, its visits with
 * their students, its history, its client-type tags and the office's library, its students' intent
 * levels, its notes with their amendments, and its follow-ups. Each row is read once, where the page's
 * parts read the household again for each of them. No Jdbi, no domain objects, no access check.
 */
final class FamilyPageFloor implements AutoCloseable {
    private static final String IN_LIST = " IN (SELECT value FROM json_each(?))";
    private static final String STAFF = "SELECT id, name, role, active FROM staff WHERE id = ?";
    private static final String HOUSEHOLD = "SELECT referred_by FROM household WHERE id = ?";
    private static final String REFERRED = "SELECT id FROM household WHERE referred_by = ? ORDER BY id";
    private static final String VISITS = "SELECT v.id, v.arrived_at, v.status, v.channel, v.purpose, s.name"
            + " FROM visit v JOIN staff s ON s.id = v.counselor_id WHERE v.household_id = ?"
            + " ORDER BY v.arrived_at DESC, v.id DESC";
    private static final String VISIT_STUDENTS = "SELECT visit_id, student_id FROM visit_student WHERE visit_id"
            + IN_LIST + " ORDER BY student_id";
    private static final String HISTORY = "SELECT c.id, c.entity, c.field, c.before_value, c.after_value,"
            + " c.changed_at, s.name FROM change_log c LEFT JOIN staff s ON s.id = c.staff_id"
            + " WHERE c.household_id = ? ORDER BY c.changed_at DESC, c.id DESC";
    private static final String TAGS = "SELECT ht.id, ht.tag_id, ht.tagged_at, ht.removed_at, a.name, r.name"
            + " FROM household_tag ht LEFT JOIN staff a ON a.id = ht.tagged_by"
            + " LEFT JOIN staff r ON r.id = ht.removed_by WHERE ht.household_id = ? ORDER BY ht.tagged_at, ht.id";
    private static final String LIBRARY = "SELECT id, builtin, name, colour, signs, mistakes, strategy, active"
            + " FROM client_tag ORDER BY CASE WHEN builtin IS NULL THEN 1 ELSE 0 END, id";
    private static final String INTENTS = "SELECT id, intent FROM student WHERE household_id = ? ORDER BY id";
    private static final String NOTES = "SELECT n.*, s.name FROM note n JOIN staff s ON s.id = n.author_id"
            + " WHERE n.household_id = ? ORDER BY n.session_at DESC, n.id DESC";
    private static final String AMENDMENTS = "SELECT a.id, a.note_id, a.amended_at, a.text, s.name"
            + " FROM note_amendment a JOIN staff s ON s.id = a.author_id WHERE a.note_id" + IN_LIST
            + " ORDER BY a.amended_at, a.id";
    private static final String FOLLOW_UPS = "SELECT f.*, o.name, c.name, d.name FROM follow_up f"
            + " JOIN staff o ON o.id = f.owner_id LEFT JOIN staff c ON c.id = f.created_by"
            + " LEFT JOIN staff d ON d.id = f.done_by WHERE f.household_id = ? ORDER BY f.due_at DESC, f.id DESC";

    /**
     * What the floor read: the entries the timeline makes of the rows, the history's rows, the tags on
     * the household now, each student's intent level, the notes (newest first) and the open follow-ups
     * (soonest due first), by id.
     */
    record Page(int timelineEntries, int historyRows, List<Long> tags, List<String> intents, List<Long> notes,
            List<Long> openFollowUps) {
    }

    private final Connection connection;
    private final SearchFloor cards;
    private final PreparedStatement staff;
    private final PreparedStatement household;
    private final PreparedStatement referred;
    private final PreparedStatement visits;
    private final PreparedStatement visitStudents;
    private final PreparedStatement history;
    private final PreparedStatement tags;
    private final PreparedStatement library;
    private final PreparedStatement intents;
    private final PreparedStatement notes;
    private final PreparedStatement amendments;
    private final PreparedStatement followUps;

    FamilyPageFloor(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -16384");
        }
        cards = new SearchFloor(file);
        staff = connection.prepareStatement(STAFF);
        household = connection.prepareStatement(HOUSEHOLD);
        referred = connection.prepareStatement(REFERRED);
        visits = connection.prepareStatement(VISITS);
        visitStudents = connection.prepareStatement(VISIT_STUDENTS);
        history = connection.prepareStatement(HISTORY);
        tags = connection.prepareStatement(TAGS);
        library = connection.prepareStatement(LIBRARY);
        intents = connection.prepareStatement(INTENTS);
        notes = connection.prepareStatement(NOTES);
        amendments = connection.prepareStatement(AMENDMENTS);
        followUps = connection.prepareStatement(FOLLOW_UPS);
    }

    /** The family page of household {@code id} as staff {@code reader} opens it on {@code today}. */
    Page page(long reader, long id, LocalDate today) throws SQLException {
        staff.setLong(1, reader);
        drain(staff);
        household.setLong(1, id);
        List<Long> shown = new ArrayList<>(List.of(id));
        try (ResultSet rs = household.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                shown.add(rs.getLong(1));
            }
        }
        cards.lines(shown);
        referred.setLong(1, id);
        drain(referred);
        int entries = 0;
        visits.setLong(1, id);
        List<Long> visitIds = new ArrayList<>();
        try (ResultSet rs = visits.executeQuery()) {
            while (rs.next()) {
                visitIds.add(rs.getLong(1));
                rs.getString(6);
                entries++;
            }
        }
        visitStudents.setString(1, json(visitIds));
        drain(visitStudents);
        history.setLong(1, id);
        int historyRows = 0;
        try (ResultSet rs = history.executeQuery()) {
            while (rs.next()) {
                historyRows++;
                if ("student".equals(rs.getString(2)) && "intent".equals(rs.getString(3))) {
                    entries++;
                }
            }
        }
        tags.setLong(1, id);
        List<Long> tagsNow = new ArrayList<>();
        try (ResultSet rs = tags.executeQuery()) {
            while (rs.next()) {
                entries++;
                if (rs.getString(4) == null) {
                    tagsNow.add(rs.getLong(2));
                } else {
                    entries++;
                }
            }
        }
        drain(library);
        intents.setLong(1, id);
        List<String> levels = new ArrayList<>();
        try (ResultSet rs = intents.executeQuery()) {
            while (rs.next()) {
                levels.add(rs.getString(2));
            }
        }
        notes.setLong(1, id);
        List<Long> noteIds = new ArrayList<>();
        String startOfToday = today.atStartOfDay() + ":00";
        try (ResultSet rs = notes.executeQuery()) {
            while (rs.next()) {
                noteIds.add(rs.getLong("id"));
                rs.getString("structured");
                boolean pastDraft = "DRAFT".equals(rs.getString("state"))
                        && rs.getString("session_at").compareTo(startOfToday) < 0;
                entries += rs.getString("signed_at") != null || "LOCKED".equals(rs.getString("state")) || pastDraft
                        ? 2 : 1;
            }
        }
        amendments.setString(1, json(noteIds));
        try (ResultSet rs = amendments.executeQuery()) {
            while (rs.next()) {
                rs.getString(4);
                entries++;
            }
        }
        followUps.setLong(1, id);
        List<Long> open = new ArrayList<>();
        try (ResultSet rs = followUps.executeQuery()) {
            while (rs.next()) {
                entries++;
                if (rs.getString("done_at") == null) {
                    open.add(0, rs.getLong("id"));
                } else {
                    entries++;
                }
            }
        }
        return new Page(entries, historyRows, tagsNow, levels, noteIds, open);
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    private static String json(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public void close() throws SQLException {
        cards.close();
        connection.close();
    }
}
