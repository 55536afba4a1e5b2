package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Messages.assertMsg;
import static com.counseldesk.consult.FollowUpOffice.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpOffice;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning form: what it proposes, each field's message, and what it stores. */
class FollowUpFormViewModelTest {
    private static final String LI_MING = TestOffice.COUNSELOR;

    @TempDir
    Path dir;
    private FollowUpOffice o;
    private Registration r;
    private final List<FollowUp> planned = new ArrayList<>();

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
        r = o.family(LI_MING, "13800000001", "张子涵");
    }

    @AfterEach
    void close() {
        o.close();
    }

    private FollowUpFormViewModel form(String who, Long visitId, Long student) {
        FollowUpFormViewModel vm = new FollowUpFormViewModel(r.householdId(), visitId, student, o.followUps,
                Background.direct(), new RecordingDialogs(), o.id(who), o.t.clock);
        vm.onDone(planned::add);
        vm.load();
        return vm;
    }

    private List<FollowUp> openFollowUps() {
        return o.followUps.openFor(o.id(LI_MING), r.householdId()).stream().map(FollowUpLine::followUp).toList();
    }

    @Test
    void tomorrowIsProposedForTheWholeFamilyByItsOwnerAndNothingIsRedYet() {
        FollowUpFormViewModel vm = form(LI_MING, null, null);

        assertEquals("2026-11-28", vm.dayProperty().get());
        assertEquals("", vm.timeProperty().get());
        assertEquals("", vm.purposeProperty().get());
        assertNull(vm.whomProperty().get().student(), "the whole family");
        assertEquals(List.of("全家", "张子涵"), vm.whoms().stream()
                .map(w -> w.student() == null ? "全家" : w.student().name()).toList());
        assertEquals(LI_MING, vm.ownerProperty().get().name());
        assertFalse(vm.choosesOwner());
        assertTrue(vm.choosesWhom());
        assertNull(vm.error(FollowUpPlan.PURPOSE).get(), "a fresh form is not red all over");
    }

    @Test
    void aVisitorsFormStartsWithTheStudentWhoCame() {
        FollowUpFormViewModel vm = form(LI_MING, r.visitId(), r.studentId());

        assertEquals("张子涵", vm.whomProperty().get().student().name());
        vm.purposeProperty().set("考虑后回复");
        assertTrue(vm.save());

        assertEquals(r.visitId(), planned.get(0).fromVisitId());
        assertEquals(r.studentId(), planned.get(0).studentId());
    }

    @Test
    void aNotesFormIsAboutTheNotesStudentAndSaysWhereItCameFrom() {
        long note = o.note(r.householdId(), r.studentId(), LI_MING, "DRAFT");
        FollowUpFormViewModel vm = FollowUpFormViewModel.fromNote(r.householdId(), note, r.studentId(),
                o.followUps, Background.direct(), new RecordingDialogs(), o.id(LI_MING), o.t.clock);
        vm.onDone(planned::add);
        vm.load();

        assertFalse(vm.choosesWhom());
        assertEquals("张子涵", vm.whomProperty().get().student().name());
        vm.purposeProperty().set("按记录约试听");
        assertTrue(vm.save());

        assertEquals(note, planned.get(0).fromNoteId());
        assertEquals(r.studentId(), planned.get(0).studentId());
    }

    @Test
    void eachFieldSaysWhatIsWrongBesideIt() {
        FollowUpFormViewModel vm = form(LI_MING, null, null);

        assertFalse(vm.save());
        assertMsg(new Msg("error.required"), vm.error(FollowUpPlan.PURPOSE).get());
        assertNull(vm.error(FollowUpPlan.DAY).get());

        vm.dayProperty().set("2026-02-30");
        assertMsg(new Msg("error.followUp.dayFormat"), vm.error(FollowUpPlan.DAY).get());
        vm.dayProperty().set("");
        assertMsg(new Msg("error.required"), vm.error(FollowUpPlan.DAY).get());
        vm.dayProperty().set("2026/11/26");
        assertMsg(new Msg("error.followUp.dayPast"), vm.error(FollowUpPlan.DAY).get());
        vm.dayProperty().set("2026年11月27日");
        assertNull(vm.error(FollowUpPlan.DAY).get(), "today");
        vm.timeProperty().set("9:59");
        assertMsg(new Msg("error.followUp.timePast"), vm.error(FollowUpPlan.TIME).get());
        vm.timeProperty().set("半小时后");
        assertMsg(new Msg("error.followUp.timeFormat"), vm.error(FollowUpPlan.TIME).get());
        vm.purposeProperty().set("很".repeat(FollowUpPlan.PURPOSE_MAX + 1));
        assertMsg(new Msg("error.tooLong", FollowUpPlan.PURPOSE_MAX), vm.error(FollowUpPlan.PURPOSE).get());

        assertFalse(vm.save());
        assertEquals(List.of(), planned);
        assertEquals(List.of(), openFollowUps());
    }

    @Test
    void aDayTypedWithSlashesAndATimeWithAChineseColonAreTaken() {
        FollowUpFormViewModel vm = form(LI_MING, null, null);
        vm.dayProperty().set("2026/12/1");
        vm.timeProperty().set("14：30");
        vm.purposeProperty().set("确认试听时间");

        assertTrue(vm.save());

        assertEquals(LocalDateTime.of(2026, 12, 1, 14, 30), planned.get(0).dueAt());
        assertEquals(List.of(planned.get(0)), openFollowUps());
    }

    @Test
    void aManagerChoosesAmongThoseWhoMayReadTheFamily() {
        FollowUpFormViewModel vm = form(TestOffice.MANAGER, null, null);

        assertTrue(vm.choosesOwner());
        assertEquals(List.of(TestOffice.MANAGER, LI_MING), vm.owners().stream().map(Staff::name).toList());
        vm.ownerProperty().set(vm.owners().get(0));
        vm.purposeProperty().set("主管亲自回访");
        assertTrue(vm.save());

        assertEquals(TestOffice.MANAGER, planned.get(0).ownerName());
    }

    @Test
    void anotherCounselorIsToldTheFamilyIsNotTheirs() {
        FollowUpFormViewModel vm = form(TestOffice.OTHER_COUNSELOR, null, null);

        assertMsg(new Msg(Access.REFUSED), vm.messageProperty().get());
        assertNull(vm.householdProperty().get());
        assertFalse(vm.save());
    }

    @Test
    void aRefusalOfTheServiceLandsBesideItsField() {
        FollowUpFormViewModel vm = form(LI_MING, null, null);
        vm.purposeProperty().set("回访");
        o.t.deactivate(LI_MING);

        assertTrue(vm.save(), "the save starts");

        assertEquals(List.of(), planned);
        assertMsg(new Msg("error.staff.unknown"), vm.messageProperty().get());
    }

    @Test
    void aFollowUpPlannedElsewhereMeanwhileIsNoReasonToRefuse() {
        o.plan(LI_MING, r.householdId(), on(o.today(), "已有的"));
        FollowUpFormViewModel vm = form(LI_MING, null, null);
        vm.purposeProperty().set("另一个");

        assertTrue(vm.save());

        assertEquals(2, openFollowUps().size());
    }
}
