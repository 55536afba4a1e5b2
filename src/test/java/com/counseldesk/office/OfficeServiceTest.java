package com.counseldesk.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeServiceTest {
    private static final List<NewStaff> STAFF = List.of(new NewStaff("王芳", Role.FRONT_DESK),
            new NewStaff("李明", Role.COUNSELOR));

    @TempDir
    Path dir;
    private TestOffice t;
    private OfficeService office;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
        office = t.office;
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void assertRefusedAndNothingStored(String field, String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(key, e.messageKey());
        assertFalse(office.isSetUp());
        assertEquals(0, t.count("staff"));
        assertEquals(0, t.count("settings"));
    }

    @Test
    void aNewDatabaseIsNotSetUp() {
        assertFalse(office.isSetUp());
        assertEquals("", office.officeName());
        assertEquals(List.of(), office.activeStaff());
    }

    @Test
    void creatingTheOfficeStoresItsNameAndStaff() {
        office.createOffice("  阳光教育 · 东城校区 ", List.of(new NewStaff("王芳", Role.FRONT_DESK),
                new NewStaff("赵丽", Role.MANAGER), new NewStaff(" 李明 ", Role.COUNSELOR)));

        assertTrue(office.isSetUp());
        assertEquals("阳光教育 · 东城校区", office.officeName());
        assertEquals(List.of("王芳", "赵丽", "李明"), office.activeStaff().stream().map(Staff::name).toList());
        assertEquals(List.of("赵丽", "李明"), office.counselors().stream().map(Staff::name).toList(),
                "managers consult too; the front desk does not");
        assertTrue(office.hasRole(Role.FRONT_DESK));
    }

    @Test
    void anOfficeNeedsAName() {
        assertRefusedAndNothingStored("officeName", "error.required", () -> office.createOffice("  ", STAFF));
        assertRefusedAndNothingStored("officeName", "error.tooLong", () -> office.createOffice("校".repeat(61), STAFF));
    }

    @Test
    void anOfficeNeedsStaff() {
        assertRefusedAndNothingStored("staff", "error.staff.none", () -> office.createOffice("东城校区", List.of()));
    }

    @Test
    void anOfficeNeedsSomeoneWhoConsults() {
        assertRefusedAndNothingStored("staff", "error.staff.noCounselor",
                () -> office.createOffice("东城校区", List.of(new NewStaff("王芳", Role.FRONT_DESK))));
    }

    @Test
    void anOfficeIsCreatedOnlyOnce() {
        office.createOffice("东城校区", STAFF);

        assertThrows(IllegalStateException.class,
                () -> office.createOffice("西城校区", List.of(new NewStaff("张伟", Role.COUNSELOR))));

        assertEquals("东城校区", office.officeName());
        assertEquals(2, t.count("staff"));
    }

    @Test
    void aStaffMemberNeedsANameAndRole() {
        ValidationException blank = assertThrows(ValidationException.class, () -> new NewStaff(" ", Role.COUNSELOR));
        ValidationException noRole = assertThrows(ValidationException.class, () -> new NewStaff("李明", null));

        assertEquals("staffName", blank.field());
        assertEquals("error.required", blank.messageKey());
        assertEquals("role", noRole.field());
    }

    @Test
    void inactiveStaffAreNotOffered() {
        office.createOffice("东城校区", List.of(new NewStaff("李明", Role.COUNSELOR), new NewStaff("张伟", Role.COUNSELOR)));
        t.deactivate("李明");

        assertEquals(List.of("张伟"), office.counselors().stream().map(Staff::name).toList());
    }

    @Test
    void theLanguageIsRememberedAndChanged() {
        assertEquals(Optional.empty(), office.language());

        office.setLanguage("en");
        assertEquals(Optional.of("en"), office.language());

        office.setLanguage("zh-CN");
        assertEquals(Optional.of("zh-CN"), office.language());
        assertEquals(1, t.count("settings"));
    }

    /** What the first window reads on a plain connection is what the service reads through Jdbi. */
    private void assertAtStartAsRead() {
        OfficeService.AtStart read = office.atStart();

        assertEquals(office.language(), read.language());
        assertEquals(office.isSetUp() ? Optional.of(office.officeName()) : Optional.empty(), read.officeName());
        assertEquals(office.isSetUp() ? office.activeStaff() : List.of(), read.activeStaff());
    }

    @Test
    void theFirstWindowReadsWhatTheServiceReads() {
        assertAtStartAsRead();
        assertEquals(new OfficeService.AtStart(Optional.empty(), Optional.empty(), List.of()), office.atStart(),
                "a new database: first run");

        office.setLanguage("en");
        assertAtStartAsRead();

        office.createOffice("东城校区", List.of(new NewStaff("王芳", Role.FRONT_DESK), new NewStaff("李明", Role.COUNSELOR),
                new NewStaff("张伟", Role.COUNSELOR)));
        t.deactivate("李明");
        assertAtStartAsRead();
        assertEquals(Optional.of("东城校区"), office.atStart().officeName());
        assertEquals(List.of("王芳", "张伟"), office.atStart().activeStaff().stream().map(Staff::name).toList());
        assertEquals(Optional.of("en"), office.atStart().language());
    }
}
