package com.counseldesk.hotline;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.Msg;
import java.util.List;

/**
 * A booking not stored because something about its time deserves a second look: the counselor has
 * another appointment then, or the office is closed. The form shows the warnings; booking again with
 * them confirmed stores it.
 */
public class BookingWarnings extends ValidationException {
    private final transient List<Msg> warnings;

    public BookingWarnings(List<Msg> warnings) {
        super(Booking.STARTS_AT, warnings.get(0).key(), warnings.get(0).args());
        this.warnings = List.copyOf(warnings);
    }

    public List<Msg> warnings() {
        return warnings;
    }
}
