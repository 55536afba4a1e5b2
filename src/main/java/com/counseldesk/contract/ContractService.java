package com.counseldesk.contract;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.contract.ContractDao.ContractRow;
import com.counseldesk.contract.ContractDao.CourseLine;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Subject;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Contracts (签单 / 合同 / 收费): recorded when a family signs, with the first payment on the spot; then
 * payments until nothing is owed, and completed, refunded or voided. Each action is one transaction
 * that reads the person acting and the household as stored then ({@link ContractAccess}); a contract
 * and its first payment are stored together or not at all. Nothing is deleted or overwritten: the
 * contract's terms never change after signing, and every payment, refund and change of status is a
 * history row with who and when. Signing moves the student to the signed stage, in the household's
 * history.
 */
public class ContractService {
    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final OfficeService office;

    public ContractService(Database db, Clock clock, FamilyService families, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.office = office;
    }

    // --- the contract number ----------------------------------------------------------------------

    /** The office's format of contract numbers. */
    public ContractNumbers numbers() {
        return db.read(this::numbers);
    }

    private ContractNumbers numbers(Handle h) {
        return ContractNumbers.of(office.option(h, ContractNumbers.SETTING).orElse(ContractNumbers.DEFAULT));
    }

    /** A manager sets the format of the numbers given from now on. */
    public ContractNumbers setNumberFormat(long actorId, String format) {
        ContractNumbers numbers = ContractNumbers.of(format);
        return db.inTransaction(h -> {
            if (office.activeStaff(h, actorId).role() != Role.MANAGER) {
                throw new ValidationException(ContractNumbers.FIELD, "error.numberFormat.managerOnly");
            }
            office.setOption(h, ContractNumbers.SETTING, numbers.format());
            return numbers;
        });
    }

    /** The number the next contract signed on {@code day} would get (the form shows it; it is not reserved). */
    public String nextNumber(LocalDate day) {
        return db.read(h -> next(h, numbers(h), day, false));
    }

    /** The next free number of the day's period; {@code take}: and count it as given. */
    private static String next(Handle h, ContractNumbers numbers, LocalDate day, boolean take) {
        ContractDao dao = h.attach(ContractDao.class);
        String period = numbers.period(day);
        int seq = dao.lastSeq(period).orElse(0) + 1;
        String number = numbers.number(day, seq);
        // A number typed by hand may have taken one of the format's: go on to the next free one.
        while (dao.numberCount(number) > 0) {
            number = numbers.number(day, ++seq);
        }
        if (number.length() > ContractNumbers.NUMBER_MAX) {
            throw new ValidationException(ContractNumbers.FIELD, "error.numberFormat.long");
        }
        if (take) {
            dao.setLastSeq(period, seq);
        }
        return number;
    }

    // --- signing ----------------------------------------------------------------------------------

    /** Whether {@code actorId} may record a contract for this household (the family page's 签单 button). */
    public boolean maySign(long actorId, long householdId) {
        return db.read(h -> {
            Staff actor = office.staff(h, actorId).orElse(null);
            return families.in(h).card(householdId).map(c -> ContractAccess.signs(actor, c.activeOwnerId()))
                    .orElse(false);
        });
    }

    /**
     * Records a contract for a student of the household, with its first payment when one was made: all
     * of it, the student's move to signed and its history, or none. Returns the new contract's page.
     */
    public ContractPage sign(long actorId, long householdId, NewContract in) {
        LocalDateTime now = now();
        if (in.signedOn().isAfter(now.toLocalDate())) {
            throw new ValidationException(NewContract.SIGNED_ON, "error.contract.signedFuture");
        }
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            HouseholdCard card = families.in(h).card(householdId)
                    .orElseThrow(() -> new ValidationException("household", "error.household.unknown"));
            ContractAccess.require(ContractAccess.signs(actor, card.activeOwnerId()));
            if (card.student(in.studentId()) == null) {
                throw new ValidationException(NewContract.STUDENT, "error.student.unknown");
            }
            Staff counselor = office.staff(h, in.counselorId()).filter(s -> s.active() && s.role().consults())
                    .orElseThrow(() -> new ValidationException(NewContract.COUNSELOR, "error.counselor.invalid"));
            List<Course> courses = courses(h, in.courseIds(), in.signedOn());
            Set<Subject> subjects = new LinkedHashSet<>(in.subjects());
            if (subjects.isEmpty()) {
                courses.forEach(c -> subjects.addAll(c.subjects()));
            }
            ContractDao dao = h.attach(ContractDao.class);
            String number = in.number();
            if (number.isEmpty()) {
                number = next(h, numbers(h), in.signedOn(), true);
            } else if (dao.numberCount(number) > 0) {
                throw new ValidationException(NewContract.NUMBER, "error.contract.numberTaken", number);
            }
            Terms t = in.terms();
            long id = dao.insert(number, householdId, in.studentId(), counselor.id(),
                    Subjects.text(subjects),
                    t.classHours(), t.priceKind(), t.unitPrice() == null ? null : t.unitPrice().value(),
                    t.price().value(), t.discountKind(), t.percentHundredths(), t.discount().value(),
                    t.discountReason(), t.due().value(), in.signedOn(), in.startsOn(), in.remarks(), actor.id(), now);
            int position = 0;
            for (Course c : courses) {
                dao.insertCourse(id, position++, c.id(), c.name(), c.classHours(),
                        c.price() == null ? 0 : c.price().value());
            }
            dao.insertEvent(id, now, actor.id(), EventAction.SIGNED, t.due().value(), null, null, "");
            families.in(h).signed(in.studentId(), actor.id());
            if (in.firstPayment() != null) {
                pay(h, actor, id, in.firstPayment(), now);
            }
            db.announce(h, ContractNews.CONTRACT, String.valueOf(id));
            return page(h, actor, id);
        });
    }

    /** The courses chosen, as the catalogue has them on the signing day; an inactive one is refused. */
    private static List<Course> courses(Handle h, List<Long> ids, LocalDate day) {
        CourseDao dao = h.attach(CourseDao.class);
        List<Course> out = new ArrayList<>();
        for (long id : ids) {
            Course c = dao.find(id, day).filter(Course::active)
                    .orElseThrow(() -> new ValidationException(NewContract.COURSES, "error.contract.courseInactive"));
            out.add(c);
        }
        return out;
    }

    // --- money ------------------------------------------------------------------------------------

    /** Money received for an active contract (定金, 分期, 尾款): never more than is still owed. */
    public ContractPage pay(long actorId, long contractId, NewPayment payment) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            readable(h, actor, contractId);
            pay(h, actor, contractId, payment, now);
            db.announce(h, ContractNews.CONTRACT, String.valueOf(contractId));
            return page(h, actor, contractId);
        });
    }

    private static void pay(Handle h, Staff actor, long contractId, NewPayment p, LocalDateTime now) {
        ContractDao dao = h.attach(ContractDao.class);
        Contract c = dao.find(contractId).orElseThrow().contract();
        if (!c.status().isOpen()) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.closed", c.status());
        }
        if (p.paidOn().isAfter(now.toLocalDate())) {
            throw new ValidationException(NewPayment.PAID_ON, "error.payment.future");
        }
        Fen owed = c.outstanding();
        if (p.amount().exceeds(owed)) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.over", owed);
        }
        if (dao.receiptCount(p.receiptNo()) > 0) {
            throw new ValidationException(NewPayment.RECEIPT, "error.payment.receiptTaken", p.receiptNo());
        }
        PaymentKind kind = PaymentKind.of(c.paid(), p.amount(), c.terms().due());
        long paymentId = dao.insertPayment(contractId, kind, p.method(), p.amount().value(), p.receiptNo(), p.paidOn(),
                actor.id(), now);
        if (dao.addMoney(contractId, p.amount().value(), 0) != 1) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.closed", c.status());
        }
        dao.insertEvent(contractId, now, actor.id(), EventAction.PAID, p.amount().value(), paymentId, null, "");
    }

    /**
     * 退费: gives back part or all of what was paid and not given back, approved by a manager, with the
     * reason; the contract ends as refunded.
     */
    public ContractPage refund(long actorId, long contractId, Refund r) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            ContractRow row = changeable(h, actor, contractId);
            Contract c = row.contract();
            c.status().checkMoveTo(ContractStatus.REFUNDED);
            if (r.amount().exceeds(c.refundable())) {
                throw new ValidationException(Refund.AMOUNT, "error.refund.over", c.refundable());
            }
            if (r.on().isAfter(now.toLocalDate()) || r.on().isBefore(c.signedOn())) {
                throw new ValidationException(NewPayment.PAID_ON, "error.refund.day");
            }
            Staff approver = office.staff(h, r.approvedBy()).filter(s -> s.active() && s.role() == Role.MANAGER)
                    .orElseThrow(() -> new ValidationException(Refund.APPROVED_BY, "error.refund.approver"));
            ContractDao dao = h.attach(ContractDao.class);
            long paymentId = dao.insertPayment(contractId, PaymentKind.REFUND, r.method(), r.amount().value(), null,
                    r.on(), actor.id(), now);
            dao.addMoney(contractId, 0, r.amount().value());
            close(dao, contractId, ContractStatus.REFUNDED, c.status());
            dao.insertEvent(contractId, now, actor.id(), EventAction.REFUNDED, r.amount().value(), paymentId,
                    approver.id(), r.reason());
            db.announce(h, ContractNews.CONTRACT, String.valueOf(contractId));
            return page(h, actor, contractId);
        });
    }

    /** 作废: a contract recorded by mistake, before any money was taken; a manager's, with the reason. */
    public ContractPage voidContract(long actorId, long contractId, String reason) {
        String why = Text.required(ContractStatus.FIELD, reason, Text.LONG_MAX);
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            ContractRow row = readable(h, actor, contractId);
            ContractAccess.require(ContractAccess.voids(actor));
            Contract c = row.contract();
            c.status().checkMoveTo(ContractStatus.VOID);
            if (!c.paid().isZero()) {
                throw new ValidationException(ContractStatus.FIELD, "error.contract.voidPaid", c.paid());
            }
            ContractDao dao = h.attach(ContractDao.class);
            close(dao, contractId, ContractStatus.VOID, c.status());
            dao.insertEvent(contractId, now, actor.id(), EventAction.VOIDED, null, null, null, why);
            db.announce(h, ContractNews.CONTRACT, String.valueOf(contractId));
            return page(h, actor, contractId);
        });
    }

    /** 结课: the classes were given and nothing is owed. */
    public ContractPage complete(long actorId, long contractId) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            Contract c = changeable(h, actor, contractId).contract();
            c.status().checkMoveTo(ContractStatus.COMPLETED);
            if (!c.outstanding().isZero()) {
                throw new ValidationException(ContractStatus.FIELD, "error.contract.completeOwed", c.outstanding());
            }
            ContractDao dao = h.attach(ContractDao.class);
            close(dao, contractId, ContractStatus.COMPLETED, c.status());
            dao.insertEvent(contractId, now, actor.id(), EventAction.COMPLETED, null, null, null, "");
            db.announce(h, ContractNews.CONTRACT, String.valueOf(contractId));
            return page(h, actor, contractId);
        });
    }

    private static void close(ContractDao dao, long contractId, ContractStatus to, ContractStatus was) {
        if (dao.close(contractId, to) != 1) {
            throw new ValidationException(ContractStatus.FIELD, "error.contract.status", was, to);
        }
    }

    // --- reading ----------------------------------------------------------------------------------

    /** A contract's page for {@code actorId}: refused when they may not see it. */
    public ContractPage page(long actorId, long contractId) {
        return db.read(h -> {
            Staff actor = office.staff(h, actorId).orElse(null);
            readable(h, actor, contractId);
            return page(h, actor, contractId);
        });
    }

    /** A household's contracts that {@code actorId} may see, the latest signed first. */
    public List<Contract> ofHousehold(long actorId, long householdId) {
        return db.read(h -> {
            Staff actor = office.staff(h, actorId).orElse(null);
            List<Contract> visible = h.attach(ContractDao.class).ofHousehold(householdId).stream()
                    .filter(r -> ContractAccess.reads(actor, r.activeOwnerId(), r.contract().counselorId()))
                    .map(ContractRow::contract).toList();
            return withCourses(h, visible);
        });
    }

    /** The contracts {@code actorId} sees that the filter finds, and their totals. */
    public ContractList list(long actorId, ContractFilter filter) {
        return db.read(h -> new ContractQuery(filter, office.activeStaff(h, actorId)).run(h));
    }

    /** Where an export of the contract list goes: the totals and the number of contracts, then the contracts. */
    public interface Listing {
        void start(ContractTotals totals, int contracts);

        /** The next contracts, with their courses, signed latest first. */
        void contracts(List<Contract> batch);
    }

    /**
     * Every contract {@code actorId} sees that the filter finds (the list shows the first
     * {@link ContractList#LIMIT}), with the same totals, all read in one transaction (for an export);
     * {@code out} may stop it by throwing (a cancelled export).
     */
    public void every(long actorId, ContractFilter filter, Listing out) {
        db.read(h -> h.inTransaction(tx -> {
            new ContractQuery(filter, office.activeStaff(tx, actorId)).each(tx, out);
            return null;
        }));
    }

    /** The payment with this id, for its receipt (refused when its contract may not be seen). */
    public Payment payment(long actorId, long paymentId) {
        return db.read(h -> {
            Payment p = h.attach(ContractDao.class).payment(paymentId)
                    .orElseThrow(() -> new ValidationException(NewPayment.RECEIPT, "error.payment.unknown"));
            readable(h, office.staff(h, actorId).orElse(null), p.contractId());
            return p;
        });
    }

    private ContractPage page(Handle h, Staff actor, long contractId) {
        ContractDao dao = h.attach(ContractDao.class);
        ContractRow row = dao.find(contractId).orElseThrow();
        Contract c = withCourses(h, List.of(row.contract())).get(0);
        boolean open = c.status().isOpen();
        boolean changes = ContractAccess.changes(actor, row.activeOwnerId(), c.counselorId());
        return new ContractPage(c, dao.payments(contractId), dao.history(List.of(contractId)),
                open && !c.outstanding().isZero(), open && changes, open && ContractAccess.voids(actor));
    }

    /** The contract row, when {@code actor} may see it; else the refusal (an unknown contract too). */
    private static ContractRow readable(Handle h, Staff actor, long contractId) {
        ContractRow row = h.attach(ContractDao.class).find(contractId)
                .orElseThrow(() -> new ValidationException("contract", "error.contract.unknown"));
        ContractAccess.require(ContractAccess.reads(actor, row.activeOwnerId(), row.contract().counselorId()));
        return row;
    }

    /** The contract row, when {@code actor} may complete or refund it. */
    private static ContractRow changeable(Handle h, Staff actor, long contractId) {
        ContractRow row = readable(h, actor, contractId);
        ContractAccess.require(ContractAccess.changes(actor, row.activeOwnerId(), row.contract().counselorId()));
        return row;
    }

    /** The contracts with their courses read in one query. */
    static List<Contract> withCourses(Handle h, List<Contract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContractCourse>> courses = new HashMap<>();
        for (CourseLine l : h.attach(ContractDao.class).coursesOf(contracts.stream().map(Contract::id).toList())) {
            courses.computeIfAbsent(l.contractId(), k -> new ArrayList<>()).add(l.course());
        }
        return contracts.stream().map(c -> new Contract(c.id(), c.number(), c.householdId(), c.studentId(),
                c.studentName(), c.counselorId(), c.counselorName(), courses.getOrDefault(c.id(), List.of()),
                c.subjects(), c.terms(), c.paid(), c.refunded(), c.signedOn(), c.startsOn(), c.status(), c.remarks(),
                c.createdByName(), c.createdAt())).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
