package com.counseldesk.family;

import com.counseldesk.family.DirectoryDao.TermRow;
import java.util.Comparator;
import java.util.List;

/**
 * The households whose names have a term starting with the text, in the directory's order: best
 * weight first; within a weight, term by term (the exact term is the first); within a term, newest
 * contact first.
 *
 * <p>The terms come from the index in that order, so a page reads only the terms it shows. How a
 * term's households are put in order depends on how many share it:
 * <ul>
 * <li>a few (up to {@link Sizes#readAtMost}) are read with the terms and sorted here;
 * <li>more (up to {@link Sizes#sortAtMost}) are read by a query of their own that SQLite sorts: 王 or
 * whr has hundreds, and reading them all out to sort them took twice as long as the whole page;
 * <li>many more (浩然: one household in thirteen of the sample office) are read newest first
 * through the households' last-contact index, each asked whether it has the term, which stops after
 * a page: sorting 15,000 households took 10 ms, the walk takes well under one.
 * </ul>
 */
final class NameMatches {
    private static final Comparator<TermRow> NEWEST_CONTACT_FIRST = Comparator
            .comparing(TermRow::lastContactAt, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Comparator.comparingLong(TermRow::householdId).reversed());

    /** Up to how many households a term is sorted here, and up to how many by SQLite; beyond, walked. */
    record Sizes(int readAtMost, int sortAtMost) {
        /** The directory's: a term of 40 households is sorted here, one of 2,000 by SQLite. */
        static final Sizes DEFAULT = new Sizes(40, 2_000);
    }

    private final DirectoryDao dao;
    private final Sizes sizes;

    NameMatches(DirectoryDao dao, Sizes sizes) {
        this.dao = dao;
        this.sizes = sizes;
    }

    void find(String text, SearchFilters filters, MatchPage page) {
        for (int weight = 1; weight <= SearchTerms.MAX_WEIGHT && !page.full(); weight++) {
            String after = null;
            do {
                String large = dao.nameTerms(weight, text, after, filters, sizes.readAtMost(),
                        rows -> takeAll(rows, page));
                if (large != null) {
                    if (dao.termSize(weight, large, sizes.sortAtMost() + 1) > sizes.sortAtMost()) {
                        dao.nameTermByRecency(weight, large, filters, page::take);
                    } else {
                        dao.nameTermSorted(weight, large, filters, page::take);
                    }
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
