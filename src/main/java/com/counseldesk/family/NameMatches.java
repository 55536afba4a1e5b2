package com.counseldesk.family;

import com.counseldesk.family.DirectoryDao.TermRow;
import java.util.Comparator;
import java.util.List;

/**
 * The households whose names have a term starting with the text, in the directory's order: best
 * weight first; within a weight, term by term (the exact term is the first); within a term, newest
 * contact first.
 *
 * <p>The terms come from the index in that order, so a page reads only the terms it shows. A term's
 * households are sorted by last contact as they come, as long as the term has a few; a term many
 * households share (浩然: one household in thirteen of the sample office) is read instead newest first
 * through the households' last-contact index, each asked whether it has the term, which stops after a
 * page: sorting 15,000 households took 10 ms, the walk takes well under one.
 */
final class NameMatches {
    private static final Comparator<TermRow> NEWEST_CONTACT_FIRST = Comparator
            .comparing(TermRow::lastContactAt, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Comparator.comparingLong(TermRow::householdId).reversed());

    private final DirectoryDao dao;
    private final int sortAtMost;

    /** {@code sortAtMost}: a term with more households than this is walked, not sorted. */
    NameMatches(DirectoryDao dao, int sortAtMost) {
        this.dao = dao;
        this.sortAtMost = sortAtMost;
    }

    void find(String text, SearchFilters filters, MatchPage page) {
        for (int weight = 1; weight <= SearchTerms.MAX_WEIGHT && !page.full(); weight++) {
            String after = null;
            do {
                String large = dao.nameTerms(weight, text, after, filters, sortAtMost, rows -> takeAll(rows, page));
                if (large != null) {
                    dao.nameTermByRecency(weight, large, filters, page::take);
                }
                after = large;
            } while (after != null && !page.full());
        }
    }

    private static boolean takeAll(List<TermRow> rows, MatchPage page) {
        rows.sort(NEWEST_CONTACT_FIRST);
        for (TermRow r : rows) {
            if (!page.take(r.householdId())) {
                return false;
            }
        }
        return true;
    }
}
