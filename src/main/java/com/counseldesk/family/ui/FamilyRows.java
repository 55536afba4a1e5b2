package com.counseldesk.family.ui;

import com.counseldesk.common.ListSheet.Column;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The families' list as a sheet: the search list's columns (students, contacts, owner, main phone,
 * last contact, stage) and what a list on paper also wants — the number of the family, grades and
 * schools, the other phones, channel, district, first contact. Phones are text, contacts' days are
 * days and times.
 */
final class FamilyRows {
    private FamilyRows() {
    }

    static List<Column> columns(I18n i18n) {
        return List.of(Column.number(i18n.t("search.export.col.id"), 8),
                Column.text(i18n.t("search.col.students"), 16),
                Column.text(i18n.t("search.export.col.grades"), 10),
                Column.text(i18n.t("search.export.col.schools"), 16),
                Column.text(i18n.t("search.col.stage"), 10),
                Column.text(i18n.t("search.export.col.contacts"), 18),
                Column.text(i18n.t("search.col.phone"), 15),
                Column.text(i18n.t("search.export.col.otherPhones"), 22),
                Column.text(i18n.t("search.col.owner"), 12),
                Column.text(i18n.t("search.export.col.channel"), 11),
                Column.text(i18n.t("search.export.col.district"), 12),
                Column.dateTime(i18n.t("search.export.col.firstContact")),
                Column.dateTime(i18n.t("search.col.lastContact")));
    }

    static Object[] row(HouseholdCard card, I18n i18n, LocalDate today) {
        ContactPhone main = card.mainPhone();
        return new Object[] {card.id(),
                card.studentNames(),
                i18n.list(card.students().stream().map(s -> i18n.label(s.gradeOn(today)))),
                i18n.list(card.students().stream().map(Student::school).filter(s -> !s.isEmpty()).distinct()),
                i18n.list(card.students().stream().map(Student::stage).distinct().map(i18n::label)),
                i18n.list(card.contacts().stream().map(c -> contact(c, i18n))),
                main == null ? null : main.phone().display(),
                i18n.list(card.contacts().stream().flatMap(c -> c.phones().stream())
                        .filter(p -> !Objects.equals(p, main)).map(p -> p.phone().display())),
                HouseholdText.owner(card, i18n),
                i18n.label(card.household().channel()),
                card.household().district(),
                card.household().firstContactAt(),
                card.household().lastContactAt()};
    }

    /** "王丽（母亲）". */
    private static String contact(Contact c, I18n i18n) {
        return i18n.t("search.export.contact", c.name().isEmpty() ? i18n.t("family.contact.unnamed") : c.name(),
                i18n.label(c.relation()));
    }
}
