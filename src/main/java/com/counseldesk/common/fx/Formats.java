package com.counseldesk.common.fx;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How times are shown on screen. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : t.format(DATE_TIME);
    }

    public static String time(LocalDateTime t) {
        return t == null ? "" : t.format(TIME);
    }
}
