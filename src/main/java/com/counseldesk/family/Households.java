package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.HouseholdDao.ContactRow;
import com.counseldesk.family.HouseholdDao.HouseholdRow;
import com.counseldesk.family.HouseholdDao.PhoneRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The household records inside one transaction: other features (the desk, later the hotline and
 * contracts) open their transaction and work on households through this, so that a visit and the
 * household it changes are stored together. Every change of a stored detail is written to the
 * household's history with who made it.
 */
public final class Households {
    private final HouseholdDao dao;
    private final LocalDateTime now;

    Households(Handle handle, LocalDateTime now) {
        this.dao = handle.attach(HouseholdDao.class);
        this.now = now;
    }

    // --- reading ------------------------------------------------------------------------------

    public Optional<HouseholdCard> byPhone(Phone phone) {
        return dao.householdWithNumber(phone.base().value()).flatMap(this::card);
    }

    public Optional<HouseholdCard> card(long id) {
        List<HouseholdCard> cards = cards(List.of(id));
        return cards.isEmpty() ? Optional.empty() : Optional.of(cards.get(0));
    }

    /** The households with these ids, in the order given; unknown ids are left out. */
    public List<HouseholdCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Student>> students = dao.studentsOf(ids).stream()
                .collect(Collectors.groupingBy(Student::householdId));
        Map<Long, List<ContactPhone>> phones = dao.phonesOf(ids).stream()
                .collect(Collectors.groupingBy(PhoneRow::contactId,
                        Collectors.mapping(p -> new ContactPhone(p.id(), p.contactId(), p.phone(), p.main()),
                                Collectors.toList())));
        Map<Long, List<Contact>> contacts = dao.contactsOf(ids).stream()
                .map(c -> new Contact(c.id(), c.householdId(), c.name(), c.relation(), c.main(),
                        phones.getOrDefault(c.id(), List.of())))
                .collect(Collectors.groupingBy(Contact::householdId));
        Map<Long, HouseholdRow> rows = new LinkedHashMap<>();
        dao.households(ids).forEach(r -> rows.put(r.household().id(), r));
        List<HouseholdCard> out = new ArrayList<>();
        for (Long id : ids) {
            HouseholdRow r = rows.get(id);
            if (r != null && out.stream().noneMatch(c -> c.id() == id)) {
                out.add(new HouseholdCard(r.household(), students.getOrDefault(id, List.of()),
                        contacts.getOrDefault(id, List.of()), r.ownerName(), r.ownerActive()));
            }
        }
        return out;
    }

    /** Households one of whose numbers starts with these digits (the stored form's prefix). */
    public List<HouseholdCard> byNumberPrefix(String prefix, int limit) {
        List<Long> ids = dao.householdsByNumberPrefix(prefix, prefix + "~", limit * 2).stream().distinct()
                .limit(limit).toList();
        return cards(ids);
    }

    /** Households with a contact of exactly this name, newest first. */
    public List<HouseholdCard> withContactNamed(String name, int limit) {
        return cards(dao.householdsWithContactNamed(name, limit));
    }

    public boolean exists(long householdId) {
        return dao.exists(householdId) > 0;
    }

    public List<Long> referredBy(long householdId) {
        return dao.referredBy(householdId);
    }

    public List<Change> history(long householdId) {
        return dao.changes(householdId);
    }

    // --- writing ------------------------------------------------------------------------------

    /** A new household with its first student and contact; refuses a number that is another household's. */
    public HouseholdCard create(NewHousehold in, Long ownerId, Stage stage, Long by) {
        refuseTakenNumber(in.phone(), null);
        if (in.referredBy() != null && !exists(in.referredBy())) {
            throw new ValidationException("referrer", "error.referrer.unknown");
        }
        long id = dao.insertHousehold(ownerId, in.channel(), in.referredBy(), "", now, by);
        insertStudent(id, in.student(), stage);
        long contact = dao.insertContact(id, in.contact().name(), in.contact().relation(), true, now);
        insertPhone(id, contact, in.phone(), true);
        reindex(id, List.of());
        return card(id).orElseThrow();
    }

    /** Adds a child to a household. */
    public Student addStudent(long householdId, StudentDetails details, Stage stage, Long by) {
        HouseholdCard before = card(householdId).orElseThrow(() -> new ValidationException("household",
                "error.household.unknown"));
        long id = insertStudent(householdId, details, stage);
        log(householdId, "student", id, "added", null, details.name(), "", by);
        reindex(before);
        return dao.student(id).orElseThrow();
    }

    /**
     * Adds a number to a household: to the contact of that name if there is one, else to a new contact.
     * Refuses a number that belongs to another household, naming that household's owner.
     */
    public Contact addPhone(long householdId, ContactDetails person, Phone phone, Long by) {
        refuseTakenNumber(phone, householdId);
        HouseholdCard card = card(householdId).orElseThrow(() -> new ValidationException("household",
                "error.household.unknown"));
        if (card.contactWith(phone) != null) {
            return card.contactWith(phone);
        }
        Contact same = person.name().isEmpty() ? null : card.contacts().stream()
                .filter(c -> c.name().equals(person.name())).findFirst().orElse(null);
        long contactId;
        if (same != null) {
            contactId = same.id();
        } else {
            contactId = dao.insertContact(householdId, person.name(), person.relation(), card.contacts().isEmpty(),
                    now);
            log(householdId, "contact", contactId, "added", null, person.name(), "", by);
        }
        boolean firstPhone = same == null || same.phones().isEmpty();
        insertPhone(householdId, contactId, phone, firstPhone);
        log(householdId, "phone", contactId, "added", null, phone.value(), "", by);
        reindex(card);
        return card(householdId).orElseThrow().contacts().stream().filter(c -> c.id() == contactId).findFirst()
                .orElseThrow();
    }

    /**
     * Adds a number to this contact. Refuses a number that belongs to another household (naming
     * only that household's owner) or to another contact of this one.
     */
    public Contact addPhoneTo(long contactId, Phone phone, Long by) {
        ContactRow c = dao.contact(contactId).orElseThrow(() -> new ValidationException("contact",
                "error.contact.unknown"));
        refuseTakenNumber(phone, c.householdId());
        HouseholdCard card = card(c.householdId()).orElseThrow();
        Contact holder = card.contactWith(phone);
        if (holder != null && holder.id() != contactId) {
            throw new ValidationException(Phone.FIELD, "error.phone.otherContact", holder.name());
        }
        if (holder == null) {
            boolean first = card.contacts().stream().filter(x -> x.id() == contactId)
                    .allMatch(x -> x.phones().isEmpty());
            insertPhone(c.householdId(), contactId, phone, first);
            log(c.householdId(), "phone", contactId, "added", null, phone.value(), "", by);
        }
        return card(c.householdId()).orElseThrow().contacts().stream().filter(x -> x.id() == contactId)
                .findFirst().orElseThrow();
    }

    /** Stops using a number (kept in the history); a contact's last number can be removed too. */
    public void removePhone(long phoneId, Long by) {
        PhoneRow p = dao.phone(phoneId).orElseThrow(() -> new ValidationException(Phone.FIELD,
                "error.phone.unknown"));
        dao.deactivatePhone(phoneId);
        log(p.householdId(), "phone", p.contactId(), "removed", p.phone().value(), null, "", by);
    }

    /**
     * Replaces a student's details; every field that changed goes to the history. The grade is
     * compared with the grade shown today: when it was kept, it keeps moving on with the school years.
     */
    public void updateStudent(long studentId, StudentDetails d, Long by) {
        Student s = dao.student(studentId).orElseThrow(() -> new ValidationException("student",
                "error.student.unknown"));
        HouseholdCard before = card(s.householdId()).orElseThrow();
        Grade shown = s.gradeOn(now.toLocalDate());
        boolean gradeKept = shown == d.grade();
        dao.updateStudent(studentId, d.name(), d.gender(), gradeKept ? s.grade() : d.grade(),
                gradeKept ? s.gradeYear() : SchoolYear.of(now.toLocalDate()), d.school());
        long h = s.householdId();
        log(h, "student", studentId, "name", s.name(), d.name(), "", by);
        log(h, "student", studentId, "gender", s.gender().name(), d.gender().name(), "", by);
        log(h, "student", studentId, "grade", shown.name(), d.grade().name(), "", by);
        log(h, "student", studentId, "school", s.school(), d.school(), "", by);
        if (!s.name().equals(d.name())) {
            reindex(before);
        }
    }

    /** Replaces a contact's name and relation, with history. */
    public void updateContact(long contactId, ContactDetails d, Long by) {
        ContactRow c = dao.contact(contactId).orElseThrow(() -> new ValidationException("contact",
                "error.contact.unknown"));
        HouseholdCard before = card(c.householdId()).orElseThrow();
        dao.updateContact(contactId, d.name(), d.relation());
        log(c.householdId(), "contact", contactId, "name", c.name(), d.name(), "", by);
        log(c.householdId(), "contact", contactId, "relation", c.relation().name(), d.relation().name(), "", by);
        if (!c.name().equals(d.name())) {
            reindex(before);
        }
    }

    /**
     * A visit by these students: the household's owner follows the ownership rule (an active owner
     * stays; otherwise the counselor who received them), the students move on in the pipeline, and
     * the last contact is now. Returns the household as it stands afterwards.
     */
    public HouseholdCard visited(long householdId, Collection<Long> studentIds, long counselorId, Long by) {
        HouseholdCard card = card(householdId).orElseThrow();
        long owner = Ownership.ownerFor(card.activeOwnerId(), counselorId);
        if (!Objects.equals(card.household().ownerId(), owner)) {
            setOwner(card, owner, "", by);
        }
        for (Long id : studentIds) {
            Student s = card.student(id);
            if (s == null) {
                throw new ValidationException("student", "error.student.unknown");
            }
            if (s.stage() != s.stage().afterVisit()) {
                dao.updateStage(id, s.stage().afterVisit());
            }
        }
        dao.touchLastContact(householdId, now);
        return card(householdId).orElseThrow();
    }

    /** The household was in touch (a call, say): its last contact is now, unless a later one is on record. */
    public void contacted(long householdId) {
        dao.touchLastContact(householdId, now);
    }

    /** An appointment was booked for this student: a new lead is invited now (a later stage stays). */
    public void invited(long studentId) {
        Student s = dao.student(studentId).orElseThrow(() -> new ValidationException("student",
                "error.student.unknown"));
        if (s.stage() != s.stage().afterInvitation()) {
            dao.updateStage(studentId, s.stage().afterInvitation());
        }
    }

    /**
     * A contract was signed for this student: the student is signed now (the change in the household's
     * history, as any other field's), and the household's last contact is now.
     */
    public void signed(long studentId, Long by) {
        Student s = dao.student(studentId).orElseThrow(() -> new ValidationException("student",
                "error.student.unknown"));
        if (s.stage() != Stage.SIGNED) {
            dao.updateStage(studentId, Stage.SIGNED);
            log(s.householdId(), "student", studentId, "stage", s.stage().name(), Stage.SIGNED.name(), "", by);
        }
        dao.touchLastContact(s.householdId(), now);
    }

    /** Sets where the household lives (住址/区域), with history; a blank district keeps the one on record. */
    public void setDistrict(long householdId, String district, Long by) {
        String d = Household.district(district);
        HouseholdCard card = card(householdId).orElseThrow(() -> new ValidationException("household",
                "error.household.unknown"));
        if (d.isEmpty() || d.equals(card.household().district())) {
            return;
        }
        dao.updateDistrict(householdId, d);
        log(householdId, "household", householdId, "district", card.household().district(), d, "", by);
    }

    /** Gives a household to another owner and records it (who may do so is FamilyService's rule). */
    void setOwner(HouseholdCard card, long ownerId, String reason, Long by) {
        dao.updateOwner(card.id(), ownerId);
        String after = card(card.id()).orElseThrow().ownerName();
        log(card.id(), "household", card.id(), "owner", card.ownerName(), after, reason, by);
    }

    /** Writes one change to the household's history when the value really changed. */
    public void log(long householdId, String entity, long entityId, String field, String before, String after,
            String reason, Long by) {
        if (Objects.equals(before, after)) {
            return;
        }
        dao.insertChange(householdId, entity, entityId, field, before, after, reason == null ? "" : reason, by, now);
    }

    /**
     * Brings the household's search terms in line with its names after a change: the terms of the
     * names as they were ({@code before}, null for a new household) are replaced by those of now.
     */
    private void reindex(HouseholdCard before) {
        reindex(before.id(), SearchTerms.of(before));
    }

    private void reindex(long householdId, Collection<SearchTerm> old) {
        Collection<SearchTerm> now = SearchTerms.of(card(householdId).orElseThrow());
        List<SearchTerm> gone = old.stream().filter(t -> !now.contains(t)).toList();
        List<SearchTerm> added = now.stream().filter(t -> !old.contains(t)).toList();
        if (!gone.isEmpty()) {
            dao.deleteTerms(householdId, gone);
        }
        if (!added.isEmpty()) {
            dao.insertTerms(householdId, added);
        }
    }

    private long insertStudent(long householdId, StudentDetails d, Stage stage) {
        return dao.insertStudent(householdId, d.name(), d.gender(), d.grade(), SchoolYear.of(now.toLocalDate()),
                d.school(), stage, now);
    }

    private void insertPhone(long householdId, long contactId, Phone phone, boolean main) {
        dao.insertPhone(householdId, contactId, phone.base().value(), phone.extension(), phone.suffixKey(), main, now);
    }

    private void refuseTakenNumber(Phone phone, Long forHousehold) {
        Optional<Long> holder = dao.householdWithNumber(phone.base().value());
        if (holder.isPresent() && !holder.get().equals(forHousehold)) {
            HouseholdCard other = card(holder.get()).orElseThrow();
            String owner = other.ownerName() == null ? "" : other.ownerName();
            throw new ValidationException(Phone.FIELD, "error.phone.taken", owner);
        }
    }
}
