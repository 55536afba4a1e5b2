package com.counseldesk.hotline;

/**
 * Where a booked visit stands: booked, arrived (the visit registered at the desk), no-show,
 * cancelled, rescheduled (a new appointment took its place; this one is kept). Labels:
 * {@code appointmentStatus.<NAME>}.
 */
public enum AppointmentStatus {
    BOOKED, ARRIVED, NO_SHOW, CANCELLED, RESCHEDULED
}
