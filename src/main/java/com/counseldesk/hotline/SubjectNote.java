package com.counseldesk.hotline;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;

/**
 * One subject on the hotline sheet: how it stands (科目情况: "78/120, careless in calculation") and
 * whether the family wants tutoring in it (想辅导的科目).
 */
public record SubjectNote(Subject subject, String standing, boolean wanted) {
    public static final String STANDING = "standing";
    public static final int STANDING_MAX = 200;

    public SubjectNote {
        if (subject == null) {
            throw new ValidationException("subject", "error.required");
        }
        standing = standing(standing);
    }

    public static String standing(String typed) {
        return Text.optional(STANDING, typed, STANDING_MAX);
    }

    /** Whether the sheet says anything about this subject. */
    public boolean isEmpty() {
        return standing.isEmpty() && !wanted;
    }
}
