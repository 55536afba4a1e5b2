package com.counseldesk.consult.ui;

import static com.counseldesk.consult.ConsultOffice.COUNSELOR;
import static com.counseldesk.consult.ConsultOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.ClientType;
import com.counseldesk.consult.ConsultOffice;
import com.counseldesk.consult.TagDetails;
import com.counseldesk.consult.ui.FamilyConsultViewModel.IntentChoice;
import com.counseldesk.family.Intent;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The family page's consultation part without the toolkit: tags, the choices, intent levels, and who sees them. */
class FamilyConsultViewModelTest {
    @TempDir
    Path folder;
    private ConsultOffice o;
    private long liMings;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int pageReads;

    @BeforeEach
    void open() {
        o = new ConsultOffice(folder);
        liMings = o.household("张子涵", COUNSELOR);
    }

    @AfterEach
    void close() {
        o.close();
    }

    private FamilyConsultViewModel as(String name) {
        Staff me = o.office.staff(name);
        FamilyConsultViewModel[] vm = new FamilyConsultViewModel[1];
        vm[0] = new FamilyConsultViewModel(liMings, o.tags, o.intents, Background.direct(), dialogs, () -> me, () -> {
            pageReads++;
            vm[0].load();
        });
        vm[0].load();
        return vm[0];
    }

    private static List<String> names(List<ClientTag> tags) {
        return tags.stream().map(ClientTag::name).toList();
    }

    @Test
    void theOwnerChoosesATypeTagsTheFamilyAndTheChoiceLeavesTheList() {
        FamilyConsultViewModel vm = as(COUNSELOR);
        assertTrue(vm.readableProperty().get());
        assertNull(vm.noticeProperty().get());
        assertEquals(List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型"), names(vm.choices()));

        assertFalse(vm.addChosen(), "nothing chosen");
        assertEquals("consult.tag.chooseFirst", vm.tagErrorProperty().get().key());
        vm.chosenProperty().set(vm.choices().get(2));
        assertNull(vm.tagErrorProperty().get(), "choosing clears the message");
        assertTrue(vm.addChosen());

        assertEquals(List.of("猜忌型"), vm.tags().stream().map(t -> t.tag().name()).toList());
        assertEquals(List.of("犹豫不决型", "内向型", "胆怯型"), names(vm.choices()));
        assertNull(vm.chosenProperty().get());
        assertEquals(1, pageReads, "the page is read again: its timeline shows the tag");

        vm.remove(vm.tags().get(0));
        assertEquals(List.of(), vm.tags());
        assertEquals(4, vm.choices().size());
    }

    @Test
    void aDeactivatedTagIsNoChoiceButStaysOnTheFamily() {
        long manager = o.id(ConsultOffice.MANAGER);
        ClientTag own = o.tags.add(manager, new TagDetails("急躁型", "#0f766e", "", "", ""));
        FamilyConsultViewModel vm = as(COUNSELOR);
        vm.chosenProperty().set(vm.choices().stream().filter(t -> t.id() == own.id()).findFirst().orElseThrow());
        vm.addChosen();
        o.tags.setActive(manager, own.id(), false);

        vm.load();

        assertEquals(List.of("急躁型"), vm.tags().stream().map(t -> t.tag().name()).toList());
        assertFalse(vm.choices().stream().anyMatch(t -> t.id() == own.id()));
    }

    @Test
    void anIntentIsSetWhenItDiffersFromTheOneStored() {
        FamilyConsultViewModel vm = as(COUNSELOR);
        IntentChoice zhang = vm.intents().get(0);
        assertEquals("张子涵", zhang.stored().name());
        assertNull(zhang.chosenProperty().get());
        assertFalse(vm.setIntent(zhang), "nothing chosen");

        zhang.chosenProperty().set(Intent.CLASS2);
        assertTrue(vm.setIntent(zhang));

        IntentChoice again = vm.intents().get(0);
        assertEquals(Intent.CLASS2, again.stored().intent());
        assertFalse(vm.setIntent(again), "the same level again changes nothing");
        assertEquals(1, pageReads);
    }

    @Test
    void anotherCounselorSeesWhyAndNothingOfTheRecords() {
        o.tags.tag(o.id(COUNSELOR), liMings, o.builtin(ClientType.SUSPICIOUS).id());

        FamilyConsultViewModel vm = as(OTHER_COUNSELOR);

        assertFalse(vm.readableProperty().get());
        assertEquals(new Msg(Access.REFUSED).key(), vm.noticeProperty().get().key());
        assertEquals(List.of(), vm.tags());
        assertEquals(List.of(), vm.choices());
        assertEquals(List.of(), vm.intents());
        assertEquals(List.of(), dialogs.shown());
    }
}
