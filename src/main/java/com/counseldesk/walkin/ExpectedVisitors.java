package com.counseldesk.walkin;

import java.time.LocalDate;
import java.util.List;

/**
 * Where today's board finds the families expected beside those who arrived, and how it says one has
 * come. The feature that books visits (the hotline's appointments) implements it and the app hands
 * it to the desk, so that walkin knows nothing of that feature.
 */
public interface ExpectedVisitors {
    /** The visits booked for that day and not arrived yet, earliest first. */
    List<ExpectedVisitor> expectedOn(LocalDate day);

    /**
     * The family of booking {@code ref} arrived: registers their visit (channel 邀约上访, the counselor
     * who invited them) linked to the booking, as {@code receivedBy} at the desk. Unless
     * {@code againToday}, a family already waiting or in consultation is refused with
     * {@link AlreadyHereException}, as at the desk.
     */
    Registration arrived(long ref, Long receivedBy, boolean againToday);
}
