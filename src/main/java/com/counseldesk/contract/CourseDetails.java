package com.counseldesk.contract;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a manager types for a catalogue item: its name, kind, subjects and class hours. */
public record CourseDetails(String name, CourseKind kind, Set<Subject> subjects, int classHours) {
    public static final String NAME = "courseName";
    public static final String KIND = "courseKind";
    public static final String SUBJECTS = "courseSubjects";
    public static final int NAME_MAX = 60;

    public CourseDetails {
        name = Text.required(NAME, name, NAME_MAX);
        if (kind == null) {
            throw new ValidationException(KIND, "error.required");
        }
        if (subjects == null || subjects.isEmpty()) {
            throw new ValidationException(SUBJECTS, "error.course.subjects");
        }
        subjects = Set.copyOf(EnumSet.copyOf(subjects));
        if (classHours <= 0 || classHours > Terms.MAX_HOURS) {
            throw new ValidationException(Terms.HOURS, "error.contract.hours", Terms.MAX_HOURS);
        }
    }

    List<Subject> subjectList() {
        return EnumSet.copyOf(subjects).stream().toList();
    }
}
