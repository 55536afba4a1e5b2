package com.counseldesk.consult;

import java.util.List;

/** The first rows of a list and whether there are more than those (the start page shows a page of each). */
public record Listed<T>(List<T> rows, boolean more) {
    public Listed {
        rows = List.copyOf(rows);
    }

    /** At most {@code limit} of {@code read}, which was asked for one more to tell whether there are more. */
    static <T> Listed<T> of(List<T> read, int limit) {
        return new Listed<>(read.size() > limit ? read.subList(0, limit) : read, read.size() > limit);
    }
}
