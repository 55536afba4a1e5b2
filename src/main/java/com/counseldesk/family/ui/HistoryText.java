package com.counseldesk.family.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Change;
import com.counseldesk.family.Contact;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.family.TimelineEntry;
import java.util.List;
import java.util.Map;

/**
 * How one row of a household's history reads: what changed ("学生 张小明 · 年级"), and the values
 * before and after as a person reads them. Values stored as enum constant names are shown by their
 * labels; numbers as they are dialled. A record of another feature (a visit) is named by its entry
 * on the timeline, whose kind is {@code timeline.<entity>}.
 */
public final class HistoryText {
    /** The fields whose values are enum constants, and the bundle prefix of their labels. */
    private static final Map<String, String> LABELLED = Map.of("gender", "gender", "grade", "grade",
            "relation", "relation", "channel", "channel", "stage", "stage", "status", "visitStatus", "intent", "intent");
    /** What each "entity.field" of the history is called; a field not listed shows its own name. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("student.added", "family.field.student.added"),
            Map.entry("student.name", "family.field.student.name"),
            Map.entry("student.gender", "family.field.student.gender"),
            Map.entry("student.grade", "family.field.student.grade"),
            Map.entry("student.school", "family.field.student.school"),
            Map.entry("student.intent", "family.field.student.intent"),
            Map.entry("student.stage", "family.field.student.stage"),
            Map.entry("contact.added", "family.field.contact.added"),
            Map.entry("contact.name", "family.field.contact.name"),
            Map.entry("contact.relation", "family.field.contact.relation"),
            Map.entry("phone.added", "family.field.phone.added"),
            Map.entry("phone.removed", "family.field.phone.removed"),
            Map.entry("household.owner", "family.field.household.owner"),
            Map.entry("visit.counselor", "family.field.visit.counselor"),
            Map.entry("visit.channel", "family.field.visit.channel"),
            Map.entry("visit.purpose", "family.field.visit.purpose"),
            Map.entry("visit.students", "family.field.visit.students"),
            Map.entry("visit.status", "family.field.visit.status"));
    /** Reasons the app writes itself are bundle keys with this prefix. */
    public static final String SYSTEM_REASON = "family.reason.";
    /** Written by the V2 upgrade for a number an earlier household already had (see V2__households.sql). */
    public static final String SHARED_NUMBER = "family.reason.sharedNumber";
    private final I18n i18n;
    private final HouseholdCard card;
    private final List<TimelineEntry> timeline;

    public HistoryText(I18n i18n, HouseholdCard card, List<TimelineEntry> timeline) {
        this.i18n = i18n;
        this.card = card;
        this.timeline = timeline;
    }

    /** "学生 张小明 · 年级". */
    public String what(Change c) {
        String fieldKey = FIELDS.get(c.entity() + "." + c.field());
        String field = fieldKey == null ? c.field() : i18n.t(fieldKey);
        return subject(c) + " · " + field;
    }

    /** "初一 → 初二"; a value that was not there reads （空）. */
    public String change(Change c) {
        return value(c, c.before()) + " → " + value(c, c.after());
    }

    /** The reason as typed, or, for a change the app made itself (an upgrade), its words from the bundle. */
    public String reason(Change c) {
        return c.reason().startsWith(SYSTEM_REASON) && i18n.has(c.reason()) ? i18n.t(c.reason()) : c.reason();
    }

    public String when(Change c) {
        return Formats.dateTime(c.at());
    }

    public String who(Change c) {
        return c.staffName() == null ? i18n.t("family.history.nobody") : c.staffName();
    }

    String value(Change c, String v) {
        if (v == null || v.isEmpty()) {
            return i18n.t("family.history.blank");
        }
        String prefix = LABELLED.get(c.field());
        if (prefix != null && i18n.has(prefix + "." + v)) {
            return i18n.t(prefix + "." + v);
        }
        if ("phone".equals(c.entity())) {
            return new Phone(v).display();
        }
        return v;
    }

    private String subject(Change c) {
        switch (c.entity()) {
            case "student" -> {
                Student s = card == null ? null : card.student(c.entityId());
                String name = s != null ? s.name() : c.after() != null ? c.after() : c.before();
                return i18n.t("family.subject.student", name == null ? "" : name);
            }
            case "contact", "phone" -> {
                return i18n.t("family.subject.contact", contactName(c.entityId()));
            }
            case "household" -> {
                return i18n.t("family.subject.household");
            }
            default -> {
                String kind = "timeline." + c.entity();
                for (TimelineEntry e : timeline) {
                    if (e.kind().equals(kind) && e.refId() == c.entityId()) {
                        return i18n.t(kind) + " " + Formats.dateTime(e.at());
                    }
                }
                return i18n.has(kind) ? i18n.t(kind) : c.entity();
            }
        }
    }

    private String contactName(long contactId) {
        Contact contact = card == null ? null
                : card.contacts().stream().filter(x -> x.id() == contactId).findFirst().orElse(null);
        return contact == null || contact.name().isEmpty() ? i18n.t("family.contact.unnamed") : contact.name();
    }
}
