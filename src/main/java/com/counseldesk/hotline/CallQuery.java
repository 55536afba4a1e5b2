package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Columns;
import com.counseldesk.consult.Access;
import com.counseldesk.office.Staff;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The call list's query (热线记录): only the filters that are set, each a fixed condition with a bound
 * value, and only the calls the person asking may see. Who sees which calls follows the owner rule of
 * the consultation records ({@link Access}), as a call's sheet says what a family needs: a manager sees
 * every call; a counselor the calls they took or made, the calls of the families whose records they
 * read (their own, nobody's, a departed counselor's) and the calls of numbers that gave no name (nobody's
 * yet); anyone else (the front desk) the calls they took.
 */
final class CallQuery {
    private static final String SELECT = "SELECT c.id, c.started_at, c.kind, s.name AS taken_by_name, c.household_id,"
            + " COALESCE(NULLIF(c.student_name, ''), (SELECT st.name FROM student st WHERE st.id = c.student_id),"
            + " (SELECT st.name FROM student st WHERE st.household_id = c.household_id ORDER BY st.id LIMIT 1), '')"
            + " AS student, COALESCE(NULLIF(c.parent_name, ''), (SELECT ct.name FROM contact ct"
            + " WHERE ct.household_id = c.household_id ORDER BY ct.is_main DESC, ct.id LIMIT 1), '') AS parent,"
            + " c.phone, c.duration_s, c.outcome, c.needs, c.summary";
    private static final String FROM = " FROM call c JOIN staff s ON s.id = c.taken_by"
            + " LEFT JOIN household h ON h.id = c.household_id LEFT JOIN staff ow ON ow.id = h.owner_id";
    private static final String ORDER = " ORDER BY c.started_at DESC, c.id DESC";

    private final CallFilter filter;
    private final Staff actor;

    CallQuery(CallFilter filter, Staff actor) {
        this.filter = filter;
        this.actor = actor;
    }

    /** The latest {@link CallList#LIMIT} calls, and how many the filter finds. */
    CallList run(Handle h) {
        String where = where();
        Query rows = h.createQuery(SELECT + FROM + where + ORDER + " LIMIT :limit");
        bind(rows);
        rows.bind("limit", CallList.LIMIT);
        List<CallLine> found = rows.map(CallQuery::line).list();
        return new CallList(found, count(h, where));
    }

    /** Every call the filter finds, read as it goes. */
    void each(Handle h, CallService.Listing out) {
        String where = where();
        out.count(count(h, where));
        Query rows = h.createQuery(SELECT + FROM + where + ORDER);
        bind(rows);
        try (ResultIterator<CallLine> found = rows.setFetchSize(500).map(CallQuery::line).iterator()) {
            found.forEachRemaining(out::call);
        }
    }

    private int count(Handle h, String where) {
        Query count = h.createQuery("SELECT COUNT(*)" + FROM + where);
        bind(count);
        return count.mapTo(Integer.class).one();
    }

    /** " WHERE 1 = 1" and the conditions of the filters that are set and of who is asking. */
    private String where() {
        StringBuilder b = new StringBuilder(" WHERE 1 = 1");
        if (filter.month() != null) {
            b.append(" AND c.started_at >= :from AND c.started_at < :before");
        }
        if (filter.takenBy() != null) {
            b.append(" AND c.taken_by = :takenBy");
        }
        if (filter.inbound() != null) {
            b.append(filter.inbound() ? " AND c.kind = 'INBOUND'" : " AND c.kind <> 'INBOUND'");
        }
        if (filter.outcome() != null) {
            b.append(" AND c.outcome = :outcome");
        }
        if (!Access.readsEveryHousehold(actor)) {
            b.append(Access.consults(actor)
                    ? " AND (c.taken_by = :me OR h.owner_id IS NULL OR h.owner_id = :me OR ow.active = 0)"
                    : " AND c.taken_by = :me");
        }
        return b.toString();
    }

    private void bind(Query q) {
        if (filter.month() != null) {
            q.bind("from", filter.month().atDay(1).atStartOfDay());
            q.bind("before", filter.month().plusMonths(1).atDay(1).atStartOfDay());
        }
        if (filter.takenBy() != null) {
            q.bind("takenBy", filter.takenBy());
        }
        if (filter.outcome() != null) {
            q.bind("outcome", filter.outcome());
        }
        if (!Access.readsEveryHousehold(actor)) {
            q.bind("me", actor.id());
        }
    }

    private static CallLine line(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CallLine(rs.getLong("id"), Columns.time(rs, "started_at"), CallKind.valueOf(rs.getString("kind")),
                rs.getString("taken_by_name"), Columns.nullableLong(rs, "household_id"), rs.getString("student"),
                rs.getString("parent"), new Phone(rs.getString("phone")), rs.getInt("duration_s"),
                CallOutcome.valueOf(rs.getString("outcome")), rs.getString("needs"), rs.getString("summary"));
    }
}
