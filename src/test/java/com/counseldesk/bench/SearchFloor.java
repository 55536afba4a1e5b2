package com.counseldesk.bench;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Directory;
import com.counseldesk.family.NameKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The floor beside each search figure: the search list's page from bare SQL over plain JDBC, on one
 * connection opened once with the directory's page cache (16 MB). One statement gives the
 * households in the directory's order, read only until the page and one more are there (a
 * household that matches twice counts at its first row); four more give what the list shows of
 * them. No Jdbi, no domain objects, no second look at the index: what is left is SQLite's own work.
 */
final class SearchFloor implements AutoCloseable {
    /**
     * Terms that start with the text, best weight first (1 to 6: a student's name, then a contact's),
     * then in term order, then newest contact first. The index search_term_rank gives the first two;
     * SQLite sorts each term's households by last contact as it goes ("temp b-tree for right part of
     * order by"), so a page of small terms stops early, but a term thousands share is sorted whole.
     */
    static final String BY_NAME = "SELECT t.household_id FROM search_term t CROSS JOIN household h"
            + " WHERE h.id = t.household_id AND t.weight IN (1, 2, 3, 4, 5, 6) AND t.term >= ? AND t.term < ?"
            + " ORDER BY t.weight, t.term, h.last_contact_at DESC NULLS LAST, h.id DESC";
    /** The whole number, then numbers ending with the digits, then starting with them, then with them anywhere. */
    static final String BY_DIGITS = "SELECT m.household_id FROM ("
            + "SELECT household_id, 0 AS k FROM phone WHERE number = ? AND active = 1"
            + " UNION ALL SELECT household_id, 1 FROM phone WHERE number_rev >= ? AND number_rev < ? AND active = 1"
            + " UNION ALL SELECT household_id, 2 FROM phone WHERE number >= ? AND number < ? AND active = 1"
            + " UNION ALL SELECT p.household_id, 3 FROM phone_digits d CROSS JOIN phone p"
            + " WHERE p.id = d.rowid AND d.number LIKE ? AND p.active = 1"
            + ") m CROSS JOIN household h WHERE h.id = m.household_id"
            + " ORDER BY m.k, h.last_contact_at DESC NULLS LAST, h.id DESC";
    private static final String IN_PAGE = " IN (SELECT value FROM json_each(?))";
    static final String HOUSEHOLDS = "SELECT h.id, s.name, COALESCE(s.active, 0), h.last_contact_at FROM household h"
            + " LEFT JOIN staff s ON s.id = h.owner_id WHERE h.id" + IN_PAGE;
    static final String STUDENTS = "SELECT household_id, name, grade, grade_year, school, stage FROM student"
            + " WHERE household_id" + IN_PAGE + " ORDER BY household_id, id";
    static final String CONTACTS = "SELECT id, household_id, name, relation, is_main FROM contact"
            + " WHERE household_id" + IN_PAGE + " ORDER BY household_id, is_main DESC, id";
    static final String PHONES = "SELECT contact_id, number, extension, is_main FROM phone"
            + " WHERE household_id" + IN_PAGE + " AND active = 1 ORDER BY contact_id, is_main DESC, id";
    /** After every text that starts with a prefix, as the directory bounds its ranges. */
    private static final String LAST_CHARACTER = "\uDBFF\uDFFF";

    /** A page as the list shows it: the households' ids, whether more follow, and each household's line. */
    record Page(List<Long> ids, boolean more, List<String> lines) {
    }

    private final Connection connection;
    private final PreparedStatement byName;
    private final PreparedStatement byDigits;
    private final PreparedStatement households;
    private final PreparedStatement students;
    private final PreparedStatement contacts;
    private final PreparedStatement phones;

    SearchFloor(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -16384");
        }
        byName = connection.prepareStatement(BY_NAME);
        byDigits = connection.prepareStatement(BY_DIGITS);
        households = connection.prepareStatement(HOUSEHOLDS);
        students = connection.prepareStatement(STUDENTS);
        contacts = connection.prepareStatement(CONTACTS);
        phones = connection.prepareStatement(PHONES);
    }

    /** The first page for a name, pinyin or initials, as typed. */
    Page byName(String typed) throws SQLException {
        String key = NameKeys.normaliseQuery(typed);
        byName.setString(1, key);
        byName.setString(2, key + LAST_CHARACTER);
        return page(byName);
    }

    /** The first page for four or more digits, as typed (digits only). */
    Page byDigits(String digits) throws SQLException {
        String start = Phone.searchPrefix(digits);
        String reversed = new StringBuilder(digits).reverse().toString();
        byDigits.setString(1, start);
        byDigits.setString(2, reversed);
        byDigits.setString(3, reversed + LAST_CHARACTER);
        byDigits.setString(4, start);
        byDigits.setString(5, start + LAST_CHARACTER);
        byDigits.setString(6, "%" + digits + "%");
        return page(byDigits);
    }

    private Page page(PreparedStatement match) throws SQLException {
        Set<Long> found = new LinkedHashSet<>();
        try (ResultSet rs = match.executeQuery()) {
            while (found.size() <= Directory.PAGE && rs.next()) {
                found.add(rs.getLong(1));
            }
        }
        List<Long> ids = found.stream().limit(Directory.PAGE).toList();
        return new Page(ids, found.size() > Directory.PAGE, lines(ids));
    }

    /** What the list shows of these households, in this order. */
    List<String> lines(List<Long> ids) throws SQLException {
        String page = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        Map<Long, List<String>> studentsOf = new HashMap<>();
        try (ResultSet rs = query(students, page)) {
            while (rs.next()) {
                studentsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(CardLine.student(rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
            }
        }
        Map<Long, List<String>> phonesOf = new HashMap<>();
        try (ResultSet rs = query(phones, page)) {
            while (rs.next()) {
                phonesOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(CardLine.phone(rs.getString(2), rs.getString(3), rs.getInt(4) == 1));
            }
        }
        Map<Long, List<String>> contactsOf = new HashMap<>();
        try (ResultSet rs = query(contacts, page)) {
            while (rs.next()) {
                contactsOf.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(CardLine.contact(
                        rs.getString(3), rs.getString(4), rs.getInt(5) == 1, phonesOf.getOrDefault(rs.getLong(1),
                                List.of())));
            }
        }
        Map<Long, String> lineOf = new HashMap<>();
        try (ResultSet rs = query(households, page)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                lineOf.put(id, CardLine.household(id, rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                        studentsOf.getOrDefault(id, List.of()), contactsOf.getOrDefault(id, List.of())));
            }
        }
        return ids.stream().map(lineOf::get).toList();
    }

    private static ResultSet query(PreparedStatement statement, String page) throws SQLException {
        statement.setString(1, page);
        return statement.executeQuery();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
