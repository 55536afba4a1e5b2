package com.counseldesk.hotline;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's duty rotation as every PC shows it: the order, who takes the next inbound call (null when
 * nobody: no order set, or everyone away) and in which round, and whether the person asking may set
 * the order. {@code arranged} is false until someone set the day's order.
 */
public record DutyBoard(LocalDate day, boolean arranged, List<DutyLine> order, Long nextStaffId, String nextName,
        int round, boolean mayArrange) {
    public DutyBoard {
        order = List.copyOf(order);
    }

    /** Whether this person is on the day's order. */
    public boolean isOnDuty(long staffId) {
        return order.stream().anyMatch(l -> l.staffId() == staffId);
    }
}
