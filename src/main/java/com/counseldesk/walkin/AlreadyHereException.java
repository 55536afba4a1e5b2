package com.counseldesk.walkin;

import com.counseldesk.common.ValidationException;
import java.time.LocalDateTime;

/**
 * A registration refused because the household already has a visit today that is waiting or in
 * consultation (a stray Enter, or a second desk a moment earlier). The desk decides: register a
 * second visit anyway, or go to the one on today's board.
 */
public class AlreadyHereException extends ValidationException {
    private final long visitId;
    private final String studentNames;
    private final LocalDateTime arrivedAt;
    private final VisitStatus status;

    public AlreadyHereException(long visitId, String studentNames, LocalDateTime arrivedAt, VisitStatus status) {
        super("visit", "walkin.again." + status.name(), studentNames, arrivedAt);
        this.visitId = visitId;
        this.studentNames = studentNames;
        this.arrivedAt = arrivedAt;
        this.status = status;
    }

    public long visitId() {
        return visitId;
    }

    public String studentNames() {
        return studentNames;
    }

    public LocalDateTime arrivedAt() {
        return arrivedAt;
    }

    public VisitStatus status() {
        return status;
    }
}
