package com.counseldesk.office.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffService;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffViewModelTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int changed;
    private StaffViewModel vm;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        Staff me = t.staff(TestOffice.MANAGER);
        vm = new StaffViewModel(new StaffService(t.db, t.clock), Background.direct(), dialogs, () -> me,
                () -> changed++);
        vm.load();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static String key(Msg msg) {
        return msg == null ? null : msg.key();
    }

    private void select(String name) {
        vm.selectedProperty().set(vm.staff().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow());
    }

    private List<String> names() {
        return vm.staff().stream().map(s -> s.name() + (s.active() ? "" : " (inactive)")).toList();
    }

    @Test
    void aFreshScreenListsEveryoneAndSaysNothing() {
        assertEquals(List.of("王芳", "赵丽", "李明", "张伟"), names());
        assertEquals(4, vm.history().size());
        assertNull(vm.addForm().error(StaffViewModel.NAME).get());
        assertNull(vm.selectedProperty().get());
    }

    @Test
    void anEmptyNameIsRefusedBesideTheFieldAndNothingIsStored() {
        vm.newNameProperty().set("  ");

        assertFalse(vm.add());
        assertEquals("error.required", key(vm.addForm().error(StaffViewModel.NAME).get()));
        assertEquals(4, t.count("staff"));
        assertEquals(0, changed);
    }

    @Test
    void addingClearsTheFormAndReadsTheListAndHistoryAgain() {
        vm.newNameProperty().set(" 陈晨 ");
        vm.newRoleProperty().set(Role.FRONT_DESK);

        assertTrue(vm.add());
        assertEquals(List.of("王芳", "赵丽", "李明", "张伟", "陈晨"), names());
        assertEquals("", vm.newNameProperty().get());
        assertNull(vm.addForm().error(StaffViewModel.NAME).get(), "a fresh form is not red");
        assertEquals("陈晨", vm.history().get(0).staffName());
        assertEquals(1, changed);
    }

    @Test
    void aNameTakenIsRefusedBesideTheFieldItWasTypedIn() {
        vm.newNameProperty().set("李明");
        vm.add();
        assertEquals("error.staff.duplicate", key(vm.addForm().error(StaffViewModel.NAME).get()));

        select("张伟");
        vm.editNameProperty().set("李明");
        vm.save();
        assertEquals("error.staff.duplicate", key(vm.editForm().error(StaffViewModel.NAME).get()));
        assertEquals(0, changed);
    }

    @Test
    void editingTheSelectedPersonKeepsThemSelected() {
        select("张伟");
        assertEquals("张伟", vm.editNameProperty().get());
        assertEquals(Role.COUNSELOR, vm.editRoleProperty().get());

        vm.editNameProperty().set("张伟伟");
        vm.editRoleProperty().set(Role.MANAGER);
        assertTrue(vm.save());

        assertEquals("张伟伟", vm.selectedProperty().get().name());
        assertEquals(Role.MANAGER, vm.selectedProperty().get().role());
        assertEquals(1, changed);
    }

    @Test
    void deactivatingOneselfOrTheLastCounselorIsRefusedBesideTheButton() {
        select(TestOffice.MANAGER);
        assertTrue(vm.isMe(vm.selectedProperty().get()));
        vm.toggleActive();
        assertEquals("error.staff.deactivateSelf", key(vm.activeErrorProperty().get()));

        select(TestOffice.COUNSELOR);
        assertNull(vm.activeErrorProperty().get(), "another person: the message goes");
        vm.toggleActive();
        assertEquals(List.of("王芳", "赵丽", "张伟", "李明 (inactive)"), names());
        assertFalse(vm.selectedProperty().get().active());
        vm.toggleActive();
        assertTrue(vm.selectedProperty().get().active());
        assertEquals(2, changed);
        assertEquals(List.of(), dialogs.shown());
    }
}
