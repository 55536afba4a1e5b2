package com.counseldesk.family;

import java.util.List;
import java.util.function.LongPredicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;

/**
 * The directory's queries. Each match query hands over household ids best first and is read only
 * as far as the caller wants (a page), so a text that matches 40,000 households costs what 50 do.
 * A household may come more than once (once per matching term or phone); the caller keeps the
 * first. User text only ever travels as a bound parameter; the SQL is made of the fixed pieces
 * below, with the filters that are set.
 */
final class DirectoryDao {
    /** Newest contact first; never contacted last (NULLS LAST, as SQLite puts them by itself). */
    static final String RECENT_FIRST = " ORDER BY h.last_contact_at DESC NULLS LAST, h.id DESC";

    /**
     * One weight's terms that start with the text, in term order (the exact term first, since it is
     * the smallest), each term's households newest contact first. Index: search_term_rank.
     */
    static final String NAME_MATCHES = "SELECT t.household_id FROM search_term t"
            + " JOIN household h ON h.id = t.household_id"
            + " WHERE t.weight = :weight AND t.term >= :from AND t.term < :to<filters>"
            + " ORDER BY t.term, h.last_contact_at DESC NULLS LAST, h.id DESC";

    private static final String PHONE_MATCHES = "SELECT p.household_id FROM phone p"
            + " JOIN household h ON h.id = p.household_id WHERE p.active = 1 AND <match><filters>" + RECENT_FIRST;

    /** The whole number. Index: phone_number_active. */
    static final String PHONE_EXACT = PHONE_MATCHES.replace("<match>", "p.number = :number");
    /** The number ends with the digits (尾号): its reversed digits start with them reversed. Index: phone_number_rev. */
    static final String PHONE_TAIL = PHONE_MATCHES.replace("<match>", "p.number_rev >= :from AND p.number_rev < :to");
    /** The number starts with the digits. Index: phone_number_active. */
    static final String PHONE_START = PHONE_MATCHES.replace("<match>", "p.number >= :from AND p.number < :to");
    /**
     * The digits anywhere in the number, through the trigram index phone_digits. The pattern is
     * '%' + digits + '%' where the digits were checked to be 0–9 only, so it has no wildcard of the
     * user's; it is bound like every other value.
     */
    static final String PHONE_ANYWHERE = ("SELECT p.household_id FROM phone_digits d"
            + " JOIN phone p ON p.id = d.rowid JOIN household h ON h.id = p.household_id"
            + " WHERE d.number LIKE :pattern AND p.active = 1<filters>" + RECENT_FIRST);

    /** Every household that passes the filters. Indexes: household_last_contact, household_owner. */
    static final String EVERYONE = "SELECT h.id FROM household h WHERE 1 = 1<filters>" + RECENT_FIRST
            + " LIMIT :limit OFFSET :offset";

    private final Handle handle;

    DirectoryDao(Handle handle) {
        this.handle = handle;
    }

    /**
     * Hands the households of one weight whose terms start with {@code text} to {@code take}, best
     * first, until it returns false.
     */
    void nameMatches(int weight, String text, SearchFilters filters, LongPredicate take) {
        Query q = query(NAME_MATCHES, filters).bind("weight", weight).bind("from", text).bind("to", upperBound(text));
        feed(q, take);
    }

    void phoneExact(String number, SearchFilters filters, LongPredicate take) {
        feed(query(PHONE_EXACT, filters).bind("number", number), take);
    }

    void phoneTail(String suffixKey, SearchFilters filters, LongPredicate take) {
        feed(query(PHONE_TAIL, filters).bind("from", suffixKey).bind("to", upperBound(suffixKey)), take);
    }

    void phoneStart(String prefix, SearchFilters filters, LongPredicate take) {
        feed(query(PHONE_START, filters).bind("from", prefix).bind("to", upperBound(prefix)), take);
    }

    void phoneAnywhere(String digits, SearchFilters filters, LongPredicate take) {
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("digits only: " + digits);
        }
        feed(query(PHONE_ANYWHERE, filters).bind("pattern", "%" + digits + "%"), take);
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
