package com.counseldesk.report.importing;

import java.util.List;

/** One row of a sheet as text: its number in the sheet (1 for the first) and its cells from column A. */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of a column, "" past the row's last cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
