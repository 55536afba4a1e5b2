package com.counseldesk.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.walkin.Registration;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff list after first run, on both stores. */
class StaffServiceTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private StaffService staff;
    private long manager;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        staff = new StaffService(t.db, t.clock);
        manager = t.staff(TestOffice.MANAGER).id();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void assertRefused(String field, String key, Runnable action) {
        long before = t.count("staff_change");
        List<Staff> list = staff.all();
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(list, staff.all(), "nothing changed");
        assertEquals(before, t.count("staff_change"), "nothing in the history");
    }

    private List<String> history() {
        return staff.history().stream().map(c -> c.staffName() + " " + c.field() + " " + c.before() + "→" + c.after()
                + " by " + c.byName()).toList();
    }

    @Test
    void theFirstStaffAreInTheHistoryAsEnteredAtFirstRun() {
        assertEquals(4, t.count("staff_change"));
        assertTrue(history().contains("李明 created null→李明 · COUNSELOR by null"), history().toString());
    }

    @Test
    void aManagerAddsRenamesChangesRolesAndEveryChangeIsKept() {
        Staff added = staff.add(manager, "  陈晨 ", Role.FRONT_DESK);
        assertEquals("陈晨", added.name());
        assertTrue(added.active());
        t.clock.advance(Duration.ofMinutes(5));
        staff.update(manager, added.id(), "陈晨晨", Role.COUNSELOR);

        assertEquals(new Staff(added.id(), "陈晨晨", Role.COUNSELOR, true), t.db.read(h -> t.office.staff(h, added.id()))
                .orElseThrow());
        assertEquals(List.of("陈晨晨 role FRONT_DESK→COUNSELOR by 赵丽", "陈晨晨 name 陈晨→陈晨晨 by 赵丽",
                "陈晨晨 created null→陈晨 · FRONT_DESK by 赵丽"), history().subList(0, 3));
        assertTrue(t.office.counselors().stream().anyMatch(s -> s.name().equals("陈晨晨")));
    }

    @Test
    void namesFollowTheFirstRunRulesAndAreNotTakenTwice() {
        assertRefused(Staff.FIELD_NAME, "error.required", () -> staff.add(manager, "   ", Role.COUNSELOR));
        assertRefused(Staff.FIELD_NAME, "error.tooLong", () -> staff.add(manager, "长".repeat(41), Role.COUNSELOR));
        assertRefused("role", "error.required", () -> staff.add(manager, "陈晨", null));
        assertRefused(Staff.FIELD_NAME, "error.staff.duplicate", () -> staff.add(manager, " 李明", Role.COUNSELOR));
        long zhang = t.staff(TestOffice.OTHER_COUNSELOR).id();
        assertRefused(Staff.FIELD_NAME, "error.staff.duplicate", () -> staff.rename(manager, zhang, "李明"));
        assertRefused(Staff.FIELD_NAME, "error.required", () -> staff.update(manager, zhang, "", Role.COUNSELOR));
    }

    @Test
    void onlyAManagerChangesTheListWhileTheOfficeHasOne() {
        long desk = t.staff(TestOffice.FRONT_DESK).id();
        long liMing = t.staff(TestOffice.COUNSELOR).id();
        assertRefused("staff", "error.staff.managerOnly", () -> staff.add(desk, "陈晨", Role.COUNSELOR));
        assertRefused("staff", "error.staff.managerOnly", () -> staff.setActive(liMing, desk, false));

        assertFalse(StaffService.mayManage(t.staff(TestOffice.COUNSELOR), t.office.activeStaff()));
        assertTrue(StaffService.mayManage(t.staff(TestOffice.MANAGER), t.office.activeStaff()));
    }

    @Test
    void anyoneManagesTheListWhileTheOfficeHasNoActiveManager() {
        staff.changeRole(manager, t.staff(TestOffice.OTHER_COUNSELOR).id(), Role.MANAGER);
        long zhang = t.staff(TestOffice.OTHER_COUNSELOR).id();
        staff.setActive(zhang, manager, false);
        assertFalse(StaffService.mayManage(t.staff(TestOffice.FRONT_DESK), t.office.activeStaff()));
        staff.changeRole(zhang, zhang, Role.COUNSELOR);

        assertTrue(StaffService.mayManage(t.staff(TestOffice.FRONT_DESK), t.office.activeStaff()));
        Staff added = staff.add(t.staff(TestOffice.FRONT_DESK).id(), "陈晨", Role.MANAGER);
        assertEquals(Role.MANAGER, added.role());
    }

    @Test
    void nobodyDeactivatesThemselfWhileSignedIn() {
        assertRefused("active", "error.staff.deactivateSelf", () -> staff.setActive(manager, manager, false));
    }

    @Test
    void theOfficeKeepsOneActiveCounselorOrManager() {
        long liMing = t.staff(TestOffice.COUNSELOR).id();
        long zhang = t.staff(TestOffice.OTHER_COUNSELOR).id();
        staff.setActive(manager, liMing, false);
        staff.setActive(manager, zhang, false);
        // The manager is the last one who consults: they can neither stop consulting nor leave.
        assertRefused("role", "error.staff.lastCounselor", () -> staff.changeRole(manager, manager, Role.FRONT_DESK));
        staff.setActive(manager, zhang, true);
        staff.changeRole(manager, manager, Role.FRONT_DESK);
        // Now 张伟 is the last one; the front desk (no manager left: anyone manages) cannot remove him.
        long desk = t.staff(TestOffice.FRONT_DESK).id();
        assertRefused("active", "error.staff.lastCounselor", () -> staff.setActive(desk, zhang, false));
        assertRefused("role", "error.staff.lastCounselor", () -> staff.update(desk, zhang, "张伟", Role.FRONT_DESK));
    }

    @Test
    void aDeactivatedPersonLeavesTheLoginAndTheChoicesButStaysOwnerOnRecord() {
        Registration r = t.register(t.walkIn(TestOffice.COUNSELOR));
        long liMing = t.staff(TestOffice.COUNSELOR).id();

        Staff gone = staff.setActive(manager, liMing, false);

        assertFalse(gone.active());
        assertTrue(t.office.activeStaff().stream().noneMatch(s -> s.id() == liMing), "not at the login");
        assertTrue(t.office.atStart().activeStaff().stream().noneMatch(s -> s.id() == liMing), "not at the login");
        assertTrue(t.office.counselors().stream().noneMatch(s -> s.id() == liMing), "not a counselor choice");
        assertEquals(liMing, t.household(r.householdId()).household().ownerId(), "owner on record");
        assertNull(t.household(r.householdId()).activeOwnerId(), "another counselor may take the household over");
        assertEquals("李明 active 1→0 by 赵丽", history().get(0));
        assertEquals(List.of("王芳", "赵丽", "张伟", "李明"), staff.all().stream().map(Staff::name).toList(),
                "the deactivated last");

        staff.setActive(manager, liMing, true);
        assertEquals(liMing, t.household(r.householdId()).activeOwnerId(), "back: their households are theirs");
        assertEquals("李明 active 0→1 by 赵丽", history().get(0));
    }

    @Test
    void reactivatingRefusesANameTakenMeanwhile() {
        long liMing = t.staff(TestOffice.COUNSELOR).id();
        staff.setActive(manager, liMing, false);
        staff.add(manager, "李明", Role.COUNSELOR);

        assertRefused(Staff.FIELD_NAME, "error.staff.duplicate", () -> staff.setActive(manager, liMing, true));
    }

    @Test
    void unknownPeopleAreRefused() {
        assertRefused("staff", "error.staff.notFound", () -> staff.setActive(manager, 999, false));
        assertRefused("staff", "error.staff.unknown", () -> staff.add(999, "陈晨", Role.COUNSELOR));
    }
}
