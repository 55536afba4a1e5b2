package com.counseldesk.walkin;

import com.counseldesk.common.db.OfficeEvents;
import java.util.Optional;

/**
 * What the walk-in services tell every copy of the app on the office's database (through
 * {@code Database.announce}): a visitor registered for a counselor, or a visit changed (status,
 * correction, void). Today's board on every PC reads again; the counselor's PC also says who came.
 */
public final class VisitNews {
    static final String ARRIVAL = "arrival";
    static final String CHANGED = "visit";

    /** A visitor registered at a desk: which visit, for which counselor. */
    public record Arrival(long visitId, long counselorId) {
    }

    private VisitNews() {
    }

    static String arrival(long visitId, long counselorId) {
        return visitId + " " + counselorId;
    }

    /** The arrival this news is, if it is one. */
    public static Optional<Arrival> arrival(OfficeEvents.Event e) {
        if (!ARRIVAL.equals(e.topic())) {
            return Optional.empty();
        }
        String[] parts = e.payload().split(" ");
        try {
            return Optional.of(new Arrival(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (RuntimeException ex) {
            return Optional.empty();
        }
    }

    /** Whether this news is of a visit that changed. */
    public static boolean isChange(OfficeEvents.Event e) {
        return CHANGED.equals(e.topic());
    }
}
