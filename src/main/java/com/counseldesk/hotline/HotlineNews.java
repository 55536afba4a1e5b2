package com.counseldesk.hotline;

import com.counseldesk.common.db.OfficeEvents;

/**
 * What the hotline services tell every copy of the app on the office's database: the duty rotation
 * moved or was changed (the indicator reads it again), an appointment was booked or changed (the
 * desk's expected visitors and the appointment lists read again), a call was logged.
 */
public final class HotlineNews {
    static final String DUTY = "duty";
    static final String APPOINTMENT = "appointment";
    static final String CALL = "call";

    private HotlineNews() {
    }

    public static boolean isDuty(OfficeEvents.Event e) {
        return DUTY.equals(e.topic());
    }

    public static boolean isAppointment(OfficeEvents.Event e) {
        return APPOINTMENT.equals(e.topic());
    }

    public static boolean isCall(OfficeEvents.Event e) {
        return CALL.equals(e.topic());
    }
}
