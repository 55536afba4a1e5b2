package com.counseldesk.walkin.ui;

import static com.counseldesk.family.FamilyFixture.COUNSELOR;
import static com.counseldesk.family.FamilyFixture.FRONT_DESK;
import static com.counseldesk.family.FamilyFixture.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyFixture;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import com.counseldesk.walkin.ui.VisitEditViewModel.StudentChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The correct-or-void dialog's view model, without the toolkit. */
class VisitEditViewModelTest {
    @TempDir
    Path dir;
    private FamilyFixture f;
    private RecordingDialogs dialogs;
    private Registration first;
    private final List<VisitRow> done = new ArrayList<>();

    @BeforeEach
    void open() {
        f = FamilyFixture.typical(dir);
        dialogs = new RecordingDialogs();
        first = f.register("138 1234 5678", "张子涵", "王丽", COUNSELOR);
        f.clock.advance(Duration.ofMinutes(30));
        f.register("138 1234 5678", "张小红", "王丽", COUNSELOR);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private VisitEditViewModel dialog(long visitId) {
        long me = f.staff(FRONT_DESK).id();
        VisitEditViewModel vm = new VisitEditViewModel(visitId, f.visits, f.families, f.office, Background.direct(),
                dialogs, () -> me);
        vm.onDone(done::add);
        vm.load();
        return vm;
    }

    private static List<String> ticked(VisitEditViewModel vm) {
        return vm.students().stream().filter(c -> c.came().get()).map(c -> c.student().name()).toList();
    }

    @Test
    void startsFromTheVisitAsRegistered() {
        VisitEditViewModel vm = dialog(first.visitId());

        assertEquals(COUNSELOR, vm.counselorProperty().get().name());
        assertEquals(Channel.DIRECT, vm.channelProperty().get());
        assertEquals("数学提分", vm.purposeProperty().get());
        assertEquals(List.of("张子涵", "张小红"), vm.students().stream().map(c -> c.student().name()).toList());
        assertEquals(List.of("张子涵"), ticked(vm));
        assertTrue(vm.canEdit());
        assertNull(vm.error(VisitEditViewModel.COUNSELOR).get());
    }

    @Test
    void aCorrectionIsStoredAndTheListsAreTold() {
        VisitEditViewModel vm = dialog(first.visitId());
        vm.counselorProperty().set(f.staff(OTHER_COUNSELOR));
        vm.channelProperty().set(Channel.INVITED);
        vm.students().forEach(c -> c.came().set(true));
        vm.purposeProperty().set("英语衔接");

        assertTrue(vm.correct());

        assertEquals(1, done.size());
        VisitRow stored = f.visits.visit(first.visitId()).orElseThrow();
        assertEquals(stored, done.get(0));
        assertEquals(OTHER_COUNSELOR, stored.counselorName());
        assertEquals(Channel.INVITED, stored.channel());
        assertEquals("张子涵、张小红", stored.studentNames());
        assertEquals("英语衔接", stored.purpose());
        assertEquals(4, f.families.history(first.householdId()).stream().filter(c -> c.entity().equals("visit"))
                .count());
    }

    @Test
    void aCorrectionWithoutAStudentIsRefusedBesideTheStudents() {
        VisitEditViewModel vm = dialog(first.visitId());
        vm.students().forEach(c -> c.came().set(false));

        assertFalse(vm.correct());

        assertEquals("error.visit.noStudent", vm.error(VisitEditViewModel.STUDENTS).get().key());
        assertEquals(List.of(), done);
        assertEquals(List.of(first.studentId()), f.visits.visit(first.visitId()).orElseThrow().studentIds());
    }

    @Test
    void voidingNeedsAReasonThenKeepsTheVisitMarkedVoid() {
        VisitEditViewModel vm = dialog(first.visitId());

        assertFalse(vm.voidVisit());
        assertEquals("error.required", vm.error(VisitEditViewModel.REASON).get().key());
        assertNull(vm.error(VisitEditViewModel.PURPOSE).get(), "the correction's fields are not concerned");

        vm.reasonProperty().set("重复登记");
        assertTrue(vm.voidVisit());

        assertEquals(VisitStatus.VOID, done.get(0).status());
        assertEquals("重复登记", f.visits.visit(first.visitId()).orElseThrow().voidReason());
        assertFalse(vm.canEdit(), "a void visit cannot be changed again");
        assertFalse(vm.correct());
        assertFalse(vm.voidVisit());
        assertEquals(1, done.size());
    }

    @Test
    void aVoidVisitOpensReadOnly() {
        f.visits.voidVisit(first.visitId(), "重复登记", f.staff(FRONT_DESK).id());

        VisitEditViewModel vm = dialog(first.visitId());

        assertEquals(VisitStatus.VOID, vm.visitProperty().get().status());
        assertFalse(vm.canEdit());
    }

    @Test
    void aVisitVoidedMeanwhileIsSaidSoAndNothingChanges() {
        VisitEditViewModel vm = dialog(first.visitId());
        f.visits.voidVisit(first.visitId(), "另一台电脑作废", f.staff(FRONT_DESK).id());
        vm.purposeProperty().set("英语");

        assertTrue(vm.correct());

        assertEquals("error.visit.void", vm.messageProperty().get().key());
        assertEquals(List.of(), done);
        assertEquals(List.of(), dialogs.shown());
        assertEquals("数学提分", f.visits.visit(first.visitId()).orElseThrow().purpose());
    }

    @Test
    void aSystemFailureIsADialogAndTheVisitIsUnchanged() {
        VisitEditViewModel vm = dialog(first.visitId());
        FailingWrites.start(f.db, "INSERT", "change_log");
        vm.purposeProperty().set("英语");
        for (StudentChoice c : vm.students()) {
            c.came().set(true);
        }

        assertTrue(vm.correct());

        assertEquals("visitEdit.saveFailed", dialogs.single().title().key());
        assertEquals(List.of(), done);
        VisitRow stored = f.visits.visit(first.visitId()).orElseThrow();
        assertEquals("数学提分", stored.purpose());
        assertEquals(List.of(first.studentId()), stored.studentIds());
        assertTrue(vm.canEdit(), "the dialog can try again");
    }
}
