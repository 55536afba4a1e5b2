package com.counseldesk.report.importing;

import java.util.List;

/** A sheet of a workbook as text: its name and its rows that hold anything, in order. */
public record Sheet(String name, List<SheetRow> rows) {
    public Sheet {
        rows = List.copyOf(rows);
    }

    /** How many columns the widest row has. */
    public int width() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
