package com.counseldesk.sample;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A realistic sample office: staff, families with visits spread over the last three months and a few
 * visitors today. Seeded, so the same call gives the same office; batched, so 200,000 families take
 * seconds. Phones are unique by construction (see {@link #phone(int)}).
 */
public final class SampleOffice {
    public static final String OFFICE_NAME = "阳光教育 · 示例校区";
    public static final int DEFAULT_FAMILIES = 300;
    private static final int BATCH = 5_000;
    private static final int DAYS = 90;
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
            .split("");
    private static final String[] GIVEN = ("子涵 浩然 欣怡 梓轩 雨桐 宇航 思琪 俊杰 诗涵 一诺 嘉怡 博文 若曦 天佑 可馨 明轩 佳琪 "
            + "睿 婷 杰 欣 阳 磊 静 洋 敏 鹏 丹 晨 悦").split(" ");
    private static final String[] SCHOOLS = {"实验小学", "育才小学", "第一中学", "第二中学", "外国语学校", "师大附中",
        "十五中", "文华中学", "新华小学", "滨江中学"};
    private static final String[] PURPOSES = {"数学提分", "英语一对一", "物理补差", "小升初规划", "中考冲刺", "高考志愿咨询",
        "作文辅导", "暑假班咨询"};
    private static final String[] WHO_CAME = {"学生和母亲", "学生和父亲", "母亲", "父亲", "学生和父母", "奶奶"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186",
        "187", "188", "189"};

    private final Database db;
    private final Clock clock;
    private final Random random;

    public SampleOffice(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** A unique, valid mainland mobile number for the i-th sample family (i below 100,000,000). */
    public static String phone(int i) {
        String prefix = MOBILE_PREFIXES[i % MOBILE_PREFIXES.length];
        long body = ((long) (i / MOBILE_PREFIXES.length) * 7_919L + 12_345_678L) % 100_000_000L;
        return prefix + String.format("%08d", body);
    }

    /** Creates the staff and settings, then {@code families} families with their visits. */
    public void create(int families) {
        if (families < 0 || families > 5_000_000) {
            throw new IllegalArgumentException("families must be between 0 and 5,000,000");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Staff> staff = new OfficeService(db, clock).createOffice(OFFICE_NAME, List.of(
                new NewStaff("王芳", Role.FRONT_DESK),
                new NewStaff("赵丽", Role.MANAGER),
                new NewStaff("李明", Role.COUNSELOR),
                new NewStaff("张伟", Role.COUNSELOR),
                new NewStaff("刘洋", Role.COUNSELOR),
                new NewStaff("陈静", Role.COUNSELOR)));
        long frontDesk = staff.stream().filter(s -> s.role() == Role.FRONT_DESK).findFirst().orElseThrow().id();
        List<Long> counselors = staff.stream().filter(s -> s.role() == Role.COUNSELOR).map(Staff::id).toList();
        for (int start = 0; start < families; start += BATCH) {
            int end = Math.min(families, start + BATCH);
            int from = start;
            db.inTransaction(h -> {
                insertBatch(h, from, end, families, counselors, frontDesk, now);
                return null;
            });
        }
    }

    private void insertBatch(Handle h, int from, int to, int total, List<Long> counselors, long frontDesk,
            LocalDateTime now) {
        PreparedBatch familyBatch = h.prepareBatch("INSERT INTO family (id, student_name, gender, grade, school,"
                + " parent_name, parent_relation, phone, channel, referred_by, owner_id, stage, created_at, created_by)"
                + " VALUES (:id, :student, :gender, :grade, :school, :parent, :relation, :phone, :channel,"
                + " :referredBy, :owner, :stage, :at, :by)");
        PreparedBatch visitBatch = h.prepareBatch("INSERT INTO visit (family_id, channel, arrived_at, left_at, status,"
                + " received_by, counselor_id, who_came, purpose) VALUES (:family, :channel, :arrived, :left,"
                + " :status, :by, :counselor, :whoCame, :purpose)");
        Channel[] channels = Channel.values();
        Grade[] grades = {Grade.P3, Grade.P4, Grade.P5, Grade.P6, Grade.J1, Grade.J2, Grade.J3, Grade.S1, Grade.S2,
            Grade.S3};
        for (int i = from; i < to; i++) {
            long id = i + 1L;
            String surname = pick(SURNAMES);
            boolean mother = random.nextInt(3) > 0;
            Channel channel = channels[random.nextInt(channels.length)];
            Long referredBy = channel == Channel.REFERRAL && i > 0 ? (long) (1 + random.nextInt(i)) : null;
            if (channel == Channel.REFERRAL && referredBy == null) {
                channel = Channel.DIRECT;
            }
            long owner = counselors.get(random.nextInt(counselors.size()));
            // Newer families are later in the id order: spread them over the last 90 days, oldest first.
            int daysAgo = (int) ((long) (total - 1 - i) * DAYS / Math.max(1, total));
            LocalDateTime firstVisit = officeHour(now.toLocalDate().minusDays(daysAgo), now);
            familyBatch.bind("id", id)
                    .bind("student", surname + pick(GIVEN))
                    .bind("gender", random.nextBoolean() ? Gender.MALE.name() : Gender.FEMALE.name())
                    .bind("grade", grades[random.nextInt(grades.length)].name())
                    .bind("school", pick(SCHOOLS))
                    .bind("parent", (mother ? pick(SURNAMES) : surname) + pick(GIVEN))
                    .bind("relation", (mother ? Relation.MOTHER : Relation.FATHER).name())
                    .bind("phone", phone(i))
                    .bind("channel", channel.name())
                    .bind("referredBy", referredBy)
                    .bind("owner", owner)
                    .bind("stage", Stage.VISITED.name())
                    .bind("at", firstVisit)
                    .bind("by", frontDesk)
                    .add();
            Channel visitChannel = Channel.WALK_IN.contains(channel) ? channel : Channel.INVITED;
            addVisit(visitBatch, id, visitChannel, firstVisit, owner, frontDesk, now);
            if (random.nextInt(4) == 0 && daysAgo > 0) {
                LocalDateTime again = officeHour(firstVisit.toLocalDate().plusDays(1 + random.nextInt(daysAgo)), now);
                addVisit(visitBatch, id, Channel.INVITED, again, owner, frontDesk, now);
            }
        }
        familyBatch.execute();
        visitBatch.execute();
    }

    private void addVisit(PreparedBatch batch, long family, Channel channel, LocalDateTime arrived, long counselor,
            long frontDesk, LocalDateTime now) {
        boolean today = arrived.toLocalDate().equals(now.toLocalDate());
        VisitStatus status = today ? VisitStatus.values()[random.nextInt(3)] : VisitStatus.LEFT;
        LocalDateTime left = status == VisitStatus.LEFT ? arrived.plusMinutes(30 + random.nextInt(90)) : null;
        if (left != null && left.isAfter(now)) {
            // A visitor who would leave later today is still in consultation.
            status = VisitStatus.CONSULTING;
            left = null;
        }
        batch.bind("family", family)
                .bind("channel", channel.name())
                .bind("arrived", arrived)
                .bindByType("left", left, LocalDateTime.class)
                .bind("status", status.name())
                .bind("by", frontDesk)
                .bind("counselor", counselor)
                .bind("whoCame", pick(WHO_CAME))
                .bind("purpose", pick(PURPOSES))
                .add();
    }

    /** A time in office hours (9:00-20:00) on that day, never after now and never on another day. */
    private LocalDateTime officeHour(LocalDate day, LocalDateTime now) {
        LocalDateTime t = day.atTime(LocalTime.of(9, 0)).plusMinutes(random.nextInt(11 * 60));
        if (!t.isAfter(now)) {
            return t;
        }
        // Today before opening time or in the small hours: shortly before now, but still today.
        LocalDateTime earlier = now.minusMinutes(random.nextInt(60));
        return earlier.toLocalDate().equals(day) ? earlier : day.atStartOfDay();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

}
