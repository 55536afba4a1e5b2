package com.counseldesk.family;

import com.counseldesk.common.db.Database;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;

/**
 * The typical test office (counselors 李明 and 张伟) with its directory, for the search tests.
 * Households come from {@link #household}. Close it after the test.
 */
final class DirectoryOffice implements AutoCloseable {
    static final String COUNSELOR = TestOffice.COUNSELOR;
    static final String OTHER_COUNSELOR = TestOffice.OTHER_COUNSELOR;

    final Database db;
    final TestClock clock;
    final FamilyService families;
    final Directory directory;
    private final TestOffice office;
    private int phones;

    DirectoryOffice(Path folder) {
        this.office = TestOffice.typical(folder);
        this.db = office.db;
        this.clock = office.clock;
        this.families = office.families;
        this.directory = new Directory(db, families);
    }

    long staffId(String name) {
        return office.staffId(name);
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
        office.close();
    }
}
