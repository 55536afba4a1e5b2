package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Household;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.Subject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hotline sheet (热线登记表) as typed during a call: the phone first, then what was learned — the
 * student's name, gender, grade and school, how each subject stands and which ones they want, the
 * learning attitude, the parent's name and relation, the district, the needs that stand out, and a
 * free-text summary. Only the phone is required (people hang up); each field's rule is a static
 * method here, which the form checks as it is typed.
 */
public record CallSheet(Phone phone, String studentName, Gender gender, Grade grade, String school,
        List<SubjectNote> subjects, String attitude, ContactDetails parent, String district, String needs,
        String summary) {
    public static final String STUDENT_NAME = StudentDetails.NAME;
    public static final String ATTITUDE = "attitude";
    public static final String NEEDS = "needs";
    public static final String SUMMARY = "summary";
    public static final String SUBJECTS = "subjects";
    public static final int ATTITUDE_MAX = 200;
    public static final int NEEDS_MAX = Text.LONG_MAX;
    public static final int SUMMARY_MAX = 2000;

    public CallSheet {
        if (phone == null) {
            throw new ValidationException(Phone.FIELD, "error.required");
        }
        studentName = studentName(studentName);
        gender = gender == null ? Gender.UNKNOWN : gender;
        grade = grade == null ? Grade.UNKNOWN : grade;
        school = StudentDetails.school(school);
        subjects = subjects(subjects);
        attitude = attitude(attitude);
        parent = parent == null ? new ContactDetails("", null) : parent;
        district = Household.district(district);
        needs = needs(needs);
        summary = summary(summary);
    }

    /** A sheet with only the number (the caller hung up, or it was an advert). */
    public static CallSheet onlyPhone(Phone phone) {
        return new CallSheet(phone, "", null, null, "", List.of(), "", null, "", "", "");
    }

    /** The student's name may be left open on the phone; when given, it follows the name rule. */
    public static String studentName(String typed) {
        return Text.optional(STUDENT_NAME, typed, Text.NAME_MAX);
    }

    public static String attitude(String typed) {
        return Text.optional(ATTITUDE, typed, ATTITUDE_MAX);
    }

    public static String needs(String typed) {
        return Text.optional(NEEDS, typed, NEEDS_MAX);
    }

    public static String summary(String typed) {
        return Text.optional(SUMMARY, typed, SUMMARY_MAX);
    }

    /** The subjects said something of, each once, in the order of {@link Subject}; the ones left empty are dropped. */
    static List<SubjectNote> subjects(List<SubjectNote> notes) {
        if (notes == null) {
            return List.of();
        }
        Set<Subject> seen = EnumSet.noneOf(Subject.class);
        for (SubjectNote n : notes) {
            if (n != null && !seen.add(n.subject())) {
                throw new ValidationException(SUBJECTS, "error.call.subjectTwice", n.subject());
            }
        }
        return notes.stream().filter(n -> n != null && !n.isEmpty())
                .sorted(Comparator.comparing(SubjectNote::subject)).toList();
    }

    /** The student as the household's records take them, when a name was given. */
    public Optional<StudentDetails> student() {
        return studentName.isEmpty() ? Optional.empty()
                : Optional.of(new StudentDetails(studentName, gender, grade, school));
    }

    /** The subjects the family wants tutoring in. */
    public List<Subject> wanted() {
        return subjects.stream().filter(SubjectNote::wanted).map(SubjectNote::subject).toList();
    }
}
