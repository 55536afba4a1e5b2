package com.counseldesk.family;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;

/**
 * The directory's queries. The match queries hand over household ids best first and are read only
 * as far as the caller wants (a page), so a text that matches 40,000 households costs about what
 * 50 do. A household may come more than once (once per matching term or phone); the caller keeps
 * the first. User text only ever travels as a bound parameter; the SQL is made of the fixed pieces
 * below and the filters that are set ({@link SearchFilters}).
 *
 * <p>Where the match drives the query, the tables are joined with CROSS JOIN: SQLite then keeps the
 * order as written. Without it, and without statistics (an office's file has none), a filter on the
 * owner looked cheaper to the planner than four digits of a number, and it read all of that
 * counselor's households to find the three with the number.
 */
final class DirectoryDao {
    /** Newest contact first; never contacted last (NULLS LAST, as SQLite puts them by itself). */
    static final String RECENT_FIRST = " ORDER BY h.last_contact_at DESC NULLS LAST, h.id DESC";

    /**
     * One weight's terms from a term on (the first starting with the text: the exact term if there is
     * one), in term order, with each household's last contact. Index: search_term_rank, no sort.
     */
    static final String NAME_TERMS = "SELECT t.term, t.household_id, h.last_contact_at FROM search_term t"
            + " CROSS JOIN household h"
            + " WHERE h.id = t.household_id AND t.weight = :weight AND t.term >= :from AND t.term < :to<filters> ORDER BY t.term";
    /** The same after a term (one lower bound only: of two, SQLite would seek with either). */
    static final String NAME_TERMS_AFTER = NAME_TERMS.replace("t.term >= :from", "t.term > :from");
    /** How many households (up to :most) have a term, from the index alone. */
    static final String NAME_TERM_COUNT = "SELECT COUNT(*) FROM (SELECT 1 FROM search_term t"
            + " WHERE t.weight = :weight AND t.term = :term LIMIT :most) m";
    /**
     * The households of one term, newest contact first, sorted by SQLite (whose sorter is several times
     * quicker than reading the rows out and sorting them here). Index: search_term_rank, then a sort.
     */
    static final String NAME_TERM_SORTED = "SELECT t.household_id FROM search_term t CROSS JOIN household h"
            + " WHERE h.id = t.household_id AND t.weight = :weight AND t.term = :term<filters>" + RECENT_FIRST;
    /** The households of one (large) term, newest contact first. Index: household_last_contact, then the key. */
    static final String NAME_TERM_BY_RECENCY = "SELECT h.id FROM household h WHERE EXISTS (SELECT 1 FROM search_term t"
            + " WHERE t.term = :term AND t.household_id = h.id AND t.weight = :weight)<filters>" + RECENT_FIRST;

    private static final String PHONES = "SELECT p.household_id FROM phone p CROSS JOIN household h"
            + " WHERE h.id = p.household_id AND p.active = 1 AND <match><filters>" + RECENT_FIRST;
    private static final String PHONES_BY_RECENCY = "SELECT h.id FROM household h WHERE EXISTS (SELECT 1 FROM phone p"
            + " WHERE p.household_id = h.id AND p.active = 1 AND <match>)<filters>" + RECENT_FIRST;
    private static final String PHONES_COUNT = "SELECT COUNT(*) FROM (SELECT 1 FROM phone p WHERE p.active = 1"
            + " AND <match> LIMIT :most) m";
    private static final String TAIL = "p.number_rev >= :from AND p.number_rev < :to";
    private static final String START = "p.number >= :from AND p.number < :to";

    /** The whole number. Index: phone_number_active. */
    static final String PHONE_EXACT = PHONES.replace("<match>", "p.number = :from");
    /** The number ends with the digits (尾号): its reversed digits start with them reversed. Index: phone_number_rev. */
    static final String PHONE_TAIL = PHONES.replace("<match>", TAIL);
    static final String PHONE_TAIL_BY_RECENCY = PHONES_BY_RECENCY.replace("<match>", TAIL);
    static final String PHONE_TAIL_COUNT = PHONES_COUNT.replace("<match>", TAIL);
    /** The number starts with the digits. Index: phone_number_active. */
    static final String PHONE_START = PHONES.replace("<match>", START);
    static final String PHONE_START_BY_RECENCY = PHONES_BY_RECENCY.replace("<match>", START);
    static final String PHONE_START_COUNT = PHONES_COUNT.replace("<match>", START);
    /**
     * The digits anywhere in the number, through SQLite's trigram index phone_digits. The pattern is
     * '%' + digits + '%' where the digits were checked to be 0–9 only, so it holds no wildcard of the
     * user's; it is bound like every other value.
     */
    static final String PHONE_ANYWHERE = "SELECT p.household_id FROM phone_digits d CROSS JOIN phone p"
            + " CROSS JOIN household h WHERE p.id = d.rowid AND h.id = p.household_id"
            + " AND d.number LIKE :pattern AND p.active = 1<filters>" + RECENT_FIRST;
    /** The same on PostgreSQL, whose trigram index (pg_trgm) is on the number itself. */
    static final String PHONE_ANYWHERE_SERVER = "SELECT p.household_id FROM phone p CROSS JOIN household h"
            + " WHERE h.id = p.household_id AND p.number LIKE :pattern AND p.active = 1<filters>" + RECENT_FIRST;

    /** Every household that passes the filters. Indexes: household_last_contact, household_owner. */
    static final String EVERYONE = "SELECT h.id FROM household h WHERE 1 = 1<filters>" + RECENT_FIRST
            + " LIMIT :limit OFFSET :offset";

    /** A term's households as {@link #NAME_TERMS} reads them, for sorting by last contact. */
    record TermRow(String term, long householdId, String lastContactAt) {
    }

    /** Takes the rows of one term at a time (all of them); false when it wants no more. */
    interface TermGroups {
        boolean take(List<TermRow> rows);
    }

    private final Handle handle;
    private final boolean sqlite;

    /** {@code sqlite}: the handle is on an SQLite file (else on a PostgreSQL server). */
    DirectoryDao(Handle handle, boolean sqlite) {
        this.handle = handle;
        this.sqlite = sqlite;
    }

    /**
     * Reads one weight's terms that start with {@code text} and come after {@code after} (null: from the
     * first), a term at a time, and hands each term's rows to {@code groups}. Stops at a term with more
     * than {@code most} rows and returns it, so that its households can be read in order by a query of
     * their own; returns null when the terms ran out or {@code groups} wanted no more.
     */
    String nameTerms(int weight, String text, String after, SearchFilters filters, int most, TermGroups groups) {
        Query q = query(after == null ? NAME_TERMS : NAME_TERMS_AFTER, filters).bind("weight", weight)
                .bind("from", after == null ? text : after).bind("to", upperBound(text));
        try (ResultIterator<TermRow> rows = q.map((rs, ctx) -> new TermRow(rs.getString(1), rs.getLong(2),
                rs.getString(3))).iterator()) {
            List<TermRow> group = new ArrayList<>();
            while (rows.hasNext()) {
                TermRow row = rows.next();
                if (!group.isEmpty() && !group.get(0).term().equals(row.term())) {
                    if (!groups.take(group)) {
                        return null;
                    }
                    group = new ArrayList<>();
                }
                group.add(row);
                if (group.size() > most) {
                    return row.term();
                }
            }
            if (!group.isEmpty()) {
                groups.take(group);
            }
            return null;
        }
    }

    /** How many households (up to {@code most}) have a term, from the index alone. */
    int termSize(int weight, String term, int most) {
        return handle.createQuery(NAME_TERM_COUNT).bind("weight", weight).bind("term", term).bind("most", most)
                .mapTo(Integer.class).one();
    }

    /** The households of one term, newest contact first, sorted by SQLite. */
    void nameTermSorted(int weight, String term, SearchFilters filters, LongPredicate take) {
        feed(query(NAME_TERM_SORTED, filters).bind("weight", weight).bind("term", term), take);
    }

    /** The households of one term, newest contact first, through the households' last-contact index. */
    void nameTermByRecency(int weight, String term, SearchFilters filters, LongPredicate take) {
        feed(query(NAME_TERM_BY_RECENCY, filters).bind("weight", weight).bind("term", term), take);
    }

    void phoneExact(String number, SearchFilters filters, LongPredicate take) {
        feed(query(PHONE_EXACT, filters).bind("from", number), take);
    }

    /** Numbers that end with the digits whose reverse is {@code suffixKey}, newest contact first. */
    void phoneTail(String suffixKey, SearchFilters filters, int most, LongPredicate take) {
        phoneRange(PHONE_TAIL_COUNT, PHONE_TAIL, PHONE_TAIL_BY_RECENCY, suffixKey, filters, most, take);
    }

    void phoneStart(String prefix, SearchFilters filters, int most, LongPredicate take) {
        phoneRange(PHONE_START_COUNT, PHONE_START, PHONE_START_BY_RECENCY, prefix, filters, most, take);
    }

    void phoneAnywhere(String digits, SearchFilters filters, LongPredicate take) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("digits only: " + digits);
        }
        feed(query(sqlite ? PHONE_ANYWHERE : PHONE_ANYWHERE_SERVER, filters).bind("pattern", "%" + digits + "%"),
                take);
    }

    List<Long> everyone(SearchFilters filters, int limit, int offset) {
        return query(EVERYONE, filters).bind("limit", limit).bind("offset", offset).mapTo(Long.class).list();
    }

    /**
     * The smallest text greater than every text that starts with {@code prefix}: the prefix followed by
     * U+10FFFF, which sorts after every character (in UTF-8, as SQLite compares, U+FFFF would not: a
     * name with a rare character beyond it would be missed).
     */
    static String upperBound(String prefix) {
        return prefix + "\uDBFF\uDFFF";
    }

    /**
     * A few matching numbers are sorted by last contact; many are read newest first through the
     * households' index, each household asked whether it has one, until the caller has enough.
     */
    private void phoneRange(String countSql, String sortedSql, String byRecencySql, String from,
            SearchFilters filters, int most, LongPredicate take) {
        String to = upperBound(from);
        int count = handle.createQuery(countSql).bind("from", from).bind("to", to).bind("most", most + 1)
                .mapTo(Integer.class).one();
        String sql = count > most ? byRecencySql : sortedSql;
        feed(query(sql, filters).bind("from", from).bind("to", to), take);
    }

    private Query query(String sql, SearchFilters filters) {
        Query q = handle.createQuery(sql.replace("<filters>", filters.sql()));
        filters.bind(q);
        return q;
    }

    private static void feed(Query q, LongPredicate take) {
        try (ResultIterator<Long> ids = q.mapTo(Long.class).iterator()) {
            while (ids.hasNext()) {
                if (!take.test(ids.next())) {
                    return;
                }
            }
        }
    }
}
