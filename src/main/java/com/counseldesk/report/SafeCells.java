package com.counseldesk.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells that a spreadsheet program never runs as a formula. A value that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written as a text cell with the
 * quote prefix (Excel's and LibreOffice's "this is text" mark), so that it is shown and kept as typed
 * and is still text when the cell is edited or the sheet saved as CSV. Every workbook the app writes
 * puts its text through here; what counts as formula-like, and the characters a cell cannot hold, are
 * {@link SafeText}'s rule.
 */
public final class SafeCells {
    private final CellStyle quoted;

    public SafeCells(Workbook workbook) {
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    /** Writes {@code text} into column {@code column} of the row as text, never as a formula. */
    public Cell text(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        String value = text == null ? "" : SafeText.clean(text);
        cell.setCellValue(value);
        if (SafeText.looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
        return cell;
    }
}
