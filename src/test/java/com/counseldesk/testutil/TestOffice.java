package com.counseldesk.testutil;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.WalkInService;
import java.nio.file.Path;
import java.util.List;

/**
 * A real database file in a temp folder with a small typical office: front desk 王芳, manager 赵丽,
 * counselors 李明 and 张伟, and the services wired as the app wires them. Close it after the test.
 */
public final class TestOffice implements AutoCloseable {
    public static final String FRONT_DESK = "王芳";
    public static final String MANAGER = "赵丽";
    public static final String COUNSELOR = "李明";
    public static final String OTHER_COUNSELOR = "张伟";

    public final Database db;
    public final TestClock clock;
    public final OfficeService office;
    public final FamilyService families;
    public final WalkInService walkIns;
    public final VisitService visits;

    private TestOffice(Database db, TestClock clock) {
        this.db = db;
        this.clock = clock;
        this.office = new OfficeService(db, clock);
        this.families = new FamilyService(db, clock);
        this.walkIns = new WalkInService(db, clock, families, office);
        this.visits = new VisitService(db, clock, families, office);
        families.addTimelineSource(visits);
    }

    /** A migrated, empty database (no office yet). */
    public static TestOffice empty(Path folder) {
        return new TestOffice(TestStore.open(folder, "office.db"), TestClock.morning());
    }

    /** A database with the typical office staff. */
    public static TestOffice typical(Path folder) {
        return withTypicalStaff(empty(folder));
    }

    /** The typical office on the test PostgreSQL server, whatever store this run's offices use. */
    public static TestOffice typicalOnServer() {
        return withTypicalStaff(new TestOffice(TestStore.openServer(), TestClock.morning()));
    }

    /** An office as a test wrote it, row by row, into a database it opened itself. */
    public static TestOffice on(Database db) {
        return new TestOffice(db, TestClock.morning());
    }

    /** The typical office on a database the test opened itself (a server it starts and stops, say). */
    public static TestOffice typicalOn(Database db) {
        return withTypicalStaff(new TestOffice(db, TestClock.morning()));
    }

    private static TestOffice withTypicalStaff(TestOffice t) {
        t.office.createOffice("测试校区", List.of(
                new NewStaff(FRONT_DESK, Role.FRONT_DESK),
                new NewStaff(MANAGER, Role.MANAGER),
                new NewStaff(COUNSELOR, Role.COUNSELOR),
                new NewStaff(OTHER_COUNSELOR, Role.COUNSELOR)));
        return t;
    }

    /** An active staff member by name. */
    public Staff staff(String name) {
        return office.activeStaff().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No staff " + name));
    }

    /** A staff member's id by name, active or not. */
    public long staffId(String name) {
        return db.read(h -> h.createQuery("SELECT id FROM staff WHERE name = :name").bind("name", name)
                .mapTo(Long.class).one());
    }

    /** A walk-in handed to the named counselor. */
    public WalkInBuilder walkIn(String counselorName) {
        return WalkInBuilder.aWalkIn().counselor(staff(counselorName).id());
    }

    /** Registers the walk-in; a family already here today is registered again without a question. */
    public Registration register(WalkInBuilder walkIn) {
        return walkIns.register(walkIn.build(), staff(FRONT_DESK).id(), true);
    }

    /** The household that has this number, typed in any spelling. */
    public HouseholdCard household(String phone) {
        return families.findByPhone(Phone.parse(phone))
                .orElseThrow(() -> new IllegalArgumentException("No household with phone " + phone));
    }

    public HouseholdCard household(long id) {
        return families.card(id).orElseThrow(() -> new IllegalArgumentException("No household " + id));
    }

    /** A student of a household by name. */
    public Student student(HouseholdCard card, String name) {
        return card.students().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No student " + name + " in " + card.studentNames()));
    }

    /** The one student a registration was about, as stored now. */
    public Student student(Registration r) {
        Student s = household(r.householdId()).student(r.studentId());
        if (s == null) {
            throw new IllegalArgumentException("No student " + r.studentId());
        }
        return s;
    }

    /** Marks a staff member as having left the office. */
    public void deactivate(String name) {
        db.inTransaction(h -> h.createUpdate("UPDATE staff SET active = 0 WHERE name = :name").bind("name", name)
                .execute());
    }

    /** From now on every visit insert fails inside the store, as a full disk would. */
    public void failVisitInserts() {
        FailingWrites.start(db, "INSERT", "visit");
    }

    /** Visit inserts succeed again. */
    public void stopFailingVisitInserts() {
        FailingWrites.stop(db, "INSERT", "visit");
    }

    public void execute(String sql) {
        db.inTransaction(h -> h.execute(sql));
    }

    public long count(String table) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        db.close();
    }
}
