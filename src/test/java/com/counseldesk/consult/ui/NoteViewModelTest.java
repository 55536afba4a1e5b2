package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static com.counseldesk.testutil.TestOffice.OTHER_COUNSELOR;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.NoteOffice;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.SubjectScore;
import com.counseldesk.family.Subject;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.walkin.Registration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note editor's state without the toolkit: the draft saved as typed, one save at a time, signing, amending. */
class NoteViewModelTest {
    @TempDir
    Path folder;
    private NoteOffice t;
    private Registration zhang;
    private static final I18n ZH = new I18n(I18n.CHINESE);
    private final ManualLater later = new ManualLater();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** Database work waits here until the test runs it, as on the app's worker thread. */
    private final List<Runnable> queued = new ArrayList<>();
    private int stored;

    @BeforeEach
    void office() {
        t = NoteOffice.typical(folder);
        zhang = t.family("13812345678", "张子涵", COUNSELOR);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private NoteViewModel editor(String who, Long noteId, Background background) {
        Staff me = t.staff(who);
        NoteViewModel vm = new NoteViewModel(zhang.householdId(), noteId, t.notes, t.tracks, background, dialogs,
                () -> me, later);
        vm.onStored(() -> stored++);
        vm.load();
        return vm;
    }

    private NoteViewModel editor() {
        return editor(COUNSELOR, null, Background.direct());
    }

    private Background queuedWork() {
        return new Background(queued::add, Runnable::run);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private static String shown(ObservableValue<Msg> msg) {
        return ZH.t(msg.getValue());
    }

    private List<Note> notes() {
        return t.notes.notesOf(t.staff(MANAGER), zhang.householdId());
    }

    @Test
    void aNewNoteIsStoredOnlyOnceSomethingIsWritten() {
        NoteViewModel vm = editor();

        assertTrue(vm.editableProperty().get());
        assertEquals(zh("note.status.new"), shown(vm.statusProperty()));
        assertEquals("张子涵", vm.studentProperty().get().name(), "the family's only student");
        assertEquals(0, later.pending());
        assertTrue(vm.tracksProperty().get().step(ConsultStep.PREPARE).contains("展业夹"));
        assertEquals(0, t.office.count("note"));
    }

    @Test
    void theDraftIsSavedASecondAfterTheLastKeystroke() {
        NoteViewModel vm = editor();

        vm.freeTextProperty(NoteContent.NEEDS).set("数");
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        assertEquals(1, later.pending(), "each keystroke puts the save off");
        assertEquals(NoteViewModel.SAVE_AFTER, later.lastDelay());
        assertEquals(0, t.office.count("note"));

        later.elapse();

        assertEquals("数学", notes().get(0).content().needs());
        assertEquals(zhang.studentId(), notes().get(0).content().studentId());
        assertEquals(zh("note.status.saved", "10:00:00"), shown(vm.statusProperty()));
        assertEquals(Notice.Kind.SUCCESS, vm.statusKindProperty().get());
        assertEquals(1, stored, "the family page lists the new note");

        vm.step(ConsultStep.PREPARE).set(true);
        vm.saveNow();
        assertEquals("1000000000", notes().get(0).content().stepsText(), "a field left saves at once");
        assertEquals(0, later.pending());
        assertEquals(1, t.office.count("note"));
        assertEquals(1, stored);
    }

    @Test
    void oneSaveAtATimeAndWhatIsTypedMeanwhileIsSavedRightAfter() {
        NoteViewModel vm = editor(COUNSELOR, null, queuedWork());
        runQueued();

        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        vm.saveNow();
        vm.freeTextProperty(NoteContent.NEEDS).set("数学和英语");
        vm.saveNow();
        assertEquals(1, queued.size(), "the second save waits for the first");
        assertEquals(zh("note.status.saving"), shown(vm.statusProperty()));

        runQueued();

        assertEquals(1, t.office.count("note"), "one note, not two");
        assertEquals("数学和英语", notes().get(0).content().needs());
        assertEquals(0, later.pending());
    }

    @Test
    void aFieldBeingCorrectedKeepsItsLastValidValueInTheDraftAndSaysWhatIsWrong() {
        NoteViewModel vm = editor();
        SituationForm.Line math = vm.situation().line(Subject.MATH);
        math.fullMarks.set("120");
        math.score.set("95");
        vm.saveNow();

        math.score.set("130");
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        vm.saveNow();

        assertEquals(new BigDecimal(95), notes().get(0).content().situation().subject(Subject.MATH).score());
        assertEquals("数学", notes().get(0).content().needs(), "the rest of the draft is saved");
        assertEquals(zh("error.note.aboveFullMarks", "120"),
                shown(vm.error(SituationForm.field(Subject.MATH, SubjectScore.SCORE))));
        assertNull(vm.error(SituationForm.field(Subject.ENGLISH, SubjectScore.SCORE)).get(), "untouched");

        math.fullMarks.set("150");
        assertNull(vm.error(SituationForm.field(Subject.MATH, SubjectScore.SCORE)).get());
    }

    @Test
    void signingChecksEveryFieldFirstAndPutsTheCursorOnTheOneToFix() {
        NoteViewModel vm = editor();
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        vm.situation().line(Subject.PHYSICS).fullMarks.set("0");
        vm.saveNow();

        vm.sign();

        assertEquals(zh("note.fix"), shown(vm.statusProperty()));
        assertEquals(Notice.Kind.ERROR, vm.statusKindProperty().get());
        assertEquals("PHYSICS.fullMarks", vm.fieldToFixProperty().get());
        assertEquals("error.note.fullMarksZero", vm.error("PHYSICS.fullMarks").get().key());
        assertEquals(List.of(), dialogs.asked(), "nothing asked before the form is right");
        assertEquals(NoteState.DRAFT, notes().get(0).state());
    }

    @Test
    void theAuthorSignsAfterSayingYesAndTheNoteIsReadOnlyThen() {
        NoteViewModel vm = editor();
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        vm.step(ConsultStep.CLOSE).set(true);
        t.clock.set(LocalDateTime.of(2026, 11, 27, 10, 45));

        vm.sign();

        assertEquals(1, dialogs.asked().size());
        Note note = notes().get(0);
        assertEquals(NoteState.SIGNED, note.state());
        assertEquals("数学", note.content().needs(), "what was typed since the last save is in the signed note");
        assertEquals(NoteState.SIGNED, vm.stateProperty().get());
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.canAmendProperty().get());
        assertEquals(zh("note.status.signed", COUNSELOR, "2026-11-27 10:45"), shown(vm.statusProperty()));
        assertEquals(0, later.pending());

        vm.freeTextProperty(NoteContent.NEEDS).set("改写");
        assertEquals(0, later.pending(), "a signed note is not saved as typed");
    }

    @Test
    void aSignatureNotConfirmedLeavesTheDraft() {
        NoteViewModel vm = editor();
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        dialogs.answer(false);

        vm.sign();

        assertTrue(vm.editableProperty().get());
        later.elapse();
        assertEquals(NoteState.DRAFT, notes().get(0).state());
    }

    @Test
    void aSignatureAskedForWhileASaveRunsFollowsIt() {
        NoteViewModel vm = editor(COUNSELOR, null, queuedWork());
        runQueued();
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        vm.saveNow();

        vm.sign();
        runQueued();

        assertEquals(1, t.office.count("note"));
        assertEquals(NoteState.SIGNED, notes().get(0).state());
    }

    @Test
    void aDraftStillOpenAtMidnightIsLockedAndTakesAmendments() {
        t.clock.set(LocalDateTime.of(2026, 11, 27, 23, 59));
        NoteViewModel vm = editor();
        vm.freeTextProperty(NoteContent.NEEDS).set("数学");
        vm.saveNow();
        t.clock.set(LocalDateTime.of(2026, 11, 28, 0, 0, 5));

        vm.freeTextProperty(NoteContent.NEEDS).set("数学和英语");
        vm.saveNow();

        assertEquals(NoteState.LOCKED, vm.stateProperty().get());
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.canAmendProperty().get());
        assertEquals("数学", vm.freeTextProperty(NoteContent.NEEDS).get(), "the fields show the note as stored");
        assertEquals(zh("note.status.locked", "2026-11-28 00:00"), shown(vm.statusProperty()));
        assertEquals("数学", notes().get(0).content().needs());
    }

    @Test
    void anAmendmentIsAppendedUnderTheNoteAndTheBoxEmptied() {
        Note signed = t.notes.sign(t.staff(COUNSELOR), zhang.householdId(), null, NoteOffice.written("数学"));
        NoteViewModel vm = editor(COUNSELOR, signed.id(), Background.direct());

        vm.amend();
        assertEquals("error.required", vm.amendmentError().get().key());

        vm.amendmentProperty().set("家长想先试听");
        vm.amend();

        assertEquals(List.of("家长想先试听"), vm.amendments().stream().map(a -> a.text()).toList());
        assertEquals("", vm.amendmentProperty().get());
        assertNull(vm.amendmentError().get());
        assertEquals(zh("note.status.amended"), shown(vm.statusProperty()));
        assertEquals(1, stored);
        assertEquals("数学", vm.freeTextProperty(NoteContent.NEEDS).get());
    }

    @Test
    void aManagerReadsACounselorsDraftWithoutWritingIt() {
        Note draft = t.notes.saveDraft(t.staff(COUNSELOR), zhang.householdId(), null, NoteOffice.written("数学"));

        NoteViewModel vm = editor(MANAGER, draft.id(), Background.direct());

        assertEquals("数学", vm.freeTextProperty(NoteContent.NEEDS).get());
        assertFalse(vm.editableProperty().get());
        assertFalse(vm.canAmendProperty().get(), "a draft is not amended");
        assertEquals(zh("note.status.othersDraft", COUNSELOR), shown(vm.statusProperty()));
        vm.freeTextProperty(NoteContent.NEEDS).set("改写");
        assertEquals(0, later.pending());
    }

    @Test
    void anotherCounselorsFamilyIsRefusedOnOpening() {
        NoteViewModel vm = editor(OTHER_COUNSELOR, null, Background.direct());

        assertEquals(zh(Access.REFUSED), shown(vm.statusProperty()));
        assertFalse(vm.editableProperty().get());
        assertFalse(vm.loadedProperty().get());
    }
}
