package com.counseldesk.consult;

import com.counseldesk.family.DirectoryOffice;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Intent;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;

/**
 * The typical office (front desk 王芳, manager 赵丽, counselors 李明 and 张伟) with the consult
 * services wired as the app wires them: tags and intent levels, and their entries on the family
 * page's timeline and history, read as the person at this PC ({@link #viewAs}). Households come from
 * the directory's builder, with the owner the test names.
 */
public final class ConsultOffice implements AutoCloseable {
    public static final String FRONT_DESK = TestOffice.FRONT_DESK;
    public static final String MANAGER = TestOffice.MANAGER;
    public static final String COUNSELOR = TestOffice.COUNSELOR;
    public static final String OTHER_COUNSELOR = TestOffice.OTHER_COUNSELOR;

    public final TestOffice office;
    public final DirectoryOffice directory;
    public final TagService tags;
    public final IntentService intents;
    private Staff viewer;

    public ConsultOffice(Path folder) {
        this(TestOffice.typical(folder));
    }

    /** The consult services over an office the caller closes. */
    public ConsultOffice(TestOffice office) {
        this.office = office;
        this.directory = new DirectoryOffice(office);
        this.tags = new TagService(office.db, office.clock, office.families, office.office);
        this.intents = new IntentService(office.db, office.families, office.office);
        ConsultTimeline timeline = new ConsultTimeline(office.families, office.office, () -> viewer);
        office.families.addTimelineSource(timeline);
        office.families.addHistoryFilter(timeline);
    }

    /** The id of an active staff member by name. */
    public long id(String name) {
        return office.staff(name).id();
    }

    /** A household of one student, owned by {@code owner} (null: nobody). */
    public long household(String student, String owner) {
        return directory.household(student).owner(owner).create();
    }

    public HouseholdCard card(long householdId) {
        return office.household(householdId);
    }

    /** The only student of a household. */
    public long student(long householdId) {
        return card(householdId).students().get(0).id();
    }

    /** The office's tag of this built-in type. */
    public ClientTag builtin(ClientType type) {
        return tags.library(id(MANAGER)).stream().filter(t -> t.builtin() == type).findFirst().orElseThrow();
    }

    /** The household's tags now, as their names, read by the manager. */
    public List<String> tagNames(long householdId) {
        return tags.on(id(MANAGER), householdId).stream().map(t -> t.tag().name()).toList();
    }

    public void setIntent(String by, long householdId, Intent intent) {
        intents.set(id(by), student(householdId), intent);
    }

    /** From now on the family page is read as this person (null: nobody signed in). */
    public ConsultOffice viewAs(String name) {
        viewer = name == null ? null : office.staff(name);
        return this;
    }

    @Override
    public void close() {
        directory.close();
        office.close();
    }
}
