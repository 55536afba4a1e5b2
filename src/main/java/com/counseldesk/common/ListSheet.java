package com.counseldesk.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A list of the app (the families found, the contracts of a filter, the calls of a month) as it goes
 * into a spreadsheet: the sheet's name, the line that says which filters made it, typed columns, and
 * the rows, read while the file is written (a list of 200,000 families is never held whole). Every
 * text is already in the language of the person exporting.
 *
 * <p>A value is what its column's {@link Type} says: text ({@code String}), a whole number
 * ({@code Long} or {@code Integer}), an amount ({@link Fen}), a day ({@link LocalDate}) or a time
 * ({@link LocalDateTime}); null leaves the cell blank. The features describe their lists here; the
 * report feature writes them ({@link Writer}), so no feature depends on the spreadsheet code.
 */
public record ListSheet(String name, String filters, List<Column> columns, Rows rows) {
    public ListSheet {
        if (name == null || name.isBlank() || columns.isEmpty()) {
            throw new IllegalArgumentException("A sheet needs a name and columns");
        }
        columns = List.copyOf(columns);
    }

    /** What a column holds, and so how its cells are written and shown. */
    public enum Type {
        TEXT(String.class),
        NUMBER(Number.class),
        /** Fen, written as yuan with the ¥ format. */
        MONEY(Fen.class),
        DATE(LocalDate.class),
        DATE_TIME(LocalDateTime.class);

        private final Class<?> values;

        Type(Class<?> values) {
            this.values = values;
        }

        /** Whether {@code value} may stand in a column of this type (null always may: a blank cell). */
        public boolean takes(Object value) {
            return value == null || values.isInstance(value);
        }
    }

    /** A column: its header (in the UI's language), what it holds, its width in characters (a CJK one counts two). */
    public record Column(String header, Type type, int width) {
        public static Column text(String header, int width) {
            return new Column(header, Type.TEXT, width);
        }

        public static Column number(String header, int width) {
            return new Column(header, Type.NUMBER, width);
        }

        public static Column money(String header) {
            return new Column(header, Type.MONEY, 13);
        }

        public static Column date(String header) {
            return new Column(header, Type.DATE, 11);
        }

        public static Column dateTime(String header) {
            return new Column(header, Type.DATE_TIME, 17);
        }
    }

    /** Reads the list and hands it to {@code out}, in the order the screen shows it; runs on the export's thread. */
    @FunctionalInterface
    public interface Rows {
        void into(Out out);
    }

    /** Where a list's rows go as they are read. */
    public interface Out {
        /** How many rows are coming, for the progress bar. */
        void expect(long rows);

        /**
         * The list's totals, one value under each column (null: blank; text is bold), written above
         * the header where they stay in sight; only before the first row.
         */
        void totals(Object... values);

        /** The next row, a value for each column; stops the work here when the export was cancelled. */
        void row(Object... values);
    }

    /**
     * Writes a list into a workbook at {@code out}, whole or not at all (a cancelled or failed export
     * leaves no file); returns where it went.
     */
    @FunctionalInterface
    public interface Writer {
        Path write(ListSheet sheet, Path out, Progress progress);
    }
}
