package com.counseldesk.sample;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.TagDetails;
import com.counseldesk.consult.TagService;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Intent;
import com.counseldesk.family.SearchTerm;
import com.counseldesk.family.Relation;
import com.counseldesk.family.SchoolYear;
import com.counseldesk.family.SearchTerms;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A realistic sample office: staff, households with visits spread over the last year and a few
 * visitors today, their consultation records (notes, client-type tags, intent levels:
 * {@link SampleRecords}) and their follow-ups ({@link SampleFollowUps}). A few households keep coming
 * back all year, every few weeks, with a note at each visit: their family pages are long. About one
 * household in five has two children; about one in four has a second number (the other parent's, or a
 * parent's second phone) and a few have three. Seeded, so the same
 * call gives the same office. Phones are unique by construction (see {@link #phone(int)}); search
 * terms are derived as the app derives them.
 *
 * <p>The households go in as prepared batches, in one transaction on one connection with a large
 * page cache, with the search indexes set aside and made again at the end
 * ({@link DeferredSearchIndexes}): 200,000 households take about a minute. The households are
 * written all or none.
 */
public final class SampleOffice {
    public static final String OFFICE_NAME = "阳光教育 · 示例校区";
    public static final int DEFAULT_FAMILIES = 300;
    private static final int BATCH = 5_000;
    /**
     * The load's page cache, in KiB: with SQLite's default 2 MB the search terms' table (70 MB on
     * 200,000 households) was read back from the file again and again as rows went in.
     */
    private static final int LOAD_CACHE_KIB = 64 * 1024;
    private static final int DAYS = 365;
    /** One household in this many keeps coming back (those first seen at least {@value #REGULAR_DAYS} days ago). */
    private static final int REGULAR_EVERY = 1_000;
    private static final int REGULAR_DAYS = 120;
    /** About this many households come back today, whatever the office's size: today's desk and drafts. */
    private static final int BACK_TODAY = 20;
    /** The office's own client type, beside the four built-in ones. */
    private static final TagDetails OFFICE_TAG = new TagDetails("价格敏感型", "#059669",
            "反复比较价格，关心优惠和退费", "一开始就报价格、急于打折", "先讲清效果和服务，再给出课时包和分期的选择");
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
            .split("");
    private static final String[] GIVEN = ("子涵 浩然 欣怡 梓轩 雨桐 宇航 思琪 俊杰 诗涵 一诺 嘉怡 博文 若曦 天佑 可馨 明轩 佳琪 "
            + "睿 婷 杰 欣 阳 磊 静 洋 敏 鹏 丹 晨 悦").split(" ");
    private static final String[] SCHOOLS = {"实验小学", "育才小学", "第一中学", "第二中学", "外国语学校", "师大附中",
        "十五中", "文华中学", "新华小学", "滨江中学"};
    private static final String[] PURPOSES = {"数学提分", "英语一对一", "物理补差", "小升初规划", "中考冲刺", "高考志愿咨询",
        "作文辅导", "暑假班咨询"};
    /** Who came to a visit, as the desk writes it down. */
    static final String[] WHO_CAME = {"学生和母亲", "学生和父亲", "母亲", "父亲", "学生和父母", "奶奶"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186",
        "187", "188", "189"};

    private static final Grade[] GRADES = {Grade.P3, Grade.P4, Grade.P5, Grade.P6, Grade.J1, Grade.J2, Grade.J3,
        Grade.S1, Grade.S2, Grade.S3};

    private final Database db;
    private final Clock clock;
    private final long seed;
    private final Random random;
    private final SampleFollowUps followUps;

    public SampleOffice(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.seed = seed;
        this.random = new Random(seed);
        this.followUps = new SampleFollowUps(seed);
    }

    /** A unique, valid mainland mobile number for the i-th sample phone (i below 100,000,000). */
    public static String phone(int i) {
        String prefix = MOBILE_PREFIXES[i % MOBILE_PREFIXES.length];
        long body = ((long) (i / MOBILE_PREFIXES.length) * 7_919L + 12_345_678L) % 100_000_000L;
        return prefix + String.format("%08d", body);
    }

    /**
     * How many days before today the {@code i}-th (from 0) of {@code total} households was first seen:
     * newer households are later in the id order, spread over the last year, oldest first.
     */
    static int daysAgo(int i, int total) {
        return (int) ((long) (total - 1 - i) * DAYS / Math.max(1, total));
    }

    /**
     * How many of {@code total} households were first seen on a day before the one {@code days} days
     * ago: the households with ids 1 to that number (none: 0).
     */
    static int seenBefore(int days, int total) {
        int low = 0;
        int high = total;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (daysAgo(mid, total) > days) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Creates the staff and settings, then {@code households} households with their visits. */
    public void create(int households) {
        if (households < 0 || households > 5_000_000) {
            throw new IllegalArgumentException("households must be between 0 and 5,000,000");
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
        long manager = staff.stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow().id();
        List<Long> counselors = staff.stream().filter(s -> s.role() == Role.COUNSELOR).map(Staff::id).toList();
        SampleRecords records = new SampleRecords(seed, clientTypes(manager));
        Ids ids = new Ids();
        try (Handle h = db.openHandle()) {
            Runnable load = () -> {
                for (int start = 0; start < households; start += BATCH) {
                    new Batch(h, records).fill(start, Math.min(households, start + BATCH), households, counselors,
                            frontDesk, now, ids);
                }
                db.idsWritten(h, List.of("household", "student", "contact", "phone", "visit", "note"));
            };
            if (db.isSqlite()) {
                h.execute("PRAGMA cache_size = -" + LOAD_CACHE_KIB);
                h.useTransaction(t -> DeferredSearchIndexes.around(t, load));
            } else {
                h.useTransaction(t -> load.run());
            }
        }
        new SampleHotline(db, clock, random.nextLong()).create(staff, households);
        new SampleContracts(db, clock, random.nextLong()).create(staff);
    }

    /** The office's client types, the four built-in ones first, and the office's own the manager added. */
    private List<Long> clientTypes(long manager) {
        TagService tags = new TagService(db, clock, new FamilyService(db, clock), new OfficeService(db, clock));
        tags.add(manager, OFFICE_TAG);
        return tags.library(manager).stream().map(ClientTag::id).toList();
    }

    /** The next id of each table: the sample writes ids itself, so visits can name their students. */
    private static final class Ids {
        long student;
        long contact;
        long phone;
        long visit;
        int number;
    }

    /** One transaction's worth of households, written as prepared batches. */
    private final class Batch {
        private final PreparedBatch household;
        private final PreparedBatch student;
        private final PreparedBatch contact;
        private final PreparedBatch phone;
        private final PreparedBatch visit;
        private final PreparedBatch visitStudent;
        private final PreparedBatch term;
        private final SampleRecords records;
        private final SampleRecords.Batches consulted;
        private final PreparedBatch followUp;

        Batch(Handle h, SampleRecords records) {
            household = h.prepareBatch("INSERT INTO household (id, owner_id, channel, referred_by, district,"
                    + " first_contact_at, last_contact_at, created_at, created_by) VALUES (:id, :owner, :channel,"
                    + " :referredBy, '', :first, :last, :first, :by)");
            student = h.prepareBatch("INSERT INTO student (id, household_id, name, gender, grade, grade_year, school,"
                    + " stage, intent, created_at) VALUES (:id, :household, :name, :gender, :grade, :gradeYear,"
                    + " :school, :stage, :intent, :at)");
            contact = h.prepareBatch("INSERT INTO contact (id, household_id, name, relation, is_main, created_at)"
                    + " VALUES (:id, :household, :name, :relation, :main, :at)");
            phone = h.prepareBatch("INSERT INTO phone (id, household_id, contact_id, number, extension, number_rev,"
                    + " is_main, active, created_at) VALUES (:id, :household, :contact, :number, '', :rev, :main, 1,"
                    + " :at)");
            visit = h.prepareBatch("INSERT INTO visit (id, household_id, channel, arrived_at, left_at, status,"
                    + " received_by, counselor_id, who_came, purpose) VALUES (:id, :household, :channel, :arrived,"
                    + " :left, :status, :by, :counselor, :whoCame, :purpose)");
            visitStudent = h.prepareBatch("INSERT INTO visit_student (visit_id, student_id) VALUES (:visit, :student)");
            term = h.prepareBatch("INSERT INTO search_term (term, household_id, weight) VALUES (:term, :household,"
                    + " :weight)");
            this.records = records;
            consulted = records.batches(h);
            followUp = followUps.batch(h);
        }

        void fill(int from, int to, int total, List<Long> counselors, long frontDesk, LocalDateTime now, Ids ids) {
            Channel[] channels = Channel.values();
            for (int i = from; i < to; i++) {
                long id = i + 1L;
                String surname = pick(SURNAMES);
                Channel channel = channels[random.nextInt(channels.length)];
                Long referredBy = channel == Channel.REFERRAL && i > 0 ? (long) (1 + random.nextInt(i)) : null;
                if (channel == Channel.REFERRAL && referredBy == null) {
                    channel = Channel.DIRECT;
                }
                long owner = counselors.get(random.nextInt(counselors.size()));
                int daysAgo = daysAgo(i, total);
                LocalDateTime first = officeHour(now.toLocalDate().minusDays(daysAgo), now);
                List<String> studentNames = new ArrayList<>();
                List<Long> studentIds = new ArrayList<>();
                List<NewStudent> students = new ArrayList<>();
                int children = random.nextInt(5) == 0 ? 2 : 1;
                for (int c = 0; c < children; c++) {
                    long sid = ++ids.student;
                    String name = surname + pick(GIVEN);
                    studentNames.add(name);
                    studentIds.add(sid);
                    students.add(new NewStudent(sid, name, random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
                            GRADES[random.nextInt(GRADES.length)], pick(SCHOOLS), stage()));
                }
                List<String> contactNames = contacts(id, surname, first, ids);
                boolean regular = i % REGULAR_EVERY == 7 && daysAgo >= REGULAR_DAYS;
                boolean backToday = i % Math.max(4, total / BACK_TODAY) == 1;
                List<SampleRecords.Session> sessions = visits(id, studentIds, channel, first, owner, frontDesk, now,
                        daysAgo, regular, backToday, ids);
                LocalDateTime last = sessions.get(sessions.size() - 1).arrived();
                Map<Long, Stage> stages = new LinkedHashMap<>();
                students.forEach(s -> stages.put(s.id(), s.stage()));
                SampleRecords.Story story = records.add(consulted, id, stages, owner, sessions, regular, now);
                for (NewStudent s : students) {
                    student.bind("id", s.id()).bind("household", id).bind("name", s.name())
                            .bind("gender", s.gender().name()).bind("grade", s.grade().name())
                            .bind("gradeYear", SchoolYear.of(first.toLocalDate())).bind("school", s.school())
                            .bind("stage", s.stage().name())
                            .bindByType("intent", story.intents().get(s.id()), Intent.class).bind("at", first).add();
                }
                planFollowUps(id, studentIds, owner, sessions, story.notes(), regular, now);
                household.bind("id", id).bind("owner", owner).bind("channel", channel.name())
                        .bind("referredBy", referredBy).bind("first", first).bind("last", last).bind("by", frontDesk)
                        .add();
                for (SearchTerm t : SearchTerms.of(studentNames, contactNames)) {
                    term.bind("term", t.text()).bind("household", id).bind("weight", t.weight()).add();
                }
            }
            household.execute();
            student.execute();
            contact.execute();
            phone.execute();
            visit.execute();
            visitStudent.execute();
            term.execute();
            consulted.execute();
            followUp.execute();
        }

        /**
         * The calls of a family: from its first visit on (a regular's: from its last, after the calls that
         * booked each visit), the first one planned from the visit's note now and then.
         */
        private void planFollowUps(long household, List<Long> students, long owner,
                List<SampleRecords.Session> sessions, List<SampleRecords.WrittenNote> notes, boolean regular,
                LocalDateTime now) {
            int from = 0;
            if (regular) {
                from = sessions.size() - 1;
                for (int s = 0; s < from; s++) {
                    if (notes.get(s) != null) {
                        followUps.booked(followUp, household, students.get(0), owner, notes.get(s),
                                sessions.get(s + 1).arrived());
                    }
                }
            }
            followUps.add(followUp, household, students, owner, sessions.get(from), notes.get(from), now);
        }

        /** The mother (main) or father, sometimes both, with one to three numbers between them. */
        private List<String> contacts(long household, String surname, LocalDateTime at, Ids ids) {
            boolean motherFirst = random.nextInt(3) > 0;
            int roll = random.nextInt(20);
            int phones = roll == 0 ? 3 : roll < 5 ? 2 : 1;
            boolean bothParents = phones > 1 && random.nextBoolean();
            List<String> names = new ArrayList<>();
            long main = addContact(household, motherFirst, surname, true, at, ids, names);
            addPhone(household, main, true, at, ids);
            if (bothParents) {
                long other = addContact(household, !motherFirst, surname, false, at, ids, names);
                addPhone(household, other, true, at, ids);
                if (phones == 3) {
                    addPhone(household, main, false, at, ids);
                }
            } else {
                for (int p = 1; p < phones; p++) {
                    addPhone(household, main, false, at, ids);
                }
            }
            return names;
        }

        private long addContact(long household, boolean mother, String surname, boolean main, LocalDateTime at,
                Ids ids, List<String> names) {
            long cid = ++ids.contact;
            String name = (mother ? pick(SURNAMES) : surname) + pick(GIVEN);
            names.add(name);
            contact.bind("id", cid).bind("household", household).bind("name", name)
                    .bind("relation", (mother ? Relation.MOTHER : Relation.FATHER).name()).bind("main", main ? 1 : 0)
                    .bind("at", at).add();
            return cid;
        }

        private void addPhone(long household, long contactId, boolean main, LocalDateTime at, Ids ids) {
            Phone number = new Phone(phone(ids.number++));
            phone.bind("id", ++ids.phone).bind("household", household).bind("contact", contactId)
                    .bind("number", number.value()).bind("rev", number.suffixKey()).bind("main", main ? 1 : 0)
                    .bind("at", at).add();
        }

        /**
         * The first visit and sometimes a second one (today, when the household is {@code backToday}); a
         * regular's every two to five weeks since. Returns them, oldest first.
         */
        private List<SampleRecords.Session> visits(long household, List<Long> students, Channel channel,
                LocalDateTime first, long owner, long frontDesk, LocalDateTime now, int daysAgo, boolean regular,
                boolean backToday, Ids ids) {
            Channel visitChannel = Channel.WALK_IN.contains(channel) ? channel : Channel.INVITED;
            List<SampleRecords.Session> out = new ArrayList<>();
            out.add(addVisit(household, students, visitChannel, first, owner, frontDesk, now, ids));
            if (regular) {
                for (LocalDate day = first.toLocalDate().plusDays(14 + random.nextInt(22));
                        !day.isAfter(now.toLocalDate()); day = day.plusDays(14 + random.nextInt(22))) {
                    out.add(addVisit(household, students, Channel.INVITED, officeHour(day, now), owner, frontDesk,
                            now, ids));
                }
            } else if ((random.nextInt(4) == 0 || backToday) && daysAgo > 0) {
                LocalDate day = backToday ? now.toLocalDate()
                        : first.toLocalDate().plusDays(1 + random.nextInt(daysAgo));
                LocalDateTime second = officeHour(day, now);
                out.add(addVisit(household, students.subList(0, 1), Channel.INVITED, second, owner, frontDesk, now,
                        ids));
            }
            return out;
        }

        private SampleRecords.Session addVisit(long household, List<Long> students, Channel channel,
                LocalDateTime arrived, long counselor, long frontDesk, LocalDateTime now, Ids ids) {
            boolean today = arrived.toLocalDate().equals(now.toLocalDate());
            VisitStatus status = today ? VisitStatus.AT_THE_DESK.get(random.nextInt(3)) : VisitStatus.LEFT;
            LocalDateTime left = status == VisitStatus.LEFT ? arrived.plusMinutes(30 + random.nextInt(90)) : null;
            if (left != null && left.isAfter(now)) {
                // A visitor who would leave later today is still in consultation.
                status = VisitStatus.CONSULTING;
                left = null;
            }
            long vid = ++ids.visit;
            visit.bind("id", vid).bind("household", household).bind("channel", channel.name())
                    .bind("arrived", arrived).bindByType("left", left, LocalDateTime.class)
                    .bind("status", status.name()).bind("by", frontDesk).bind("counselor", counselor)
                    .bind("whoCame", pick(WHO_CAME)).bind("purpose", pick(PURPOSES)).add();
            students.forEach(s -> visitStudent.bind("visit", vid).bind("student", s).add());
            return new SampleRecords.Session(vid, arrived, status);
        }
    }

    /** A student as drawn, written once the household's records say their intent level. */
    private record NewStudent(long id, String name, Gender gender, Grade grade, String school, Stage stage) {
    }

    /** Most sample students have visited; a few signed up or dropped out. */
    private Stage stage() {
        int roll = random.nextInt(10);
        return roll == 0 ? Stage.SIGNED : roll == 1 ? Stage.LOST : Stage.VISITED;
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
