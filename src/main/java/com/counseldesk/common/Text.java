package com.counseldesk.common;

/** The rules every free-text field shares: trimmed, bounded, required or not. Any script is accepted. */
public final class Text {
    public static final int NAME_MAX = 40;
    public static final int SHORT_MAX = 60;
    public static final int LONG_MAX = 500;

    private Text() {
    }

    /** Trims and checks a required value; refuses blank, over-long or control-character text. */
    public static String required(String field, String value, int max) {
        String v = clean(value);
        if (v.isEmpty()) {
            throw new ValidationException(field, "error.required");
        }
        return checked(field, v, max);
    }

    /** Trims an optional value; blank becomes the empty string. */
    public static String optional(String field, String value, int max) {
        return checked(field, clean(value), max);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }

    private static String checked(String field, String v, int max) {
        if (v.codePointCount(0, v.length()) > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        if (v.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "error.controlChars");
        }
        return v;
    }
}
