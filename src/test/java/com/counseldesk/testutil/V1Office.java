package com.counseldesk.testutil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A database file as version 1 of the app left it: the V1 schema (Flyway's history at version 1)
 * and an office written with plain SQL — one row per family (one student, one parent, one phone)
 * and its visits. The families cover what an upgrade must carry over: an empty parent name, a
 * landline with its area code, extensions, a foreign number, a referral chain (1 referred 2
 * referred 5), an owner who has left, families without visits, visits today, and grades last typed
 * on either side of 1 September. "Today" is {@link #TODAY}, the day of {@link TestClock#morning()}.
 */
public final class V1Office {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final String OFFICE_NAME = "阳光教育 · 望京校区";
    public static final long FRONT_DESK = 1;
    public static final long MANAGER = 2;
    public static final long COUNSELOR = 3;
    /** 张伟 left the office: inactive, but still the owner of family 2 and 12. */
    public static final long LEFT_COUNSELOR = 4;

    /** A row of V1's {@code family} table. */
    public record Family(long id, String student, String gender, String grade, String school, String parent,
            String relation, String phone, String channel, Long referredBy, Long ownerId, String stage,
            String createdAt) {
    }

    /** A row of V1's {@code visit} table. */
    public record Visit(long id, long familyId, String channel, String arrivedAt, String leftAt, String status,
            Long receivedBy, long counselorId, String whoCame, String purpose) {
    }

    public static final List<Family> FAMILIES = List.of(
            new Family(1, "张子涵", "FEMALE", "J2", "实验中学", "王丽", "MOTHER", "13812345678", "DIRECT", null,
                    COUNSELOR, "VISITED", "2025-06-10T10:00:00"),
            new Family(2, "李浩然", "MALE", "P5", "育才小学", "", "UNKNOWN", "01062345678", "REFERRAL", 1L,
                    LEFT_COUNSELOR, "INVITED", "2025-08-20T09:30:00"),
            new Family(5, "王一诺", "UNKNOWN", "UNKNOWN", "", "王建国", "FATHER", "05718765432#123", "REFERRAL", 2L,
                    COUNSELOR, "SIGNED", "2025-08-31T18:00:00"),
            new Family(6, "陈可馨", "FEMALE", "S3", "国际学校", "Mary Chan", "GRANDMOTHER", "+85291234567",
                    "MARKETING", null, null, "LOST", "2024-12-31T19:59:00"),
            new Family(9, "刘洋", "MALE", "KINDERGARTEN", "", "刘建华", "FATHER", "057186543210#8", "PARTNER", null,
                    COUNSELOR, "VISITED", "2026-03-01T09:00:00"),
            new Family(12, "赵思琪", "FEMALE", "OTHER", "十五中", "赵敏", "MOTHER", "15012345678", "COLD_CALL", null,
                    LEFT_COUNSELOR, "NEW", "2026-09-01T00:00:00"),
            new Family(13, "孙悦", "FEMALE", "S1", "第一中学", "孙桂英", "OTHER", "18912345678", "INVITED", null,
                    MANAGER, "VISITED", "2026-07-01T14:00:00"));

    /** Visit ids are not in arrival order (103 is family 5's latest visit, 107 its first). */
    public static final List<Visit> VISITS = List.of(
            new Visit(101, 1, "DIRECT", "2025-06-10T10:05:00", "2025-06-10T11:20:00", "LEFT", FRONT_DESK, COUNSELOR,
                    "学生和母亲", "数学提分"),
            new Visit(102, 1, "INVITED", "2025-10-12T15:00:00", "2025-10-12T16:10:00", "LEFT", FRONT_DESK, COUNSELOR,
                    "母亲", "期中后复盘"),
            new Visit(103, 5, "INVITED", "2026-08-31T19:30:00", "2026-08-31T20:15:00", "LEFT", FRONT_DESK, COUNSELOR,
                    "父亲", "签约"),
            new Visit(104, 6, "MARKETING", "2024-12-31T20:00:00", "2025-01-01T00:30:00", "LEFT", null,
                    LEFT_COUNSELOR, "奶奶", "英语一对一"),
            new Visit(105, 9, "PARTNER", "2026-03-01T09:15:00", "2026-03-01T10:00:00", "LEFT", FRONT_DESK, COUNSELOR,
                    "学生和父亲", "幼小衔接"),
            new Visit(107, 5, "REFERRAL", "2025-09-01T08:10:00", "2025-09-01T09:00:00", "LEFT", FRONT_DESK,
                    LEFT_COUNSELOR, "学生和父亲", "转介绍来访"),
            new Visit(108, 13, "INVITED", "2026-11-27T08:30:00", null, "CONSULTING", FRONT_DESK, MANAGER,
                    "学生和父母", "高考志愿咨询"),
            new Visit(110, 9, "PARTNER", "2026-11-27T09:40:00", null, "WAITING", FRONT_DESK, COUNSELOR, "父亲",
                    "暑假班咨询"),
            new Visit(111, 13, "INVITED", "2026-07-20T16:00:00", "2026-07-20T17:00:00", "LEFT", FRONT_DESK,
                    MANAGER, "奶奶", "暑假班咨询"));

    private V1Office() {
    }

    /** A file with the V1 schema and nothing in it: a V1 app started once and closed at its first-run screen. */
    public static void createSchema(Path file) {
        Flyway.configure().dataSource("jdbc:sqlite:" + file.toAbsolutePath(), "", "")
                .locations("classpath:db/migration").target("1").load().migrate();
    }

    /** A file with the V1 schema holding the office: settings, staff, {@link #FAMILIES} and {@link #VISITS}. */
    public static void create(Path file) {
        createSchema(file);
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file.toAbsolutePath())) {
            h.useTransaction(t -> fill(t));
        }
    }

    private static void fill(Handle h) {
        h.execute("INSERT INTO settings (setting_key, setting_value) VALUES ('office.name', ?), ('ui.language', 'zh')",
                OFFICE_NAME);
        h.execute("INSERT INTO staff (id, name, role, active, created_at) VALUES"
                + " (1, '王芳', 'FRONT_DESK', 1, '2024-09-01T09:00:00'), (2, '赵丽', 'MANAGER', 1, '2024-09-01T09:00:00'),"
                + " (3, '李明', 'COUNSELOR', 1, '2024-09-01T09:00:00'), (4, '张伟', 'COUNSELOR', 0, '2024-09-01T09:00:00')");
        for (Family f : FAMILIES) {
            h.createUpdate("INSERT INTO family (id, student_name, gender, grade, school, parent_name, parent_relation,"
                    + " phone, channel, referred_by, owner_id, stage, created_at, created_by) VALUES (:id, :student,"
                    + " :gender, :grade, :school, :parent, :relation, :phone, :channel, :referredBy, :ownerId, :stage,"
                    + " :createdAt, 1)").bindMethods(f).execute();
        }
        for (Visit v : VISITS) {
            h.createUpdate("INSERT INTO visit (id, family_id, channel, arrived_at, left_at, status, received_by,"
                    + " counselor_id, who_came, purpose) VALUES (:id, :familyId, :channel, :arrivedAt, :leftAt,"
                    + " :status, :receivedBy, :counselorId, :whoCame, :purpose)").bindMethods(v).execute();
        }
    }
}
