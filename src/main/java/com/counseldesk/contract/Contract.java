package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.family.Subject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A contract as stored: whose (household, student), who is credited, what for (courses, subjects),
 * its {@link Terms}, what was paid and refunded so far, its days and status.
 */
public record Contract(long id, String number, long householdId, long studentId, String studentName,
        long counselorId, String counselorName, List<ContractCourse> courses, List<Subject> subjects, Terms terms,
        Fen paid, Fen refunded, LocalDate signedOn, LocalDate startsOn, ContractStatus status, String remarks,
        String createdByName, LocalDateTime createdAt) {
    public Contract {
        courses = List.copyOf(courses);
        subjects = List.copyOf(subjects);
    }

    /** What is still owed (应收未收): due less paid, for an active contract; nothing once it is closed. */
    public Fen outstanding() {
        return status.isOpen() ? terms.due().minus(paid) : Fen.ZERO;
    }

    /** What was paid and not given back. */
    public Fen kept() {
        return paid.minus(refunded);
    }

    /** The most that may be refunded now: what was paid and not yet given back. */
    public Fen refundable() {
        return kept();
    }

    /** The courses' names joined: "初二数学 + 英语提高". */
    public String courseNames() {
        return String.join(" + ", courses.stream().map(ContractCourse::name).toList());
    }
}
