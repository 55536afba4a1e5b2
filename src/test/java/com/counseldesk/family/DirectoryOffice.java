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
public final class DirectoryOffice implements AutoCloseable {
    public static final String COUNSELOR = TestOffice.COUNSELOR;
    public static final String OTHER_COUNSELOR = TestOffice.OTHER_COUNSELOR;

    public final Database db;
    public final TestClock clock;
    public final FamilyService families;
    public final Directory directory;
    private final TestOffice office;
    private int phones;

    private final boolean owned;

    /** The typical office in a new database in {@code folder}; {@link #close} closes it. */
    public DirectoryOffice(Path folder) {
        this(TestOffice.typical(folder), true);
    }

    /** Households for an office the caller closes (the app's, in a GUI test). */
    public DirectoryOffice(TestOffice office) {
        this(office, false);
    }

    private DirectoryOffice(TestOffice office, boolean owned) {
        this.office = office;
        this.owned = owned;
        this.db = office.db;
        this.clock = office.clock;
        this.families = office.families;
        this.directory = new Directory(db, families);
    }

    public long staffId(String name) {
        return office.staffId(name);
    }

    /** A household with one student; a contact given no phone gets a new one. */
    public HouseholdBuilder household(String studentName) {
        return new HouseholdBuilder(this, studentName);
    }

    /** A mobile number no household has yet. */
    public String newPhone() {
        return String.format("139%08d", ++phones);
    }

    /** The first page for the text, each household as its students' names ("张小明、张小红"). */
    public List<String> find(String text) {
        return find(SearchQuery.of(text));
    }

    public List<String> find(SearchQuery query) {
        return directory.search(query).households().stream().map(HouseholdCard::studentNames).toList();
    }

    @Override
    public void close() {
        directory.close();
        if (owned) {
            office.close();
        }
    }
}
