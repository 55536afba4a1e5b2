package com.counseldesk.report;

import com.counseldesk.common.db.Database;
import com.counseldesk.testutil.TestStore;
import java.nio.file.Path;

/**
 * October 2026 of a small office, written row by row so that every figure of the report can be
 * counted by hand (MonthFiguresTest has the answers, with the rows behind each). September holds a
 * little for the comparison, and rows on the months' very edges (the last second of October, the
 * first of November) show where the bounds fall.
 *
 * <p>Staff: 1 王芳 front desk, 2 李明 and 3 张伟 counselors, 4 赵丽 manager. Households H1–H6 (ids 1–6),
 * students S1–S7.
 */
final class HandBuiltMonth {
    static final Month OCTOBER = Month.of(2026, 10);
    static final Month SEPTEMBER = Month.of(2026, 9);
    static final long LI_MING = 2;
    static final long ZHANG_WEI = 3;

    private HandBuiltMonth() {
    }

    static Database open(Path folder) {
        Database db = TestStore.open(folder, "report.db");
        db.inTransaction(h -> {
            for (String sql : ROWS) {
                h.execute(sql);
            }
            return null;
        });
        return db;
    }

    /** The id of a built-in client type's tag. */
    static long tag(Database db, String builtin) {
        return db.read(h -> h.createQuery("SELECT id FROM client_tag WHERE builtin = :b").bind("b", builtin)
                .mapTo(Long.class).one());
    }

    private static final String[] ROWS = {
        "INSERT INTO settings (setting_key, setting_value) VALUES ('office.name', '测试校区')",
        "INSERT INTO staff (id, name, role, active, created_at) VALUES (1, '王芳', 'FRONT_DESK', 1, '2026-01-01T09:00:00'),"
            + " (2, '李明', 'COUNSELOR', 1, '2026-01-01T09:00:00'), (3, '张伟', 'COUNSELOR', 1, '2026-01-01T09:00:00'),"
            + " (4, '赵丽', 'MANAGER', 1, '2026-01-01T09:00:00')",
        // H1 inbound call, new in October; H2 invited, new; H3 referral, new on the last day; H4 marketing,
        // new in September; H5 direct, new in November; H6 cold call, from August.
        "INSERT INTO household (id, owner_id, channel, district, first_contact_at, created_at, created_by) VALUES"
            + " (1, 2, 'INBOUND_CALL', '海淀', '2026-10-03T10:00:00', '2026-10-03T10:00:00', 2),"
            + " (2, 2, 'INVITED', '朝阳', '2026-10-05T09:00:00', '2026-10-05T09:00:00', 2),"
            + " (3, 3, 'REFERRAL', '', '2026-10-31T09:00:00', '2026-10-31T09:00:00', 1),"
            + " (4, 3, 'MARKETING', '', '2026-09-20T10:00:00', '2026-09-20T10:00:00', 1),"
            + " (5, NULL, 'DIRECT', '', '2026-11-01T00:00:00', '2026-11-01T00:00:00', 1),"
            + " (6, 2, 'COLD_CALL', '', '2026-08-01T10:00:00', '2026-08-01T10:00:00', 2)",
        "INSERT INTO student (id, household_id, name, gender, grade, grade_year, school, stage, created_at, intent) VALUES"
            + " (1, 1, '刘洋', 'MALE', 'J2', 2026, '', 'SIGNED', '2026-10-03T10:00:00', 'CLEAR'),"
            + " (2, 2, '陈静', 'FEMALE', 'S1', 2026, '', 'SIGNED', '2026-10-05T09:00:00', 'UNCLEAR'),"
            + " (3, 3, '=SUM(A1)', 'UNKNOWN', 'UNKNOWN', 2026, '', 'VISITED', '2026-10-31T09:00:00', NULL),"
            + " (4, 4, '王磊', 'MALE', 'J3', 2026, '', 'SIGNED', '2026-09-20T10:00:00', 'CLASS1'),"
            + " (5, 4, '王芳芳', 'FEMALE', 'J1', 2026, '', 'NEW', '2026-09-20T10:00:00', 'CLASS2'),"
            + " (6, 6, '赵敏', 'FEMALE', 'S2', 2026, '', 'SIGNED', '2026-08-01T10:00:00', 'GAVE_UP'),"
            + " (7, 5, '孙悦', 'FEMALE', 'P5', 2026, '', 'NEW', '2026-11-01T00:00:00', 'NONE')",
        "INSERT INTO contact (id, household_id, name, relation, is_main, created_at) VALUES"
            + " (1, 1, '刘女士', 'MOTHER', 1, '2026-10-03T10:00:00'), (2, 2, '陈先生', 'FATHER', 1, '2026-10-05T09:00:00'),"
            + " (3, 3, '+86 张', 'MOTHER', 1, '2026-10-31T09:00:00'), (4, 4, '王女士', 'MOTHER', 1, '2026-09-20T10:00:00'),"
            + " (5, 5, '孙女士', 'MOTHER', 1, '2026-11-01T00:00:00'), (6, 6, '赵先生', 'FATHER', 1, '2026-08-01T10:00:00')",
        "INSERT INTO phone (id, household_id, contact_id, number, is_main, active, created_at) VALUES"
            + " (1, 1, 1, '13800000001', 1, 1, '2026-10-03T10:00:00'), (2, 2, 2, '13800000002', 1, 1, '2026-10-05T09:00:00'),"
            + " (3, 3, 3, '13800000003', 1, 1, '2026-10-31T09:00:00'), (4, 4, 4, '13800000004', 1, 1, '2026-09-20T10:00:00'),"
            + " (5, 5, 5, '13800000005', 1, 1, '2026-11-01T00:00:00'), (6, 6, 6, '13800000006', 1, 1, '2026-08-01T10:00:00')",
        // Calls: October has C1, C2 in and C3, C4 out; C5 is September's last second, C6 November's first.
        "INSERT INTO call (id, household_id, student_id, phone, kind, taken_by, started_at, duration_s, outcome, summary,"
            + " created_at) VALUES"
            + " (1, 1, 1, '13800000001', 'INBOUND', 2, '2026-10-03T10:00:00', 1020, 'BOOKED', '想补数学', '2026-10-03T10:17:00'),"
            + " (2, NULL, NULL, '01062345678', 'INBOUND', 3, '2026-10-10T11:00:00', 60, 'NOT_CLIENT', '-广告', '2026-10-10T11:01:00'),"
            + " (3, 6, 6, '13800000006', 'COLD', 2, '2026-10-12T15:00:00', 300, 'FOLLOW_UP', '', '2026-10-12T15:05:00'),"
            + " (4, 4, 4, '13800000004', 'FOLLOW_UP', 3, '2026-10-15T16:00:00', 600, 'BOOKED', '', '2026-10-15T16:10:00'),"
            + " (5, 2, 2, '13800000002', 'INBOUND', 2, '2026-09-30T23:59:59', 900, 'FOLLOW_UP', '', '2026-10-01T00:15:00'),"
            + " (6, 3, 3, '13800000003', 'INBOUND', 3, '2026-11-01T00:00:00', 100, 'FOLLOW_UP', '', '2026-11-01T00:02:00')",
        "INSERT INTO duty_day (day, next_position, turn_round, set_at) VALUES ('2026-10-03', 0, 1, '2026-10-03T08:00:00'),"
            + " ('2026-10-10', 0, 1, '2026-10-10T08:00:00'), ('2026-09-30', 0, 1, '2026-09-30T08:00:00')",
        "INSERT INTO duty_turn (id, day, turn_round, staff_id, kind, call_id, taken_at) VALUES"
            + " (1, '2026-10-03', 1, 2, 'TAKEN', 1, '2026-10-03T10:00:00'), (2, '2026-10-03', 1, 3, 'SKIPPED', NULL, '2026-10-03T10:00:00'),"
            + " (3, '2026-10-10', 1, 3, 'TAKEN', 2, '2026-10-10T11:00:00'), (4, '2026-10-10', 1, 2, 'PASSED', NULL, '2026-10-10T11:00:00'),"
            + " (5, '2026-09-30', 1, 2, 'TAKEN', 5, '2026-09-30T23:59:59')",
        // Appointments: A1 arrived, A2 no-show, A3 booked in September for October and arrived, A4 cancelled,
        // A5 booked at the end of October for November.
        "INSERT INTO appointment (id, household_id, student_id, counselor_id, starts_at, status, booked_by, booked_at) VALUES"
            + " (1, 1, 1, 2, '2026-10-06T15:00:00', 'ARRIVED', 2, '2026-10-03T10:10:00'),"
            + " (2, 4, 4, 3, '2026-10-18T10:00:00', 'NO_SHOW', 3, '2026-10-15T16:05:00'),"
            + " (3, 6, 6, 2, '2026-10-02T10:00:00', 'ARRIVED', 2, '2026-09-25T10:00:00'),"
            + " (4, 2, 2, 2, '2026-10-25T10:00:00', 'CANCELLED', 1, '2026-10-20T09:00:00'),"
            + " (5, 3, 3, 3, '2026-11-02T10:00:00', 'BOOKED', 3, '2026-10-31T20:00:00')",
        // Visits: V4 is void; V6 is September's.
        "INSERT INTO visit (id, household_id, channel, arrived_at, left_at, status, received_by, counselor_id, who_came,"
            + " purpose, appointment_id) VALUES"
            + " (1, 1, 'INVITED', '2026-10-06T15:05:00', '2026-10-06T16:30:00', 'LEFT', 1, 2, '母亲和学生', '数学', 1),"
            + " (2, 6, 'INVITED', '2026-10-02T10:00:00', '2026-10-02T11:00:00', 'LEFT', 1, 2, '父亲', '', 3),"
            + " (3, 2, 'DIRECT', '2026-10-08T14:00:00', '2026-10-08T15:00:00', 'LEFT', 1, 2, '', '@英语', NULL),"
            + " (4, 4, 'MARKETING', '2026-10-20T10:00:00', NULL, 'VOID', 1, 3, '', '', NULL),"
            + " (5, 3, 'REFERRAL', '2026-10-31T10:00:00', NULL, 'CONSULTING', 1, 3, '', '', NULL),"
            + " (6, 4, 'MARKETING', '2026-09-21T10:00:00', '2026-09-21T11:00:00', 'LEFT', 1, 3, '', '', NULL),"
            + " (7, 1, 'INVITED', '2026-10-20T10:00:00', '2026-10-20T11:00:00', 'LEFT', 1, 2, '', '', NULL)",
        "INSERT INTO note (id, household_id, student_id, author_id, session_at, state, created_at, updated_at) VALUES"
            + " (1, 1, 1, 2, '2026-10-06T15:10:00', 'SIGNED', '2026-10-06T15:10:00', '2026-10-06T16:30:00'),"
            + " (2, 2, 2, 2, '2026-10-08T14:10:00', 'DRAFT', '2026-10-08T14:10:00', '2026-10-08T15:00:00'),"
            + " (3, 3, 3, 3, '2026-10-31T10:10:00', 'LOCKED', '2026-10-31T10:10:00', '2026-10-31T11:00:00'),"
            + " (4, 4, 4, 3, '2026-09-21T10:10:00', 'SIGNED', '2026-09-21T10:10:00', '2026-09-21T11:00:00')",
        "INSERT INTO follow_up (id, household_id, student_id, owner_id, due_at, has_time, purpose, created_by, created_at,"
            + " done_at, done_by, result) VALUES"
            + " (1, 2, 2, 2, '2026-10-10T00:00:00', 0, '问考试', 2, '2026-10-08T15:00:00', '2026-10-10T11:00:00', 2, 'REACHED'),"
            + " (2, 6, 6, 2, '2026-10-20T00:00:00', 0, '续费', 2, '2026-10-12T15:05:00', NULL, NULL, NULL),"
            + " (3, 4, 4, 3, '2026-10-25T14:00:00', 1, '再约', 3, '2026-10-18T11:00:00', '2026-11-02T10:00:00', 3, 'CALL_BACK'),"
            + " (4, 4, 4, 3, '2026-09-28T00:00:00', 0, '回访', 3, '2026-09-21T11:00:00', '2026-10-01T09:00:00', 3, 'REACHED'),"
            + " (5, 3, 3, 3, '2026-11-05T00:00:00', 0, '试听', 3, '2026-10-31T11:00:00', NULL, NULL, NULL)",
        "INSERT INTO course (id, name, kind, subjects, class_hours, active, created_at) VALUES"
            + " (1, '初中数学', 'COURSE', 'MATH', 40, 1, '2026-01-01T09:00:00')",
        // Contracts: K4 is void; K5 is September's.
        "INSERT INTO contract (id, number, household_id, student_id, counselor_id, subjects, class_hours, price_kind,"
            + " price_fen, discount_kind, discount_fen, due_fen, paid_fen, refunded_fen, signed_on, status, created_by,"
            + " created_at) VALUES"
            + " (1, 'HT-2026-001', 1, 1, 2, 'MATH', 40, 'PACKAGE', 1200000, 'AMOUNT', 200000, 1000000, 500000, 0,"
            + " '2026-10-06', 'ACTIVE', 2, '2026-10-06T16:00:00'),"
            + " (2, 'HT-2026-002', 6, 6, 2, 'MATH', 12, 'PACKAGE', 300000, 'NONE', 0, 300000, 300000, 100000,"
            + " '2026-10-02', 'REFUNDED', 2, '2026-10-02T11:00:00'),"
            + " (3, 'HT-2026-003', 2, 2, 3, 'ENGLISH', 20, 'PACKAGE', 450050, 'NONE', 0, 450050, 0, 0,"
            + " '2026-10-31', 'ACTIVE', 3, '2026-10-31T18:00:00'),"
            + " (4, 'HT-2026-004', 4, 4, 3, 'MATH', 8, 'PACKAGE', 200000, 'NONE', 0, 200000, 0, 0,"
            + " '2026-10-15', 'VOID', 3, '2026-10-15T16:00:00'),"
            + " (5, 'HT-2026-005', 4, 5, 3, 'MATH', 30, 'PACKAGE', 800000, 'NONE', 0, 800000, 800000, 0,"
            + " '2026-09-22', 'COMPLETED', 3, '2026-09-22T10:00:00')",
        "INSERT INTO payment (id, contract_id, kind, method, amount_fen, receipt_no, paid_on, taken_by, created_at) VALUES"
            + " (1, 1, 'DEPOSIT', 'WECHAT', 200000, 'SJ-001', '2026-10-06', 2, '2026-10-06T16:00:00'),"
            + " (2, 1, 'INSTALMENT', 'CARD', 300000, 'SJ-002', '2026-11-01', 2, '2026-11-01T10:00:00'),"
            + " (3, 2, 'FULL', 'CASH', 300000, 'SJ-003', '2026-10-02', 2, '2026-10-02T11:00:00'),"
            + " (4, 2, 'REFUND', 'CASH', 100000, 'SJ-004', '2026-10-28', 4, '2026-10-28T10:00:00'),"
            + " (5, 5, 'FULL', 'TRANSFER', 800000, 'SJ-005', '2026-09-22', 3, '2026-09-22T10:00:00')",
        // Client types: H1 hesitant since October; H2 suspicious, taken off before the month's end; H3 timid
        // only in November; H6 hesitant since August.
        "INSERT INTO household_tag (household_id, tag_id, tagged_by, tagged_at, removed_by, removed_at)"
            + " SELECT 1, id, 2, '2026-10-06T15:30:00', NULL, NULL FROM client_tag WHERE builtin = 'HESITANT'",
        "INSERT INTO household_tag (household_id, tag_id, tagged_by, tagged_at, removed_by, removed_at)"
            + " SELECT 2, id, 2, '2026-10-08T14:30:00', 2, '2026-10-20T09:00:00' FROM client_tag WHERE builtin = 'SUSPICIOUS'",
        "INSERT INTO household_tag (household_id, tag_id, tagged_by, tagged_at, removed_by, removed_at)"
            + " SELECT 3, id, 3, '2026-11-03T10:00:00', NULL, NULL FROM client_tag WHERE builtin = 'TIMID'",
        "INSERT INTO household_tag (household_id, tag_id, tagged_by, tagged_at, removed_by, removed_at)"
            + " SELECT 6, id, 2, '2026-08-05T10:00:00', NULL, NULL FROM client_tag WHERE builtin = 'HESITANT'",
    };
}
