package com.counseldesk.common.fx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import javafx.util.StringConverter;

/**
 * Days as people type them into a date field: 2026-11-27, 2026/11/27, 2026.11.27, 20261127 or
 * 2026年11月27日, months and days with or without their leading zero. Shown as 2026-11-27.
 */
public final class DateText {
    private static final List<DateTimeFormatter> TYPED = List.of(
            pattern("uuuu-M-d"), pattern("uuuu/M/d"), pattern("uuuu.M.d"), pattern("uuuuMMdd"),
            pattern("uuuu年M月d日"));

    private DateText() {
    }

    /** The day typed, or null for a blank text; throws {@link DateTimeException} for anything else. */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        for (DateTimeFormatter f : TYPED) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        throw new DateTimeException("Not a date: " + typed);
    }

    /**
     * The month typed ({@code 2026-11}, {@code 2026/11}, {@code 2026.11}, {@code 2026-1}), or null for a
     * blank text; throws {@link DateTimeException} for anything else.
     */
    public static YearMonth month(String typed) {
        String t = typed == null ? "" : typed.strip().replace('/', '-').replace('.', '-');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return YearMonth.parse(t.length() == 6 && t.charAt(4) == '-' ? t.substring(0, 5) + "0" + t.charAt(5) : t);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("Not a month: " + typed, e);
        }
    }

    public static String format(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /**
     * A date picker's converter that leaves what was typed on screen when it is not a date. The
     * picker puts its value's text back into the field when it loses the focus; with a plain converter
     * a mistyped day would vanish with its message instead of staying to be corrected.
     */
    public static StringConverter<LocalDate> keepingTypedText() {
        return new StringConverter<>() {
            private String unreadable = "";

            @Override
            public String toString(LocalDate day) {
                return day == null ? unreadable : format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate day = parse(text);
                    unreadable = "";
                    return day;
                } catch (DateTimeException e) {
                    unreadable = text;
                    return null;
                }
            }
        };
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }
}
