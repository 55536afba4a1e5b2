package com.counseldesk.hotline;

import java.util.List;

/** The calls a filter finds, latest first (at most {@link #LIMIT} of them), and how many it finds in all. */
public record CallList(List<CallLine> rows, int count) {
    public static final int LIMIT = 500;

    public CallList {
        rows = List.copyOf(rows);
    }

    /** Whether the filter found more calls than the list holds. */
    public boolean more() {
        return count > rows.size();
    }
}
