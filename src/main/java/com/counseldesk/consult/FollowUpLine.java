package com.counseldesk.consult;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A follow-up as a list shows it, with the family it concerns: the student's name (or the students'
 * of the household when it is about the whole family), the main contact and their number.
 */
public record FollowUpLine(FollowUp followUp, String students, String contact, Phone phone) {

    static FollowUpLine of(FollowUp f, HouseholdCard card) {
        Contact main = card.mainContact();
        ContactPhone phone = card.mainPhone();
        return new FollowUpLine(f, students(card, f.studentId()), main == null ? "" : main.name(),
                phone == null ? null : phone.phone());
    }

    /** Whom a record is about: the student's name, or the household's students' when it names none. */
    static String students(HouseholdCard card, Long studentId) {
        Student s = studentId == null ? null : card.student(studentId);
        return s != null ? s.name() : card.studentNames();
    }

    /**
     * The follow-ups {@code actor} may read, each with its family from {@code cards} (keyed by
     * household id); the others are left out.
     */
    static List<FollowUpLine> readable(Staff actor, List<FollowUp> followUps, Map<Long, HouseholdCard> cards) {
        List<FollowUpLine> out = new ArrayList<>();
        for (FollowUp f : followUps) {
            HouseholdCard card = cards.get(f.householdId());
            if (card != null && Access.readsInFull(actor, card.activeOwnerId())) {
                out.add(of(f, card));
            }
        }
        return out;
    }

    public long householdId() {
        return followUp.householdId();
    }
}
