package com.counseldesk.family;

import org.jdbi.v3.core.statement.Query;

/**
 * A query's filters as SQL conditions on the household {@code h}: only the filters that are set,
 * each a fixed piece with a bound value, so that the planner sees no "or the filter is empty".
 */
final class SearchFilters {
    private final SearchQuery query;

    SearchFilters(SearchQuery query) {
        this.query = query;
    }

    /** The conditions, each starting with " AND ", or "" when no filter is set. */
    String sql() {
        StringBuilder b = new StringBuilder();
        if (query.ownerId() != null) {
            b.append(" AND h.owner_id = :ownerId");
        }
        if (query.channel() != null) {
            b.append(" AND h.channel = :channel");
        }
        if (query.firstContactFrom() != null) {
            b.append(" AND h.first_contact_at >= :firstFrom");
        }
        if (query.firstContactTo() != null) {
            b.append(" AND h.first_contact_at < :firstBefore");
        }
        if (query.stage() != null) {
            b.append(" AND EXISTS (SELECT 1 FROM student s WHERE s.household_id = h.id AND s.stage = :stage)");
        }
        if (query.intent() != null) {
            b.append(" AND EXISTS (SELECT 1 FROM student s WHERE s.household_id = h.id AND s.intent = :intent)");
            if (query.intentReader() != null) {
                b.append(" AND (h.owner_id = :intentReader OR h.owner_id IS NULL)");
            }
        }
        return b.toString();
    }

    /** Binds the values of the conditions {@link #sql()} wrote. */
    void bind(Query q) {
        if (query.ownerId() != null) {
            q.bind("ownerId", query.ownerId());
        }
        if (query.channel() != null) {
            q.bind("channel", query.channel());
        }
        if (query.firstContactFrom() != null) {
            q.bind("firstFrom", query.firstContactFrom().atStartOfDay());
        }
        if (query.firstContactTo() != null) {
            // Times are stored as text: the day after, at midnight, is the first time not on or before it.
            q.bind("firstBefore", query.firstContactTo().plusDays(1).atStartOfDay());
        }
        if (query.stage() != null) {
            q.bind("stage", query.stage());
        }
        if (query.intent() != null) {
            q.bind("intent", query.intent());
            if (query.intentReader() != null) {
                q.bind("intentReader", query.intentReader());
            }
        }
    }
}
