package com.counseldesk.contract;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A contract as the counselor records it when the family signs: for which student, the courses and
 * subjects, the money ({@link Terms}), the counselor credited, the number (blank: the next one of the
 * office's format), the days and remarks, and the first payment if one was made on the spot (null).
 */
public record NewContract(Long studentId, List<Long> courseIds, Set<Subject> subjects, Terms terms, Long counselorId,
        String number, LocalDate signedOn, LocalDate startsOn, String remarks, NewPayment firstPayment) {
    public static final String STUDENT = "student";
    public static final String COURSES = "courses";
    public static final String SUBJECTS = "subjects";
    public static final String COUNSELOR = "counselor";
    public static final String NUMBER = "number";
    public static final String SIGNED_ON = "signedOn";
    public static final String STARTS_ON = "startsOn";
    public static final String REMARKS = "remarks";

    public NewContract {
        if (studentId == null) {
            throw new ValidationException(STUDENT, "error.required");
        }
        if (courseIds == null || courseIds.isEmpty()) {
            throw new ValidationException(COURSES, "error.contract.courses");
        }
        courseIds = List.copyOf(courseIds);
        if (courseIds.stream().distinct().count() != courseIds.size()) {
            throw new ValidationException(COURSES, "error.contract.courseTwice");
        }
        subjects = subjects == null || subjects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subjects));
        if (terms == null) {
            throw new ValidationException(Terms.PRICE, "error.required");
        }
        if (counselorId == null) {
            throw new ValidationException(COUNSELOR, "error.required");
        }
        number = ContractNumbers.typed(number);
        if (signedOn == null) {
            throw new ValidationException(SIGNED_ON, "error.required");
        }
        if (startsOn != null && startsOn.isBefore(signedOn)) {
            throw new ValidationException(STARTS_ON, "error.contract.startsBeforeSigned");
        }
        remarks = Text.optional(REMARKS, remarks, Text.LONG_MAX);
        if (firstPayment != null && firstPayment.amount().exceeds(terms.due())) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.over", terms.due());
        }
    }
}
