package com.counseldesk.report;

/**
 * One column of a detail sheet: its header (a bundle key), what its values are, and its width in
 * characters. {@code label} is the enum whose labels a stored name is shown by.
 */
record Column(String header, Type type, int width, Class<? extends Enum<?>> label) {
    /** What a column holds, and so how its cells are written. */
    enum Type {
        /** A record's number, as a whole number. */
        ID,
        TEXT,
        /** A stored enum name, shown by its label. */
        LABEL,
        /** Stored enum names joined by commas, shown by their labels. */
        LABELS,
        /** 1 or 0, shown as 是 / 否. */
        FLAG,
        COUNT,
        /** Seconds, shown as minutes with one decimal. */
        MINUTES,
        MONEY,
        DATE,
        DATE_TIME
    }

    static Column of(String header, Type type, int width) {
        return new Column(header, type, width, null);
    }

    static Column label(String header, Class<? extends Enum<?>> label, int width) {
        return new Column(header, Type.LABEL, width, label);
    }

    static Column labels(String header, Class<? extends Enum<?>> label, int width) {
        return new Column(header, Type.LABELS, width, label);
    }
}
