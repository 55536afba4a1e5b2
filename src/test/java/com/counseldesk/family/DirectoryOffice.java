package com.counseldesk.family;

import com.counseldesk.common.db.Database;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestClock;
import java.nio.file.Path;
import java.util.List;

/**
 * A real database file in a temp folder with a small office (front desk 王芳, counselors 李明 and
 * 张伟) and its directory, for the search tests. Households come from {@link #household()}. Close it
 * after the test.
 */
final class DirectoryOffice implements AutoCloseable {
    static final String COUNSELOR = "李明";
    static final String OTHER_COUNSELOR = "张伟";

    final Database db;
    final TestClock clock = TestClock.morning();
    final FamilyService families;
    final Directory directory;
    private final List<Staff> staff;
    private int phones;

    DirectoryOffice(Path folder) {
        this.db = Database.open(folder.resolve("office.db"));
        this.staff = new OfficeService(db, clock).createOffice("测试校区", List.of(
                new NewStaff("王芳", Role.FRONT_DESK), new NewStaff(COUNSELOR, Role.COUNSELOR),
                new NewStaff(OTHER_COUNSELOR, Role.COUNSELOR)));
        this.families = new FamilyService(db, clock);
        this.directory = new Directory(db, families);
    }

    long staffId(String name) {
        return staff.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A household with one student; a contact given no phone gets a new one. */
    HouseholdBuilder household(String studentName) {
        return new HouseholdBuilder(this, studentName);
    }

    /** A mobile number no household has yet. */
    String newPhone() {
        return String.format("139%08d", ++phones);
    }

    /** The first page for the text, each household as its students' names ("张小明、张小红"). */
    List<String> find(String text) {
        return find(SearchQuery.of(text));
    }

    List<String> find(SearchQuery query) {
        return directory.search(query).households().stream().map(HouseholdCard::studentNames).toList();
    }

    @Override
    public void close() {
        directory.close();
        db.close();
    }
}
