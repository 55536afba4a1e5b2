package com.counseldesk.testutil;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Family;
import com.counseldesk.family.FamilyDao;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.RegistrationService;
import java.nio.file.Path;
import java.util.List;

/**
 * A real database file in a temp folder with a small typical office: front desk 王芳, manager 赵丽,
 * counselors 李明 and 张伟. Close it after the test.
 */
public final class TestOffice implements AutoCloseable {
    public static final String FRONT_DESK = "王芳";
    public static final String MANAGER = "赵丽";
    public static final String COUNSELOR = "李明";
    public static final String OTHER_COUNSELOR = "张伟";

    public final Database db;
    public final TestClock clock;
    public final OfficeService office;
    public final RegistrationService registration;

    private TestOffice(Database db, TestClock clock) {
        this.db = db;
        this.clock = clock;
        this.office = new OfficeService(db, clock);
        this.registration = new RegistrationService(db, clock);
    }

    /** A migrated, empty database (no office yet). */
    public static TestOffice empty(Path folder) {
        return new TestOffice(Database.open(folder.resolve("office.db")), TestClock.morning());
    }

    /** A database with the typical office staff. */
    public static TestOffice typical(Path folder) {
        TestOffice t = empty(folder);
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

    /** Registers the walk-in as the front desk does it. */
    public Registration register(WalkInBuilder walkIn) {
        return registration.registerWalkIn(walkIn.build(), staff(FRONT_DESK).id());
    }

    /** The family stored under the number, typed in any spelling. */
    public Family family(String phone) {
        return db.read(h -> h.attach(FamilyDao.class).findCardByPhone(Phone.parse(phone)))
                .orElseThrow(() -> new IllegalArgumentException("No family with phone " + phone)).family();
    }

    public Family family(long id) {
        return db.read(h -> h.attach(FamilyDao.class).findById(id))
                .orElseThrow(() -> new IllegalArgumentException("No family " + id));
    }

    /** Marks a staff member as having left the office. */
    public void deactivate(String name) {
        db.inTransaction(h -> h.createUpdate("UPDATE staff SET active = 0 WHERE name = :name").bind("name", name)
                .execute());
    }

    /** From now on every visit insert fails inside SQLite, as a full disk would. */
    public void failVisitInserts() {
        execute("CREATE TRIGGER fail_visit BEFORE INSERT ON visit BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
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
