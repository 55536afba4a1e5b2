package com.counseldesk.walkin;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Family;
import com.counseldesk.family.FamilyCard;
import com.counseldesk.family.FamilyDao;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Ownership;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffDao;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Walk-in registration (来访登记): finds the family by phone, applies the ownership rule and stores
 * the family and its visit as one transaction.
 */
public class RegistrationService {
    private static final int SUGGESTIONS = 5;
    private final Database db;
    private final Clock clock;

    public RegistrationService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<FamilyCard> findByPhone(Phone phone) {
        return db.read(h -> h.attach(FamilyDao.class).findCardByPhone(phone));
    }

    public Optional<FamilyCard> findById(long familyId) {
        return db.read(h -> h.attach(FamilyDao.class).findCardById(familyId));
    }

    /** Families whose number starts with what has been typed so far (at least four digits). */
    public List<FamilyCard> suggest(String typed) {
        String prefix = Phone.searchPrefix(typed);
        if (prefix.length() < 4) {
            return List.of();
        }
        return db.read(h -> h.attach(FamilyDao.class).findCardsByPhonePrefix(prefix, prefix + "~", SUGGESTIONS));
    }

    /** Registers one visit; a known phone attaches it to that family and never creates a second one. */
    public Registration registerWalkIn(WalkIn in, Long receivedBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        return db.inTransaction(h -> {
            Staff counselor = activeCounselor(h, in.counselorId());
            FamilyDao families = h.attach(FamilyDao.class);
            Optional<FamilyCard> known = families.findCardByPhone(in.phone());
            checkReferrer(families, in, known);
            long familyId;
            long ownerId;
            String ownerName;
            boolean ownerKept;
            if (known.isPresent()) {
                FamilyCard card = known.get();
                Family f = card.family();
                Long currentOwner = card.ownerActive() ? f.ownerId() : null;
                familyId = f.id();
                ownerId = Ownership.ownerFor(currentOwner, counselor.id());
                ownerKept = Ownership.isTakeOver(currentOwner, counselor.id());
                ownerName = ownerKept ? card.ownerName() : counselor.name();
                updateDetails(families, f, in);
                families.updateOwnerAndStage(familyId, ownerId, f.stage().afterVisit());
            } else {
                ownerId = Ownership.ownerFor(null, counselor.id());
                ownerName = counselor.name();
                ownerKept = false;
                familyId = families.insert(in.studentName(), in.gender(), in.grade(), in.school(), in.parentName(),
                        in.parentRelation(), in.phone(), in.channel(), in.referrerFamilyId(), ownerId,
                        Stage.VISITED, now, receivedBy);
            }
            long visitId = h.attach(VisitDao.class).insert(familyId, in.channel(), now, receivedBy, counselor.id(),
                    in.whoCame(), in.purpose());
            return new Registration(familyId, visitId, known.isEmpty(), ownerId, ownerName, ownerKept);
        });
    }

    public List<VisitRow> todaysVisits() {
        LocalDate today = LocalDate.now(clock);
        return db.read(h -> h.attach(VisitDao.class)
                .arrivedBetween(today.atStartOfDay(), today.plusDays(1).atStartOfDay()));
    }

    public List<VisitRow> visitsOf(long familyId) {
        return db.read(h -> h.attach(VisitDao.class).byFamily(familyId));
    }

    /** Moves a visit to waiting, in consultation or left; leaving records the time. */
    public VisitRow setStatus(long visitId, VisitStatus status) {
        LocalDateTime leftAt = status == VisitStatus.LEFT ? LocalDateTime.now(clock) : null;
        return db.inTransaction(h -> {
            VisitDao visits = h.attach(VisitDao.class);
            if (visits.updateStatus(visitId, status, leftAt) != 1) {
                throw new IllegalArgumentException("No visit " + visitId);
            }
            return visits.findRow(visitId).orElseThrow();
        });
    }

    /** What the desk typed replaces the record; what it left blank keeps what the office knew. */
    private static void updateDetails(FamilyDao families, Family f, WalkIn in) {
        families.updateDetails(f.id(), in.studentName(),
                in.gender() == Gender.UNKNOWN ? f.gender() : in.gender(),
                in.grade() == Grade.UNKNOWN ? f.grade() : in.grade(),
                in.school().isEmpty() ? f.school() : in.school(),
                in.parentName().isEmpty() ? f.parentName() : in.parentName(),
                in.parentRelation() == Relation.UNKNOWN ? f.parentRelation() : in.parentRelation());
    }

    private static Staff activeCounselor(Handle h, long id) {
        return h.attach(StaffDao.class).findById(id)
                .filter(s -> s.active() && s.role().consults())
                .orElseThrow(() -> new ValidationException("counselor", "error.counselor.invalid"));
    }

    private static void checkReferrer(FamilyDao families, WalkIn in, Optional<FamilyCard> known) {
        Long referrer = in.referrerFamilyId();
        if (referrer == null) {
            return;
        }
        if (families.findById(referrer).isEmpty()) {
            throw new ValidationException("referrer", "error.referrer.unknown");
        }
        if (known.isPresent() && known.get().family().id() == referrer) {
            throw new ValidationException("referrer", "error.referrer.self");
        }
    }
}
