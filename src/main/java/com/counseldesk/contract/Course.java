package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.family.Subject;
import java.time.LocalDate;
import java.util.List;

/**
 * A course or package of the catalogue with its list price on the day asked for ({@code price}, valid
 * from {@code priceFrom}; null when it had none yet that day).
 */
public record Course(long id, String name, CourseKind kind, List<Subject> subjects, int classHours, Fen price,
        LocalDate priceFrom, boolean active) {
    public Course {
        subjects = List.copyOf(subjects);
    }
}
