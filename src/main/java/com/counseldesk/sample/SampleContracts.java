package com.counseldesk.sample;

import com.counseldesk.common.Fen;
import com.counseldesk.common.db.Database;
import com.counseldesk.contract.ContractNumbers;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.EventAction;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PaymentKind;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sample office's course catalogue and contracts: the signed students' contracts (the newest
 * families' first, at most {@link #CONTRACTS}), in every state — active with a balance owed, fully paid,
 * completed, partly refunded, void — with their deposits, instalments and refunds, receipt numbers and
 * history, numbered by the office's format. Written after the households as prepared batches in one
 * transaction: it costs the demo a fraction of a second.
 */
final class SampleContracts {
    /** The most contracts written, whatever the office's size. */
    static final int CONTRACTS = 1_500;
    /** Name, kind, subjects, class hours, list price in yuan. */
    private static final Object[][] COURSES = {
        {"小学数学思维", "COURSE", "MATH", 30, 4_500}, {"初中数学提分", "COURSE", "MATH", 40, 8_000},
        {"初中英语一对一", "COURSE", "ENGLISH", 40, 9_600}, {"物理补差", "COURSE", "PHYSICS", 24, 5_280},
        {"中考冲刺套餐", "PACKAGE", "CHINESE,MATH,ENGLISH,PHYSICS", 120, 21_800},
        {"高考志愿规划", "COURSE", "OTHER", 6, 3_000}, {"作文提升", "COURSE", "CHINESE", 20, 3_600}};
    /** The order in which states come round, so that even a small office has each of them. */
    private static final ContractStatus[] STATES = {ContractStatus.ACTIVE, ContractStatus.ACTIVE,
        ContractStatus.COMPLETED, ContractStatus.REFUNDED, ContractStatus.VOID, ContractStatus.ACTIVE,
        ContractStatus.ACTIVE, ContractStatus.COMPLETED, ContractStatus.ACTIVE, ContractStatus.ACTIVE};
    private static final String[] DISCOUNT_REASONS = {"老带新", "续费优惠", "双周年活动", "多科同报"};
    private static final String[] REFUND_REASONS = {"学生转学", "家庭搬家", "时间冲突，无法继续上课", "对效果不满意"};
    private final Database db;
    private final Clock clock;
    private final Random random;

    SampleContracts(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.random = new Random(seed ^ 0xC0FFEEL);
    }

    /** A signed student and when their family was last in touch (the signing day). */
    private record Signed(long studentId, long householdId, long ownerId, LocalDate day) {
    }

    void create(List<Staff> staff) {
        long manager = staff.stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow().id();
        long frontDesk = staff.stream().filter(s -> s.role() == Role.FRONT_DESK).findFirst().orElseThrow().id();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        db.inTransaction(h -> {
            courses(h, manager, now);
            contracts(h, manager, frontDesk, now);
            db.idsWritten(h, List.of("course", "course_price", "contract", "payment", "contract_event"));
            return null;
        });
    }

    /** The catalogue, priced from a year ago; one course dearer from next month (a price change to come). */
    private static void courses(Handle h, long manager, LocalDateTime now) {
        PreparedBatch course = h.prepareBatch("INSERT INTO course (id, name, kind, subjects, class_hours, active,"
                + " created_by, created_at) VALUES (:id, :name, :kind, :subjects, :hours, 1, :by, :at)");
        PreparedBatch price = h.prepareBatch("INSERT INTO course_price (course_id, valid_from, price_fen, set_by,"
                + " set_at) VALUES (:course, :from, :price, :by, :at)");
        LocalDateTime since = now.minusYears(1);
        for (int i = 0; i < COURSES.length; i++) {
            Object[] c = COURSES[i];
            course.bind("id", i + 1L).bind("name", c[0]).bind("kind", c[1]).bind("subjects", c[2])
                    .bind("hours", (int) c[3]).bind("by", manager).bind("at", since).add();
            price.bind("course", i + 1L).bind("from", since.toLocalDate()).bind("price", (int) c[4] * 100L)
                    .bind("by", manager).bind("at", since).add();
        }
        price.bind("course", 2L).bind("from", now.toLocalDate().withDayOfMonth(1).plusMonths(1))
                .bind("price", 8_800 * 100L).bind("by", manager).bind("at", now).add();
        course.execute();
        price.execute();
    }

    private void contracts(Handle h, long manager, long frontDesk, LocalDateTime now) {
        List<Signed> signed = h.createQuery("SELECT s.id, s.household_id, h.owner_id, h.last_contact_at FROM student s"
                + " JOIN household h ON h.id = s.household_id WHERE s.stage = 'SIGNED' AND h.owner_id IS NOT NULL"
                + " ORDER BY s.id DESC LIMIT :n").bind("n", CONTRACTS)
                .map((rs, ctx) -> new Signed(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        LocalDate.parse(rs.getString(4).substring(0, 10)))).list();
        Writer w = new Writer(h, manager, frontDesk, now);
        for (int i = 0; i < signed.size(); i++) {
            w.contract(i + 1L, signed.get(i), STATES[i % STATES.length]);
        }
        w.execute();
    }

    /** The batches of the contracts' rows, and the numbers given so far per month. */
    private final class Writer {
        private final PreparedBatch contract;
        private final PreparedBatch line;
        private final PreparedBatch payment;
        private final PreparedBatch event;
        private final PreparedBatch seq;
        private final long manager;
        private final long frontDesk;
        private final LocalDateTime now;
        private final ContractNumbers numbers = ContractNumbers.of(ContractNumbers.DEFAULT);
        private final Map<String, Integer> perPeriod = new HashMap<>();
        private long paymentId;

        Writer(Handle h, long manager, long frontDesk, LocalDateTime now) {
            contract = h.prepareBatch("INSERT INTO contract (id, number, household_id, student_id, counselor_id,"
                    + " subjects, class_hours, price_kind, price_fen, discount_kind, discount_percent, discount_fen,"
                    + " discount_reason, due_fen, paid_fen, refunded_fen, signed_on, starts_on, status, remarks,"
                    + " created_by, created_at) VALUES (:id, :number, :household, :student, :counselor, :subjects,"
                    + " :hours, 'PACKAGE', :price, :discountKind, :percent, :discount, :reason, :due, :paid,"
                    + " :refunded, :signed, :starts, :status, '', :counselor, :at)");
            line = h.prepareBatch("INSERT INTO contract_course (contract_id, position, course_id, name, class_hours,"
                    + " price_fen) VALUES (:contract, 0, :course, :name, :hours, :price)");
            payment = h.prepareBatch("INSERT INTO payment (id, contract_id, kind, method, amount_fen, receipt_no,"
                    + " paid_on, taken_by, created_at) VALUES (:id, :contract, :kind, :method, :amount, :receipt,"
                    + " :day, :by, :at)");
            event = h.prepareBatch("INSERT INTO contract_event (contract_id, at, staff_id, action, amount_fen,"
                    + " payment_id, approved_by, reason) VALUES (:contract, :at, :by, :action, :amount, :payment,"
                    + " :approved, :reason)");
            seq = h.prepareBatch("INSERT INTO contract_number_seq (period, last_seq) VALUES (:period, :seq)");
            this.manager = manager;
            this.frontDesk = frontDesk;
            this.now = now;
        }

        void contract(long id, Signed s, ContractStatus status) {
            int c = random.nextInt(COURSES.length);
            Object[] course = COURSES[c];
            long price = (int) course[4] * 100L;
            boolean discounted = random.nextInt(3) == 0;
            int percent = discounted ? 5 * (1 + random.nextInt(2)) : 0;
            long discount = price * percent / 100;
            long due = price - discount;
            String period = numbers.period(s.day());
            int n = perPeriod.merge(period, 1, Integer::sum);
            LocalDateTime signedAt = at(s.day(), 10);
            event(id, signedAt, s.ownerId(), EventAction.SIGNED, due, null, null, "");
            long paid = 0;
            long refunded = 0;
            if (status != ContractStatus.VOID) {
                boolean full = status != ContractStatus.ACTIVE || random.nextBoolean();
                long deposit = full && random.nextBoolean() ? due : Math.min(due, (1 + random.nextInt(3)) * 100_000L);
                paid = pay(id, s, PaymentKind.of(Fen.ZERO, Fen.of(deposit), Fen.of(due)), deposit, s.day(), s.ownerId());
                if (full && paid < due) {
                    LocalDate later = laterDay(s.day(), 14);
                    paid += pay(id, s, PaymentKind.BALANCE, due - paid, later, frontDesk);
                }
            }
            if (status == ContractStatus.REFUNDED) {
                refunded = paid * (30 + random.nextInt(31)) / 100;
                LocalDate day = laterDay(s.day(), 30);
                long pid = ++paymentId;
                payment.bind("id", pid).bind("contract", id).bind("kind", PaymentKind.REFUND.name())
                        .bind("method", PayMethod.TRANSFER.name()).bind("amount", refunded)
                        .bindByType("receipt", null, String.class).bind("day", day).bind("by", s.ownerId())
                        .bind("at", at(day, 16)).add();
                event(id, at(day, 16), s.ownerId(), EventAction.REFUNDED, refunded, pid, manager,
                        REFUND_REASONS[random.nextInt(REFUND_REASONS.length)]);
            } else if (status == ContractStatus.COMPLETED) {
                event(id, at(laterDay(s.day(), 60), 18), s.ownerId(), EventAction.COMPLETED, null, null, null, "");
            } else if (status == ContractStatus.VOID) {
                event(id, at(s.day(), 11), manager, EventAction.VOIDED, null, null, null, "录入错误，已重新签单");
            }
            contract.bind("id", id).bind("number", numbers.number(s.day(), n)).bind("household", s.householdId())
                    .bind("student", s.studentId()).bind("counselor", s.ownerId()).bind("subjects", course[2])
                    .bind("hours", (int) course[3]).bind("price", price)
                    .bind("discountKind", discounted ? "PERCENT" : "NONE")
                    .bindByType("percent", discounted ? percent * 100 : null, Integer.class)
                    .bind("discount", discount)
                    .bind("reason", discounted ? DISCOUNT_REASONS[random.nextInt(DISCOUNT_REASONS.length)] : "")
                    .bind("due", due).bind("paid", paid).bind("refunded", refunded).bind("signed", s.day())
                    .bind("starts", s.day().plusDays(7)).bind("status", status.name()).bind("at", signedAt).add();
            line.bind("contract", id).bind("course", c + 1L).bind("name", course[0]).bind("hours", (int) course[3])
                    .bind("price", price).add();
        }

        private long pay(long contractId, Signed s, PaymentKind kind, long amount, LocalDate day, long by) {
            long pid = ++paymentId;
            PayMethod method = PayMethod.values()[random.nextInt(PayMethod.values().length)];
            payment.bind("id", pid).bind("contract", contractId).bind("kind", kind.name()).bind("method", method.name())
                    .bind("amount", amount).bindByType("receipt", String.format("SJ%06d", pid), String.class).bind("day", day)
                    .bind("by", by).bind("at", at(day, 12)).add();
            event(contractId, at(day, 12), by, EventAction.PAID, amount, pid, null, "");
            return amount;
        }

        private void event(long contractId, LocalDateTime at, long by, EventAction action, Long amount, Long paymentId,
                Long approvedBy, String reason) {
            event.bind("contract", contractId).bind("at", at).bind("by", by).bind("action", action.name())
                    .bindByType("amount", amount, Long.class).bindByType("payment", paymentId, Long.class)
                    .bindByType("approved", approvedBy, Long.class).bind("reason", reason).add();
        }

        /** A day up to {@code days} after {@code from}, never after today. */
        private LocalDate laterDay(LocalDate from, int days) {
            LocalDate d = from.plusDays(1 + random.nextInt(days));
            return d.isAfter(now.toLocalDate()) ? now.toLocalDate() : d;
        }

        /** That day at {@code hour}, or now when that is still to come. */
        private LocalDateTime at(LocalDate day, int hour) {
            LocalDateTime t = day.atTime(hour, random.nextInt(60));
            return t.isAfter(now) ? now : t;
        }

        void execute() {
            perPeriod.forEach((period, last) -> seq.bind("period", period).bind("seq", last).add());
            contract.execute();
            line.execute();
            payment.execute();
            event.execute();
            seq.execute();
        }
    }
}
