package com.counseldesk.walkin;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Contact;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Households;
import com.counseldesk.family.NewHousehold;
import com.counseldesk.family.Ownership;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Student;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitDao.VisitData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Walk-in registration (来访登记): one IMMEDIATE transaction finds the household by phone (or
 * creates it, or adds the number to the household the desk chose), records which student came,
 * applies the ownership rule and stores the visit. Either all of it is stored or none.
 */
public class WalkInService {
    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final OfficeService office;

    public WalkInService(Database db, Clock clock, FamilyService families, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.office = office;
    }

    /**
     * Registers one visit. Unless {@code againToday}, a household with a visit today that is still
     * waiting or in consultation is refused with {@link AlreadyHereException}: the check runs in the
     * same transaction as the insert, so two desks saving the same family at once get one visit and
     * one question.
     */
    public Registration register(WalkIn in, Long receivedBy, boolean againToday) {
        return db.inTransaction(h -> register(h, in, receivedBy, againToday, null));
    }

    /**
     * {@link #register(WalkIn, Long, boolean)} inside the caller's transaction, the visit linked to the
     * appointment it keeps ({@code appointmentId}, null for a walk-in): the hotline's "arrived" is this
     * registration, stored with the appointment's new status in one transaction.
     */
    public Registration register(Handle h, WalkIn in, Long receivedBy, boolean againToday, Long appointmentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (receivedBy != null) {
            office.activeStaff(h, receivedBy);
        }
        Staff counselor = office.activeCounselor(h, in.counselorId());
        Households households = families.in(h);
        Optional<HouseholdCard> byPhone = households.byPhone(in.phone());
        checkReferrer(households, in, byPhone);
        HouseholdCard card;
        boolean newHousehold = false;
        if (byPhone.isPresent()) {
            if (in.attachTo() != null && in.attachTo() != byPhone.get().id()) {
                throw new ValidationException("phone", "error.phone.taken", ownerName(byPhone.get()));
            }
            card = byPhone.get();
            Contact contact = card.contactWith(in.phone());
            if (contact != null && !in.parent().name().isEmpty()) {
                households.updateContact(contact.id(), in.parent().over(contact), receivedBy);
            }
        } else if (in.attachTo() != null) {
            households.addPhone(in.attachTo(), in.parent(), in.phone(), receivedBy);
            card = households.card(in.attachTo()).orElseThrow();
        } else {
            long owner = Ownership.ownerFor(null, counselor.id());
            card = households.create(new NewHousehold(in.channel(), in.referrerHouseholdId(), in.student(),
                    in.parent(), in.phone()), owner, Stage.NEW, receivedBy);
            newHousehold = true;
        }
        if (!againToday && !newHousehold) {
            refuseIfHere(h.attach(VisitDao.class), card, now.toLocalDate());
        }
        Long ownerBefore = card.activeOwnerId();
        long studentId;
        boolean newStudent;
        if (newHousehold) {
            studentId = card.students().get(0).id();
            newStudent = true;
        } else if (in.studentId() != null || card.studentNamed(in.student().name()) != null) {
            // A "new" child whose name the household already has is that child, not a second one.
            Student s = in.studentId() != null ? card.student(in.studentId()) : card.studentNamed(in.student().name());
            if (s == null) {
                throw new ValidationException("student", "error.student.unknown");
            }
            households.updateStudent(s.id(), in.student().over(s, now.toLocalDate()), receivedBy);
            studentId = s.id();
            newStudent = false;
        } else {
            studentId = households.addStudent(card.id(), in.student(), Stage.NEW, receivedBy).id();
            newStudent = true;
        }
        Set<Long> came = new LinkedHashSet<>();
        came.add(studentId);
        came.addAll(in.alsoCame());
        HouseholdCard after = households.visited(card.id(), came, counselor.id(), receivedBy);
        VisitDao visits = h.attach(VisitDao.class);
        long visitId = visits.insert(card.id(), in.channel(), now, receivedBy, counselor.id(), in.whoCame(),
                in.purpose(), appointmentId);
        came.forEach(s -> visits.link(visitId, s));
        db.announce(h, VisitNews.ARRIVAL, VisitNews.arrival(visitId, counselor.id()));
        boolean ownerKept = Ownership.isTakeOver(ownerBefore, counselor.id());
        long ownerId = after.household().ownerId();
        return new Registration(card.id(), studentId, visitId, newHousehold, newStudent, ownerId,
                ownerName(after), ownerKept);
    }

    private static void refuseIfHere(VisitDao visits, HouseholdCard card, LocalDate today) {
        List<VisitData> open = visits.openBetween(card.id(), today.atStartOfDay(), today.plusDays(1).atStartOfDay());
        if (open.isEmpty()) {
            return;
        }
        VisitData v = open.get(open.size() - 1);
        String names = visits.students(List.of(v.id())).stream().map(l -> card.student(l.studentId()))
                .filter(Objects::nonNull).map(Student::name).collect(Collectors.joining("、"));
        throw new AlreadyHereException(v.id(), names, v.arrivedAt(), v.status());
    }

    /** The channel to propose for a household's visit: its last visit's, else 邀约上访 when it is known already. */
    public Channel proposedChannel(long householdId) {
        return db.read(h -> {
            List<VisitData> past = h.attach(VisitDao.class).byHousehold(householdId);
            return past.stream().filter(v -> v.status() != VisitStatus.VOID).map(VisitData::channel)
                    .filter(Channel.WALK_IN::contains).findFirst().orElse(Channel.INVITED);
        });
    }

    private static String ownerName(HouseholdCard card) {
        return card.ownerName() == null ? "" : card.ownerName();
    }

    private static void checkReferrer(Households households, WalkIn in, Optional<HouseholdCard> known) {
        Long referrer = in.referrerHouseholdId();
        if (referrer == null) {
            return;
        }
        if (!households.exists(referrer)) {
            throw new ValidationException("referrer", "error.referrer.unknown");
        }
        Long self = known.map(HouseholdCard::id).orElse(in.attachTo());
        if (referrer.equals(self)) {
            throw new ValidationException("referrer", "error.referrer.self");
        }
    }
}
