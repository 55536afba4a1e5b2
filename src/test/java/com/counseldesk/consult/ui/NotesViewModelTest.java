package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.FRONT_DESK;
import static com.counseldesk.testutil.TestOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteOffice;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The family page's list of notes: the owner's notes, another counselor told they are not theirs, none for the desk. */
class NotesViewModelTest {
    @TempDir
    Path folder;
    private NoteOffice t;
    private Registration zhang;

    @BeforeEach
    void office() {
        t = NoteOffice.typical(folder);
        zhang = t.family("13812345678", "张子涵", COUNSELOR);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private NotesViewModel list(String who) {
        Staff me = t.staff(who);
        NotesViewModel vm = new NotesViewModel(zhang.householdId(), t.notes, t.office.families, Background.direct(),
                new RecordingDialogs(), () -> me);
        vm.load();
        return vm;
    }

    @Test
    void theOwnerSeesTheNotesNewestFirstAndMayWriteOne() {
        Note first = t.notes.sign(t.staff(COUNSELOR), zhang.householdId(), null, NoteOffice.written("数学"));
        t.clock.advance(java.time.Duration.ofHours(1));
        Note second = t.notes.saveDraft(t.staff(COUNSELOR), zhang.householdId(), null, NoteOffice.written("英语"));

        NotesViewModel vm = list(COUNSELOR);

        assertEquals(List.of(second.id(), first.id()), vm.notes().stream().map(Note::id).toList());
        assertTrue(vm.canWriteProperty().get());
        assertNull(vm.refusedProperty().get());
        assertEquals("张子涵", vm.householdProperty().get().studentNames());
    }

    @Test
    void anotherCounselorIsToldTheFamilyIsNotTheirsAndWritesNothing() {
        t.notes.sign(t.staff(COUNSELOR), zhang.householdId(), null, NoteOffice.written("数学"));

        NotesViewModel vm = list(OTHER_COUNSELOR);

        assertTrue(vm.shown());
        assertEquals(Access.REFUSED, vm.refusedProperty().get().key());
        assertEquals(List.of(), vm.notes());
        assertFalse(vm.canWriteProperty().get());
    }

    @Test
    void theFrontDeskHasNoNotesToSee() {
        NotesViewModel vm = list(FRONT_DESK);

        assertFalse(vm.shown());
        assertFalse(vm.canWriteProperty().get());
        assertNull(vm.refusedProperty().get());
    }
}
