package com.counseldesk.walkin.ui;

import java.util.List;

/**
 * A day's visitor list as the board shows it: its title, the columns' headers and each row's cells
 * as they read. What is copied and what is printed.
 */
record DayList(String title, List<String> headers, List<List<String>> rows) {
    DayList {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The title, the headers and a line per visitor, tab-separated: what a spreadsheet takes. */
    String tabSeparated() {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.join("\t", headers)).append('\n');
        rows.forEach(r -> out.append(String.join("\t", r)).append('\n'));
        return out.toString();
    }
}
