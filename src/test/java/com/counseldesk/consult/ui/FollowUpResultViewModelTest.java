package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Messages.assertMsg;
import static com.counseldesk.consult.FollowUpOffice.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpOffice;
import com.counseldesk.consult.FollowUpOutcome;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpResult;
import com.counseldesk.consult.FollowUpService;
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

/** Recording a result: the next one follows the result, is proposed, checked, and stored with it. */
class FollowUpResultViewModelTest {
    private static final String LI_MING = TestOffice.COUNSELOR;

    @TempDir
    Path dir;
    private FollowUpOffice o;
    private Registration r;
    private FollowUp f;
    private final List<FollowUpService.Recorded> recorded = new ArrayList<>();

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
        r = o.family(LI_MING, "13800000001", "张子涵");
        f = o.plan(LI_MING, r.householdId(), on(o.today(), "确认试听时间"));
    }

    @AfterEach
    void close() {
        o.close();
    }

    private FollowUpResultViewModel form() {
        FollowUpResultViewModel vm = new FollowUpResultViewModel(f.id(), o.followUps, Background.direct(),
                new RecordingDialogs(), o.id(LI_MING), o.t.clock);
        vm.onDone(recorded::add);
        vm.load();
        return vm;
    }

    private List<FollowUp> openFollowUps() {
        return o.followUps.openFor(o.id(LI_MING), r.householdId()).stream().map(FollowUpLine::followUp).toList();
    }

    @Test
    void theNextOneIsProposedForTomorrowWithTheSamePurpose() {
        FollowUpResultViewModel vm = form();

        assertEquals("张子涵", vm.followUpProperty().get().students());
        assertEquals("2026-11-28", vm.dayProperty().get());
        assertEquals("确认试听时间", vm.purposeProperty().get());
        assertFalse(vm.save(), "no result chosen");
        assertMsg(new Msg("error.followUp.chooseResult"), vm.error(FollowUpResultViewModel.RESULT).get());
    }

    @Test
    void whetherTheNextOneIsPlannedFollowsTheResult() {
        FollowUpResultViewModel vm = form();

        vm.resultProperty().set(FollowUpResult.GAVE_UP);
        assertFalse(vm.planNextProperty().get());
        assertFalse(vm.nextWanted().get());
        assertFalse(vm.nextIsOptional().get());
        vm.resultProperty().set(FollowUpResult.NOT_REACHED);
        assertTrue(vm.planNextProperty().get());
        assertTrue(vm.nextWanted().get());
        assertFalse(vm.nextIsOptional().get(), "not reached needs the next one");
        vm.resultProperty().set(FollowUpResult.REACHED);
        assertTrue(vm.nextIsOptional().get());
        vm.planNextProperty().set(false);
        assertFalse(vm.nextWanted().get());
        vm.purposeProperty().set("");
        assertNull(vm.error(FollowUpPlan.PURPOSE).get(), "no next one: nothing to fill");

        assertTrue(vm.save());
        assertNull(recorded.get(0).next());
        assertEquals(FollowUpResult.REACHED, recorded.get(0).done().result());
        assertEquals(List.of(), openFollowUps());
    }

    @Test
    void theResultAndTheNextOneAreStoredTogether() {
        FollowUpResultViewModel vm = form();
        vm.resultProperty().set(FollowUpResult.CALL_BACK);
        vm.noteProperty().set("周末再打");
        vm.dayProperty().set("2026/11/29");
        vm.timeProperty().set("1030");

        assertTrue(vm.save());

        FollowUpService.Recorded done = recorded.get(0);
        assertEquals("周末再打", done.done().resultNote());
        assertEquals(LocalDateTime.of(2026, 11, 29, 10, 30), done.next().dueAt());
        assertEquals("确认试听时间", done.next().purpose());
        assertEquals(List.of(done.next()), openFollowUps());
    }

    @Test
    void aWrongNextDayStoresNeitherTheResultNorTheNextOne() {
        FollowUpResultViewModel vm = form();
        vm.resultProperty().set(FollowUpResult.NOT_REACHED);
        vm.dayProperty().set("11-29");

        assertFalse(vm.save());

        assertMsg(new Msg("error.followUp.dayFormat"), vm.error(FollowUpPlan.DAY).get());
        assertEquals(List.of(), recorded);
        assertEquals(List.of(f.id()), openFollowUps().stream().map(FollowUp::id).toList());
    }

    @Test
    void aFollowUpMadeMeanwhileOnAnotherPcIsSaidSo() {
        FollowUpResultViewModel vm = form();
        o.followUps.record(o.id(TestOffice.MANAGER), f.id(),
                new FollowUpOutcome(FollowUpResult.REACHED, "", null));
        vm.resultProperty().set(FollowUpResult.REACHED);
        vm.planNextProperty().set(false);

        assertTrue(vm.save());

        assertMsg(new Msg("error.followUp.alreadyDone", TestOffice.MANAGER), vm.messageProperty().get());
        assertEquals(List.of(), recorded);
    }
}
