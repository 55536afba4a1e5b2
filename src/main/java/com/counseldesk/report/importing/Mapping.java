package com.counseldesk.report.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which row of the sheet holds the headers and what each column holds. Proposed from the headers
 * ({@link #guess}); the person corrects it before the import.
 */
public record Mapping(int headerRow, List<Field> columns) {
    /** How far down the header row is looked for (title rows and merged cells come first). */
    static final int HEADER_SEARCH = 30;

    public Mapping {
        columns = List.copyOf(columns);
    }

    public Field field(int column) {
        return column < columns.size() ? columns.get(column) : Field.IGNORED;
    }

    /** The first column holding this field, or -1. */
    public int columnOf(Field field) {
        return columns.indexOf(field);
    }

    public Mapping with(int column, Field field) {
        List<Field> c = new ArrayList<>(columns);
        while (c.size() <= column) {
            c.add(Field.IGNORED);
        }
        c.set(column, field);
        return new Mapping(headerRow, c);
    }

    /** The field a usable mapping lacks, if any: a row needs a phone and a date. */
    public List<Field> missing() {
        return List.of(Field.PHONE, Field.DATE).stream().filter(f -> !columns.contains(f)).toList();
    }

    /**
     * The proposal: the header row is the row among the first ones that names the most known fields
     * (at least two); each of its columns gets the field its header names, a field going to its
     * first column only.
     */
    public static Mapping guess(Sheet sheet) {
        SheetRow best = null;
        int bestCount = 1;
        for (SheetRow row : sheet.rows().subList(0, Math.min(HEADER_SEARCH, sheet.rows().size()))) {
            int count = fieldsOf(row).size();
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        if (best == null) {
            return new Mapping(sheet.rows().isEmpty() ? 0 : sheet.rows().get(0).number(),
                    List.of());
        }
        Set<Field> taken = EnumSet.noneOf(Field.class);
        List<Field> columns = new ArrayList<>();
        for (String header : best.cells()) {
            Field f = Field.ofHeader(header);
            columns.add(f != Field.IGNORED && taken.add(f) ? f : Field.IGNORED);
        }
        return new Mapping(best.number(), columns);
    }

    private static Set<Field> fieldsOf(SheetRow row) {
        Set<Field> found = EnumSet.noneOf(Field.class);
        for (String cell : row.cells()) {
            if (cell.length() <= 12) {
                found.add(Field.ofHeader(cell));
            }
        }
        found.remove(Field.IGNORED);
        return found;
    }
}
