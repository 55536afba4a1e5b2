package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.contract.ContractDao.ContractRow;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;

/**
 * The contract list's query: only the filters that are set, each a fixed condition with a bound value,
 * and for a counselor only the contracts they may see (credited to them, or of a household they may
 * read: their own or nobody's). The totals are summed by the database over everything the filter
 * finds, not only the rows shown.
 */
final class ContractQuery {
    private final ContractFilter filter;
    /** The counselor whose view this is, or null for someone who sees every contract. */
    private final Long counselorScope;

    ContractQuery(ContractFilter filter, Staff actor) {
        this.filter = filter;
        this.counselorScope = ContractAccess.readsAll(actor) ? null : actor.id();
    }

    /** How many contracts an export reads at once (with their courses). */
    private static final int BATCH = 500;
    private static final String ORDER = " ORDER BY c.signed_on DESC, c.id DESC";
    private static final String FROM = " FROM contract c JOIN household h ON h.id = c.household_id"
            + " LEFT JOIN staff ow ON ow.id = h.owner_id";

    ContractList run(Handle h) {
        String where = where();
        Query rows = h.createQuery(ContractDao.CONTRACT + where + ORDER + " LIMIT :limit");
        bind(rows);
        rows.bind("limit", ContractList.LIMIT + 1);
        List<Contract> found = rows.map(new ContractDao.ContractMapper()).map(ContractRow::contract).list();
        boolean more = found.size() > ContractList.LIMIT;
        List<Contract> shown = ContractService.withCourses(h, more ? found.subList(0, ContractList.LIMIT) : found);
        return new ContractList(shown, totals(h, where), more);
    }

    /**
     * Every contract the filter finds, in the list's order (not only the first {@link ContractList#LIMIT}):
     * the totals and how many first, then the contracts with their courses a batch at a time, read as
     * they go.
     */
    void each(Handle h, ContractService.Listing out) {
        String where = where();
        Query count = h.createQuery("SELECT COUNT(*)" + FROM + where);
        bind(count);
        out.start(totals(h, where), count.mapTo(Integer.class).one());
        Query rows = h.createQuery(ContractDao.CONTRACT + where + ORDER);
        bind(rows);
        try (ResultIterator<Contract> found = rows.setFetchSize(BATCH).map(new ContractDao.ContractMapper())
                .map(ContractRow::contract).iterator()) {
            List<Contract> batch = new ArrayList<>(BATCH);
            while (found.hasNext()) {
                batch.add(found.next());
                if (batch.size() == BATCH || !found.hasNext()) {
                    out.contracts(ContractService.withCourses(h, batch));
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
    }

    /** The totals of everything the filter finds, void contracts left out, summed by the database. */
    private ContractTotals totals(Handle h, String where) {
        Query sums = h.createQuery("SELECT COUNT(*) AS n, COALESCE(SUM(c.due_fen), 0) AS signed,"
                + " COALESCE(SUM(c.paid_fen), 0) AS received, COALESCE(SUM(c.refunded_fen), 0) AS refunded,"
                + " COALESCE(SUM(CASE WHEN c.status = 'ACTIVE' THEN c.due_fen - c.paid_fen ELSE 0 END), 0) AS owed"
                + FROM + where + " AND c.status <> 'VOID'");
        bind(sums);
        return sums.map((rs, ctx) -> new ContractTotals(rs.getInt("n"), Fen.of(rs.getLong("signed")),
                Fen.of(rs.getLong("received")), Fen.of(rs.getLong("refunded")), Fen.of(rs.getLong("owed")))).one();
    }

    /** " WHERE 1 = 1" and the conditions of the filters that are set. */
    private String where() {
        StringBuilder b = new StringBuilder(" WHERE 1 = 1");
        if (filter.month() != null) {
            b.append(" AND c.signed_on >= :from AND c.signed_on < :before");
        }
        if (filter.counselorId() != null) {
            b.append(" AND c.counselor_id = :counselorId");
        }
        if (filter.status() != null) {
            b.append(" AND c.status = :status");
        }
        if (filter.courseId() != null) {
            b.append(" AND EXISTS (SELECT 1 FROM contract_course cc WHERE cc.contract_id = c.id"
                    + " AND cc.course_id = :courseId)");
        }
        if (filter.unpaidOnly()) {
            b.append(" AND c.status = 'ACTIVE' AND c.paid_fen < c.due_fen");
        }
        if (counselorScope != null) {
            b.append(" AND (c.counselor_id = :me OR h.owner_id = :me OR h.owner_id IS NULL OR ow.active = 0)");
        }
        return b.toString();
    }

    private void bind(Query q) {
        if (filter.month() != null) {
            q.bind("from", filter.month().atDay(1));
            q.bind("before", filter.month().plusMonths(1).atDay(1));
        }
        if (filter.counselorId() != null) {
            q.bind("counselorId", filter.counselorId());
        }
        if (filter.status() != null) {
            q.bind("status", filter.status());
        }
        if (filter.courseId() != null) {
            q.bind("courseId", filter.courseId());
        }
        if (counselorScope != null) {
            q.bind("me", counselorScope);
        }
    }
}
