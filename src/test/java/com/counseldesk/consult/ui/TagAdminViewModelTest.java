package com.counseldesk.consult.ui;

import static com.counseldesk.consult.ConsultOffice.COUNSELOR;
import static com.counseldesk.consult.ConsultOffice.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.ConsultOffice;
import com.counseldesk.consult.TagDetails;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manager's tag screen without the toolkit: the list, the form's messages, add, edit, deactivate. */
class TagAdminViewModelTest {
    @TempDir
    Path folder;
    private ConsultOffice o;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        o = new ConsultOffice(folder);
    }

    @AfterEach
    void close() {
        o.close();
    }

    private TagAdminViewModel as(String name) {
        Staff me = o.office.staff(name);
        TagAdminViewModel vm = new TagAdminViewModel(o.tags, Background.direct(), dialogs, () -> me);
        vm.load();
        return vm;
    }

    private static String key(Msg m) {
        return m == null ? null : m.key();
    }

    private static List<String> names(TagAdminViewModel vm) {
        return vm.tags().stream().map(t -> t.name() + (t.active() ? "" : " (off)")).toList();
    }

    @Test
    void eachMistakeIsShownBesideItsFieldAndNothingIsStored() {
        TagAdminViewModel vm = as(MANAGER);
        vm.colourProperty().set("orange");
        vm.signsProperty().set("很".repeat(TagDetails.TEXT_MAX + 1));

        assertFalse(vm.save());

        assertEquals("error.required", key(vm.error(TagDetails.NAME).get()));
        assertEquals("error.tag.colour", key(vm.error(TagDetails.COLOUR).get()));
        assertEquals("error.tooLong", key(vm.error(TagDetails.SIGNS).get()));
        assertNull(vm.error(TagDetails.STRATEGY).get());
        assertEquals(4, vm.tags().size());

        vm.nameProperty().set("猜忌型");
        vm.colourProperty().set("#0f766e");
        vm.signsProperty().set("");
        assertTrue(vm.save(), "the form is fine: the service decides");
        assertEquals("error.tag.nameTaken", key(vm.error(TagDetails.NAME).get()));
        assertEquals(4, vm.tags().size());
    }

    @Test
    void aManagerAddsEditsDeactivatesAndReactivatesATag() {
        TagAdminViewModel vm = as(MANAGER);
        vm.nameProperty().set("急躁型");
        vm.strategyProperty().set("先给结论再解释");

        assertTrue(vm.save());

        assertEquals("consult.admin.added", key(vm.savedProperty().get()));
        assertEquals(List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型", "急躁型"), names(vm));
        assertEquals("", vm.nameProperty().get(), "the form is ready for the next one");
        assertEquals(TagAdminViewModel.NEW_COLOUR, vm.colourProperty().get());

        ClientTag own = vm.tags().get(4);
        vm.selectedProperty().set(own);
        assertEquals("先给结论再解释", vm.strategyProperty().get());
        vm.nameProperty().set("急性子型");
        assertTrue(vm.save());
        assertEquals("急性子型", vm.selectedProperty().get().name());

        assertTrue(vm.toggleActive());
        assertEquals(List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型", "急性子型 (off)"), names(vm));
        assertEquals("consult.admin.deactivated", key(vm.savedProperty().get()));
        vm.toggleActive();
        assertTrue(vm.selectedProperty().get().active());
    }

    @Test
    void aBuiltInTypeIsNotEditedAndACounselorChangesNothing() {
        TagAdminViewModel vm = as(MANAGER);
        vm.selectedProperty().set(vm.tags().get(0));
        assertFalse(vm.editable());
        assertFalse(vm.save());
        assertEquals("error.tag.builtin", key(vm.noticeProperty().get()));

        TagAdminViewModel counselor = as(COUNSELOR);
        counselor.nameProperty().set("急躁型");
        assertTrue(counselor.save());
        assertEquals("error.tag.managerOnly", key(counselor.noticeProperty().get()));
        assertEquals(4, o.tags.library(o.id(MANAGER)).size());
        assertEquals(List.of(), dialogs.shown());
    }
}
