package com.counseldesk.family;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The households of one page as the matches come, best first: each household once (at its first,
 * best, match), the first {@code offset} skipped, and full once the page has its households.
 */
final class MatchPage {
    private final Set<Long> seen = new LinkedHashSet<>();
    private final int offset;
    private final int wanted;

    MatchPage(int offset, int limit) {
        this.offset = offset;
        this.wanted = offset + limit;
    }

    /** Takes a household (unless it came already); false once the page is full. */
    boolean take(long householdId) {
        if (!full()) {
            seen.add(householdId);
        }
        return !full();
    }

    boolean full() {
        return seen.size() >= wanted;
    }

    List<Long> ids() {
        List<Long> all = new ArrayList<>(seen);
        return all.subList(Math.min(offset, all.size()), all.size());
    }
}
