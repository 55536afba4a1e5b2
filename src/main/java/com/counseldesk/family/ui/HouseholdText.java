package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import java.time.LocalDate;

/** How a household reads on screen, the same on the desk card, in search results and on the family page. */
public final class HouseholdText {
    private HouseholdText() {
    }

    /** "张小明（初二，实验中学）、张小红（三年级）". */
    public static String students(HouseholdCard card, I18n i18n, LocalDate today) {
        return i18n.list(card.students().stream().map(s -> student(s, i18n, today)));
    }

    public static String student(Student s, I18n i18n, LocalDate today) {
        String grade = i18n.label(s.gradeOn(today));
        String detail = s.school().isEmpty() ? grade : i18n.t("family.student.gradeSchool", grade, s.school());
        return i18n.t("family.student.line", s.name(), detail);
    }

    /** "王芳（母亲）138 1234 5678；张强（父亲）139 …". */
    public static String contacts(HouseholdCard card, I18n i18n) {
        return i18n.groups(card.contacts().stream().map(c -> contact(c, i18n)));
    }

    public static String contact(Contact c, I18n i18n) {
        String name = c.name().isEmpty() ? i18n.t("family.contact.unnamed") : c.name();
        String phones = i18n.list(c.phones().stream().map(p -> p.phone().display()));
        return i18n.t("family.contact.line", name, i18n.label(c.relation()), phones);
    }

    public static String mainPhone(HouseholdCard card) {
        ContactPhone p = card.mainPhone();
        return p == null ? "" : p.phone().display();
    }

    /** The owner as the ownership rule sees it: none, a name, or a name marked inactive. */
    public static String owner(HouseholdCard card, I18n i18n) {
        if (card.ownerName() == null) {
            return i18n.t("family.owner.none");
        }
        return card.ownerActive() ? card.ownerName() : i18n.t("family.owner.inactive", card.ownerName());
    }

    /** The household as the desk's card shows it while a phone is typed: students, contacts, owner, last contact. */
    public static String card(HouseholdCard c, I18n i18n, LocalDate today) {
        return i18n.t("walkin.household", students(c, i18n, today), contacts(c, i18n), owner(c, i18n),
                lastContact(c, i18n));
    }

    public static String lastContact(HouseholdCard card, I18n i18n) {
        return card.household().lastContactAt() == null ? i18n.t("family.lastContact.never")
                : Formats.dateTime(card.household().lastContactAt());
    }
}
