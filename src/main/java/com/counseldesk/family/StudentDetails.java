package com.counseldesk.family;

import com.counseldesk.common.Text;
import java.time.LocalDate;

/** A student's details as a person typed them: the name is required, the rest may be left open. */
public record StudentDetails(String name, Gender gender, Grade grade, String school) {
    public static final String NAME = "studentName";
    public static final String SCHOOL = "school";

    public StudentDetails {
        name = name(name);
        school = school(school);
        gender = gender == null ? Gender.UNKNOWN : gender;
        grade = grade == null ? Grade.UNKNOWN : grade;
    }

    /** The rule for a student's name (forms check it as it is typed). */
    public static String name(String typed) {
        return Text.required(NAME, typed, Text.NAME_MAX);
    }

    /**
     * What was typed replaces the record; what was left blank keeps what the office knew of the
     * student (the grade as it is on {@code day}).
     */
    public StudentDetails over(Student s, LocalDate day) {
        return new StudentDetails(name, gender == Gender.UNKNOWN ? s.gender() : gender,
                grade == Grade.UNKNOWN ? s.gradeOn(day) : grade, school.isEmpty() ? s.school() : school);
    }

    public static String school(String typed) {
        return Text.optional(SCHOOL, typed, Text.SHORT_MAX);
    }
}
