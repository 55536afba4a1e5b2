package com.counseldesk.office;

import com.counseldesk.common.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When the office is open, day by day of the week (a tutoring office opens after school on weekdays
 * and all day at the weekend). A day is closed, or open from one time to a later one. Stored in the
 * settings as seven entries, Monday first, each {@code HH:mm-HH:mm} or empty for a closed day.
 */
public record OfficeHours(List<Hours> days) {
    /** The settings key. */
    public static final String SETTING = "office.hours";
    /** The field of a refusal (the hours as a whole). */
    public static final String FIELD = "officeHours";
    /** Until a manager sets them: every day from 08:00 to 21:00. */
    public static final OfficeHours DEFAULT = every(new Hours(LocalTime.of(8, 0), LocalTime.of(21, 0)));

    /** One day's opening: from {@code open} to {@code close}; both null for a closed day. */
    public record Hours(LocalTime open, LocalTime close) {
        public static final Hours CLOSED = new Hours(null, null);

        public Hours {
            if ((open == null) != (close == null) || open != null && !open.isBefore(close)) {
                throw new ValidationException(FIELD, "error.officeHours.order");
            }
        }

        public boolean isClosed() {
            return open == null;
        }

        /** Whether {@code t} is within the opening: from {@code open} up to, not including, {@code close}. */
        public boolean covers(LocalTime t) {
            return !isClosed() && !t.isBefore(open) && t.isBefore(close);
        }
    }

    public OfficeHours {
        if (days == null || days.size() != DayOfWeek.values().length) {
            throw new IllegalArgumentException("Seven days, Monday first");
        }
        days = List.copyOf(days);
    }

    /** The same hours every day. */
    public static OfficeHours every(Hours hours) {
        return new OfficeHours(Collections.nCopies(DayOfWeek.values().length, hours));
    }

    public Hours on(DayOfWeek day) {
        return days.get(day.ordinal());
    }

    /** Whether the office is open at this moment. */
    public boolean covers(LocalDateTime t) {
        return on(t.getDayOfWeek()).covers(t.toLocalTime());
    }

    /** The stored text. */
    public String text() {
        return days.stream().map(h -> h.isClosed() ? "" : h.open() + "-" + h.close()).collect(Collectors.joining(","));
    }

    /** Reads the stored text; a text that makes no sense gives the default (it is the office's own setting). */
    public static OfficeHours parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != DayOfWeek.values().length) {
            return DEFAULT;
        }
        List<Hours> days = new ArrayList<>();
        try {
            for (String p : Arrays.asList(parts)) {
                if (p.isBlank()) {
                    days.add(Hours.CLOSED);
                    continue;
                }
                String[] times = p.strip().split("-");
                if (times.length != 2) {
                    return DEFAULT;
                }
                days.add(new Hours(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        } catch (DateTimeParseException | ValidationException e) {
            return DEFAULT;
        }
        return new OfficeHours(days);
    }
}
