package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestStore;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.WalkIn;
import com.counseldesk.walkin.WalkInService;
import java.nio.file.Path;
import java.util.List;

/**
 * The family page's test office: a real database file with front desk 王芳, manager 赵丽 and
 * counselors 李明 and 张伟, the services as the app wires them (visits on the timeline), and
 * households registered at the desk. Either its own file ({@link #typical}) or the services over
 * another test's database ({@link #on}).
 */
public final class FamilyFixture implements AutoCloseable {
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
    private final boolean ownsDatabase;

    private FamilyFixture(Database db, TestClock clock, boolean ownsDatabase) {
        this.db = db;
        this.clock = clock;
        this.ownsDatabase = ownsDatabase;
        this.office = new OfficeService(db, clock);
        this.families = new FamilyService(db, clock);
        this.walkIns = new WalkInService(db, clock, families, office);
        this.visits = new VisitService(db, clock, families, office);
        families.addTimelineSource(visits);
    }

    /** A new database in {@code folder} with the typical office; closing the fixture closes it. */
    public static FamilyFixture typical(Path folder) {
        FamilyFixture f = new FamilyFixture(TestStore.open(folder, "family.db"), TestClock.morning(), true);
        f.office.createOffice("测试校区", List.of(new NewStaff(FRONT_DESK, Role.FRONT_DESK),
                new NewStaff(MANAGER, Role.MANAGER), new NewStaff(COUNSELOR, Role.COUNSELOR),
                new NewStaff(OTHER_COUNSELOR, Role.COUNSELOR)));
        return f;
    }

    /** The services over a database that has the typical office already (a GUI test's); it stays open. */
    public static FamilyFixture on(Database db, TestClock clock) {
        return new FamilyFixture(db, clock, false);
    }

    public Staff staff(String name) {
        return office.activeStaff().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No staff " + name));
    }

    /** A walk-in of a new or returning household, a girl in 初二 at 实验中学 with her mother, handed to {@code counselor}. */
    public Registration register(String phone, String student, String mother, String counselor) {
        return register(phone, student, mother, counselor, Channel.DIRECT, null);
    }

    /** A walk-in referred by another household. */
    public Registration referred(String phone, String student, String mother, String counselor, long referrer) {
        return register(phone, student, mother, counselor, Channel.REFERRAL, referrer);
    }

    private Registration register(String phone, String student, String mother, String counselor, Channel channel,
            Long referrer) {
        WalkIn in = new WalkIn(Phone.parse(phone), null, null,
                new StudentDetails(student, Gender.FEMALE, Grade.J2, "实验中学"), List.of(),
                new ContactDetails(mother, Relation.MOTHER), channel, referrer, "学生和母亲", "数学提分",
                staff(counselor).id());
        return walkIns.register(in, staff(FRONT_DESK).id(), true);
    }

    public HouseholdCard card(long householdId) {
        return families.card(householdId).orElseThrow();
    }

    public void execute(String sql) {
        db.inTransaction(h -> h.execute(sql));
    }

    public long count(String table) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
