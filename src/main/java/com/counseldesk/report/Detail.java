package com.counseldesk.report;

import com.counseldesk.consult.FollowUpResult;
import com.counseldesk.consult.NoteState;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PaymentKind;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Intent;
import com.counseldesk.family.Subject;
import com.counseldesk.hotline.AppointmentStatus;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.TurnKind;
import com.counseldesk.report.Column.Type;
import com.counseldesk.walkin.VisitStatus;
import java.util.List;

/**
 * A detail sheet: the rows of the month behind the figures, one query each, selecting the
 * {@link #columns} in order. Every row of the month is there, void and cancelled ones too (with
 * their status), so that a manager can check any figure with a filter as its definition says.
 */
enum Detail {
    HOUSEHOLDS("report.sheet.households", "household h",
            "h.first_contact_at >= :from AND h.first_contact_at < :to", "h.first_contact_at, h.id",
            "h.id, h.first_contact_at, h.channel, " + Sql.staff("h.owner_id") + ", h.district, "
                    + Sql.student("h.id", null) + ", " + Sql.intent("h.id") + ", " + Sql.parent("h.id") + ", "
                    + Sql.phone("h.id") + ", (SELECT COUNT(*) FROM contract k WHERE k.household_id = h.id"
                    + " AND k.status <> 'VOID' AND k.signed_on >= :from AND k.signed_on < :to)",
            List.of(Column.of("report.col.household", Type.ID, 9), Column.of("report.col.firstContact", Type.DATE_TIME, 17),
                    Column.label("report.col.channel", Channel.class, 11), Column.of("report.col.owner", Type.TEXT, 10),
                    Column.of("report.col.district", Type.TEXT, 10), Column.of("report.col.student", Type.TEXT, 10),
                    Column.label("report.col.intent", Intent.class, 13), Column.of("report.col.parent", Type.TEXT, 10),
                    Column.of("report.col.phone", Type.TEXT, 14), Column.of("report.col.signedInMonth", Type.COUNT, 10))),
    CALLS("report.sheet.calls", "call c", "c.started_at >= :from AND c.started_at < :to", "c.started_at, c.id",
            "c.id, c.started_at, c.kind, " + Sql.staff("c.taken_by") + ", c.duration_s, c.outcome, c.household_id, "
                    + "c.student_name, c.grade, c.school, c.parent_name, c.phone, c.district, c.attitude, c.needs, c.summary",
            List.of(Column.of("report.col.id", Type.ID, 8), Column.of("report.col.callAt", Type.DATE_TIME, 17),
                    Column.label("report.col.callKind", CallKind.class, 9), Column.of("report.col.takenBy", Type.TEXT, 10),
                    Column.of("report.col.minutes", Type.MINUTES, 9), Column.label("report.col.outcome", CallOutcome.class, 10),
                    Column.of("report.col.household", Type.ID, 9), Column.of("report.col.student", Type.TEXT, 10),
                    Column.label("report.col.grade", Grade.class, 8), Column.of("report.col.school", Type.TEXT, 14),
                    Column.of("report.col.parent", Type.TEXT, 10), Column.of("report.col.phone", Type.TEXT, 14),
                    Column.of("report.col.district", Type.TEXT, 10), Column.of("report.col.attitude", Type.TEXT, 16),
                    Column.of("report.col.needs", Type.TEXT, 24), Column.of("report.col.summary", Type.TEXT, 40))),
    TURNS("report.sheet.turns", "duty_turn t", "t.day >= :from AND t.day < :to", "t.taken_at, t.id",
            "t.day, t.turn_round, " + Sql.staff("t.staff_id") + ", t.kind, t.taken_at, t.call_id",
            List.of(Column.of("report.col.day", Type.DATE, 11), Column.of("report.col.round", Type.COUNT, 7),
                    Column.of("report.col.counselor", Type.TEXT, 10), Column.label("report.col.turn", TurnKind.class, 10),
                    Column.of("report.col.at", Type.DATE_TIME, 17), Column.of("report.col.call", Type.ID, 9))),
    APPOINTMENTS("report.sheet.appointments", "appointment a",
            "(a.booked_at >= :from AND a.booked_at < :to) OR (a.starts_at >= :from AND a.starts_at < :to)",
            "a.starts_at, a.id",
            "a.id, a.starts_at, a.booked_at, a.status, " + Sql.staff("a.counselor_id") + ", " + Sql.staff("a.booked_by")
                    + ", a.household_id, " + Sql.student("a.household_id", "a.student_id") + ", "
                    + Sql.parent("a.household_id") + ", " + Sql.phone("a.household_id") + ", "
                    + Sql.inMonth("a.booked_at") + ", " + Sql.inMonth("a.starts_at") + ", a.note",
            List.of(Column.of("report.col.id", Type.ID, 8), Column.of("report.col.startsAt", Type.DATE_TIME, 17),
                    Column.of("report.col.bookedAt", Type.DATE_TIME, 17),
                    Column.label("report.col.status", AppointmentStatus.class, 9),
                    Column.of("report.col.counselor", Type.TEXT, 10), Column.of("report.col.bookedBy", Type.TEXT, 10),
                    Column.of("report.col.household", Type.ID, 9), Column.of("report.col.student", Type.TEXT, 10),
                    Column.of("report.col.parent", Type.TEXT, 10), Column.of("report.col.phone", Type.TEXT, 14),
                    Column.of("report.col.bookedInMonth", Type.FLAG, 10), Column.of("report.col.dueInMonth", Type.FLAG, 10),
                    Column.of("report.col.note", Type.TEXT, 30))),
    VISITS("report.sheet.visits", "visit v", "v.arrived_at >= :from AND v.arrived_at < :to", "v.arrived_at, v.id",
            "v.id, v.arrived_at, v.left_at, v.status, v.channel, " + Sql.staff("v.counselor_id") + ", "
                    + Sql.staff("v.received_by") + ", v.household_id, " + Sql.student("v.household_id", null) + ", "
                    + Sql.parent("v.household_id") + ", " + Sql.phone("v.household_id") + ", v.who_came, v.purpose, "
                    + "v.appointment_id, (SELECT COUNT(*) FROM contract k WHERE k.household_id = v.household_id"
                    + " AND k.status <> 'VOID' AND k.signed_on >= :from AND k.signed_on < :to)",
            List.of(Column.of("report.col.id", Type.ID, 8), Column.of("report.col.arrivedAt", Type.DATE_TIME, 17),
                    Column.of("report.col.leftAt", Type.DATE_TIME, 17), Column.label("report.col.status", VisitStatus.class, 9),
                    Column.label("report.col.channel", Channel.class, 11), Column.of("report.col.counselor", Type.TEXT, 10),
                    Column.of("report.col.receivedBy", Type.TEXT, 10), Column.of("report.col.household", Type.ID, 9),
                    Column.of("report.col.student", Type.TEXT, 10), Column.of("report.col.parent", Type.TEXT, 10),
                    Column.of("report.col.phone", Type.TEXT, 14), Column.of("report.col.whoCame", Type.TEXT, 12),
                    Column.of("report.col.purpose", Type.TEXT, 24), Column.of("report.col.appointment", Type.ID, 9),
                    Column.of("report.col.signedInMonth", Type.COUNT, 10))),
    NOTES("report.sheet.notes", "note n", "n.session_at >= :from AND n.session_at < :to", "n.session_at, n.id",
            "n.id, n.session_at, " + Sql.staff("n.author_id") + ", n.state, n.household_id, "
                    + Sql.student("n.household_id", "n.student_id") + ", n.needs, n.proposal, n.objections, n.next_step,"
                    + " n.signed_at",
            List.of(Column.of("report.col.id", Type.ID, 8), Column.of("report.col.sessionAt", Type.DATE_TIME, 17),
                    Column.of("report.col.author", Type.TEXT, 10), Column.label("report.col.state", NoteState.class, 9),
                    Column.of("report.col.household", Type.ID, 9), Column.of("report.col.student", Type.TEXT, 10),
                    Column.of("report.col.needs", Type.TEXT, 30), Column.of("report.col.proposal", Type.TEXT, 30),
                    Column.of("report.col.objections", Type.TEXT, 30), Column.of("report.col.nextStep", Type.TEXT, 24),
                    Column.of("report.col.signedAt", Type.DATE_TIME, 17))),
    FOLLOW_UPS("report.sheet.followUps", "follow_up f",
            "(f.due_at >= :from AND f.due_at < :to) OR (f.done_at >= :from AND f.done_at < :to)", "f.due_at, f.id",
            "f.id, f.due_at, " + Sql.staff("f.owner_id") + ", f.household_id, " + Sql.student("f.household_id", "f.student_id")
                    + ", " + Sql.parent("f.household_id") + ", " + Sql.phone("f.household_id") + ", f.purpose, f.done_at, "
                    + Sql.staff("f.done_by") + ", f.result, f.result_note, " + Sql.inMonth("f.done_at") + ", "
                    + "CASE WHEN f.due_at >= :from AND f.due_at < :to AND (f.done_at IS NULL OR f.done_at >= :to)"
                    + " THEN 1 ELSE 0 END",
            List.of(Column.of("report.col.id", Type.ID, 8), Column.of("report.col.dueAt", Type.DATE_TIME, 17),
                    Column.of("report.col.owner", Type.TEXT, 10), Column.of("report.col.household", Type.ID, 9),
                    Column.of("report.col.student", Type.TEXT, 10), Column.of("report.col.parent", Type.TEXT, 10),
                    Column.of("report.col.phone", Type.TEXT, 14), Column.of("report.col.purpose", Type.TEXT, 24),
                    Column.of("report.col.doneAt", Type.DATE_TIME, 17), Column.of("report.col.doneBy", Type.TEXT, 10),
                    Column.label("report.col.result", FollowUpResult.class, 10),
                    Column.of("report.col.resultNote", Type.TEXT, 24), Column.of("report.col.doneInMonth", Type.FLAG, 10),
                    Column.of("report.col.overdue", Type.FLAG, 10))),
    CONTRACTS("report.sheet.contracts", "contract k", "k.signed_on >= :from AND k.signed_on < :to", "k.signed_on, k.id",
            "k.number, k.signed_on, k.status, " + Sql.staff("k.counselor_id") + ", k.household_id, "
                    + Sql.student("k.household_id", "k.student_id") + ", " + Sql.parent("k.household_id") + ", "
                    + Sql.phone("k.household_id") + ", (SELECT h.channel FROM household h WHERE h.id = k.household_id), "
                    + "k.subjects, k.class_hours, k.price_fen, k.discount_fen, k.due_fen, k.paid_fen, k.refunded_fen,"
                    + " k.discount_reason, k.remarks",
            List.of(Column.of("report.col.contractNo", Type.TEXT, 15), Column.of("report.col.signedOn", Type.DATE, 11),
                    Column.label("report.col.status", ContractStatus.class, 8),
                    Column.of("report.col.counselor", Type.TEXT, 10), Column.of("report.col.household", Type.ID, 9),
                    Column.of("report.col.student", Type.TEXT, 10), Column.of("report.col.parent", Type.TEXT, 10),
                    Column.of("report.col.phone", Type.TEXT, 14), Column.label("report.col.channel", Channel.class, 11),
                    Column.labels("report.col.subjects", Subject.class, 14), Column.of("report.col.classHours", Type.COUNT, 7),
                    Column.of("report.col.price", Type.MONEY, 13), Column.of("report.col.discount", Type.MONEY, 12),
                    Column.of("report.col.due", Type.MONEY, 13), Column.of("report.col.paid", Type.MONEY, 13),
                    Column.of("report.col.refunded", Type.MONEY, 12), Column.of("report.col.discountReason", Type.TEXT, 16),
                    Column.of("report.col.remarks", Type.TEXT, 20))),
    PAYMENTS("report.sheet.payments", "payment p JOIN contract k ON k.id = p.contract_id", "p.paid_on >= :from AND p.paid_on < :to", "p.paid_on, p.id",
            "p.receipt_no, p.paid_on, p.kind, p.method, p.amount_fen, k.number, " + Sql.staff("k.counselor_id") + ", "
                    + Sql.staff("p.taken_by") + ", k.household_id, " + Sql.student("k.household_id", "k.student_id") + ", "
                    + "(SELECT h.channel FROM household h WHERE h.id = k.household_id), k.status",
            List.of(Column.of("report.col.receipt", Type.TEXT, 14), Column.of("report.col.paidOn", Type.DATE, 11),
                    Column.label("report.col.paymentKind", PaymentKind.class, 8),
                    Column.label("report.col.method", PayMethod.class, 8), Column.of("report.col.amount", Type.MONEY, 13),
                    Column.of("report.col.contractNo", Type.TEXT, 15), Column.of("report.col.counselor", Type.TEXT, 10),
                    Column.of("report.col.takenBy", Type.TEXT, 10), Column.of("report.col.household", Type.ID, 9),
                    Column.of("report.col.student", Type.TEXT, 10), Column.label("report.col.channel", Channel.class, 11),
                    Column.label("report.col.contractStatus", ContractStatus.class, 8)));

    final String sheet;
    final String from;
    final String where;
    final String order;
    final String select;
    final List<Column> columns;

    Detail(String sheet, String from, String where, String order, String select, List<Column> columns) {
        this.sheet = sheet;
        this.from = from;
        this.where = where;
        this.order = order;
        this.select = select;
        this.columns = columns;
    }

    /** The rows, in order; the month's bounds are the parameters {@code :from} and {@code :to}. */
    String sql() {
        return "SELECT " + select + " FROM " + from + " WHERE " + where + " ORDER BY " + order;
    }

    /** How many rows {@link #sql()} gives, for the progress bar. */
    String countSql() {
        return "SELECT COUNT(*) FROM " + from + " WHERE " + where;
    }

    /** The pieces of SQL the detail sheets share: a household's names and number, a person's name. */
    private static final class Sql {
        static String staff(String id) {
            return "(SELECT s.name FROM staff s WHERE s.id = " + id + ")";
        }

        static String student(String household, String student) {
            String first = "(SELECT s.name FROM student s WHERE s.household_id = " + household + " ORDER BY s.id LIMIT 1)";
            return student == null ? first
                    : "COALESCE((SELECT s.name FROM student s WHERE s.id = " + student + "), " + first + ")";
        }

        static String intent(String household) {
            return "(SELECT s.intent FROM student s WHERE s.household_id = " + household + " ORDER BY s.id LIMIT 1)";
        }

        static String parent(String household) {
            return "(SELECT c.name FROM contact c WHERE c.household_id = " + household
                    + " ORDER BY c.is_main DESC, c.id LIMIT 1)";
        }

        static String phone(String household) {
            return "(SELECT p.number FROM phone p WHERE p.household_id = " + household
                    + " AND p.active = 1 ORDER BY p.is_main DESC, p.id LIMIT 1)";
        }

        static String inMonth(String column) {
            return "CASE WHEN " + column + " >= :from AND " + column + " < :to THEN 1 ELSE 0 END";
        }
    }
}
