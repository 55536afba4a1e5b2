package com.counseldesk.office.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int samplesCreated;
    private int done;
    private FirstRunViewModel vm;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
        vm = viewModel(() -> samplesCreated++);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private FirstRunViewModel viewModel(FirstRunViewModel.SampleCreator sample) {
        return new FirstRunViewModel(t.office, sample, Background.direct(), dialogs, () -> done++);
    }

    private void add(String name, Role role) {
        vm.staffNameProperty().set(name);
        vm.staffRoleProperty().set(role);
        assertTrue(vm.addStaff(), name);
    }

    private static String key(Msg msg) {
        return msg == null ? null : msg.key();
    }

    @Test
    void anEmptyFormSaysWhatIsMissingAndStoresNothing() {
        assertFalse(vm.create());

        assertEquals("error.required", key(vm.officeNameErrorProperty().get()));
        assertEquals("error.staff.none", key(vm.staffErrorProperty().get()));
        assertFalse(t.office.isSetUp());
        assertEquals(0, done);
    }

    @Test
    void anOfficeNeedsSomeoneWhoConsults() {
        vm.officeNameProperty().set("东城校区");
        add("王芳", Role.FRONT_DESK);

        assertFalse(vm.create());

        assertEquals("error.staff.noCounselor", key(vm.staffErrorProperty().get()));
        assertNull(vm.officeNameErrorProperty().get());
        assertEquals(0, t.count("staff"));
    }

    @Test
    void anOverLongOfficeNameIsRefusedWithItsLimit() {
        vm.officeNameProperty().set("校".repeat(61));
        add("李明", Role.COUNSELOR);

        assertFalse(vm.create());

        assertEquals("error.tooLong", key(vm.officeNameErrorProperty().get()));
        assertArrayEquals(new Object[] {60}, vm.officeNameErrorProperty().get().args());
    }

    @Test
    void typingClearsTheMessage() {
        vm.create();

        vm.officeNameProperty().set("东");
        vm.staffNameProperty().set("李");

        assertNull(vm.officeNameErrorProperty().get());
        assertNull(vm.staffErrorProperty().get());
    }

    @Test
    void aStaffMemberIsAddedOnceAndTheFieldCleared() {
        add(" 李明 ", Role.COUNSELOR);

        assertEquals(List.of(new NewStaff("李明", Role.COUNSELOR)), vm.staff());
        assertEquals("", vm.staffNameProperty().get());

        vm.staffNameProperty().set("李明");
        vm.staffRoleProperty().set(Role.MANAGER);
        assertFalse(vm.addStaff());

        Msg duplicate = vm.staffErrorProperty().get();
        assertEquals("firstRun.staff.duplicate", duplicate.key());
        assertArrayEquals(new Object[] {"李明"}, duplicate.args());
        assertEquals(1, vm.staff().size());
    }

    @Test
    void aBlankStaffNameIsRefused() {
        vm.staffNameProperty().set("   ");

        assertFalse(vm.addStaff());

        assertEquals("error.required", key(vm.staffErrorProperty().get()));
        assertEquals(List.of(), vm.staff());
    }

    @Test
    void aStaffMemberCanBeRemoved() {
        add("王芳", Role.FRONT_DESK);
        add("李明", Role.COUNSELOR);

        vm.remove(vm.staff().get(0));

        assertEquals(List.of("李明"), vm.staff().stream().map(NewStaff::name).toList());
    }

    @Test
    void creatingStoresTheOfficeAndGoesOn() {
        vm.officeNameProperty().set("阳光教育 · 东城校区");
        add("王芳", Role.FRONT_DESK);
        add("赵丽", Role.MANAGER);
        vm.staffNameProperty().set("Anna-Lena O'Brien");
        vm.staffRoleProperty().set(Role.COUNSELOR);

        assertTrue(vm.create());

        assertEquals(1, done);
        assertFalse(vm.busyProperty().get());
        assertTrue(t.office.isSetUp());
        assertEquals("阳光教育 · 东城校区", t.office.officeName());
        assertEquals(List.of("王芳/FRONT_DESK", "赵丽/MANAGER", "Anna-Lena O'Brien/COUNSELOR"),
                t.office.activeStaff().stream().map(FirstRunViewModelTest::nameAndRole).toList(),
                "a name typed but not yet added is added first");
        assertEquals(List.of(), dialogs.shown());
    }

    private static String nameAndRole(Staff s) {
        return s.name() + "/" + s.role();
    }

    @Test
    void aFailureIsShownAndTheFormStays() {
        t.office.createOffice("西城校区", List.of(new NewStaff("张伟", Role.COUNSELOR)));
        vm.officeNameProperty().set("东城校区");
        add("李明", Role.COUNSELOR);

        vm.create();

        RecordingDialogs.Shown dialog = dialogs.single();
        assertEquals("firstRun.failed", dialog.title().key());
        assertEquals("error.system", dialog.message().key());
        assertEquals(0, done);
        assertFalse(vm.busyProperty().get());
        assertEquals("西城校区", t.office.officeName());
        assertEquals(1, vm.staff().size());
    }

    @Test
    void theSampleOfficeIsCreatedOnRequest() {
        vm.useSample();

        assertEquals(1, samplesCreated);
        assertEquals(1, done);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theRealSampleOfficeSetsUpTheDatabase() {
        vm = viewModel(() -> new SampleOffice(t.db, t.clock, 1L).create(20));

        vm.useSample();

        assertTrue(t.office.isSetUp());
        assertEquals(20, t.count("household"));
        assertEquals(1, done);
    }

    @Test
    void aFailingSampleIsReported() {
        vm = viewModel(() -> {
            throw new IllegalStateException("The database already holds an office");
        });

        vm.useSample();

        RecordingDialogs.Shown dialog = dialogs.single();
        assertEquals("firstRun.failed", dialog.title().key());
        assertArrayEquals(new Object[] {"The database already holds an office"}, dialog.message().args());
        assertEquals(0, done);
        assertFalse(vm.busyProperty().get());
    }
}
