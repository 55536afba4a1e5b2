package com.counseldesk.testutil;

import com.counseldesk.domain.Role;
import com.counseldesk.domain.Staff;
import com.counseldesk.service.NewStaff;
import com.counseldesk.service.OfficeService;
import com.counseldesk.service.RegistrationService;
import com.counseldesk.store.Database;
import java.nio.file.Path;
import java.util.List;

/**
 * A real database file in a temp folder with a small typical office: front desk 王芳, manager 赵丽,
 * counselors 李明 and 张伟. Close it after the test.
 */
public final class TestOffice implements AutoCloseable {
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
                new NewStaff("王芳", Role.FRONT_DESK),
                new NewStaff("赵丽", Role.MANAGER),
                new NewStaff("李明", Role.COUNSELOR),
                new NewStaff("张伟", Role.COUNSELOR)));
        return t;
    }

    public Staff staff(String name) {
        return office.activeStaff().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No staff " + name));
    }

    public long count(String table) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        db.close();
    }
}
