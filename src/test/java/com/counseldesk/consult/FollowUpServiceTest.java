package com.counseldesk.consult;

import static com.counseldesk.consult.FollowUpOffice.at;
import static com.counseldesk.consult.FollowUpOffice.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning follow-ups, recording their results with the next one, who may do what, and the timeline. */
class FollowUpServiceTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final String ZHANG_WEI = TestOffice.OTHER_COUNSELOR;
    private static final String MANAGER = TestOffice.MANAGER;
    private static final String DESK = TestOffice.FRONT_DESK;

    @TempDir
    Path dir;
    private FollowUpOffice o;
    private FollowUpService followUps;
    private Registration liMings;
    private LocalDate tomorrow;

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
        followUps = o.followUps;
        liMings = o.family(LI_MING, "13800000001", "张子涵");
        tomorrow = o.today().plusDays(1);
    }

    @AfterEach
    void close() {
        o.close();
    }

    private static ValidationException refused(String field, String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }

    /** The open follow-ups of 李明's family, as {@code name} reads them. */
    private List<FollowUp> open(String name) {
        return followUps.openFor(o.id(name), liMings.householdId()).stream().map(FollowUpLine::followUp).toList();
    }

    @Test
    void aFollowUpGoesToTheHouseholdsOwnerAndStaysOpenUntilMade() {
        FollowUp f = followUps.schedule(o.id(LI_MING), liMings.householdId(), liMings.studentId(), null,
                at(tomorrow.atTime(14, 30), "确认试听时间"));

        assertEquals(o.id(LI_MING), f.ownerId());
        assertEquals(LI_MING, f.ownerName());
        assertEquals(liMings.studentId(), f.studentId());
        assertEquals(tomorrow.atTime(14, 30), f.dueAt());
        assertTrue(f.hasTime());
        assertEquals("2026-11-28 14:30", f.dueText());
        assertEquals("确认试听时间", f.purpose());
        assertTrue(f.isOpen());
        assertEquals(List.of(f), open(LI_MING));
        assertEquals("张子涵", followUps.openFor(o.id(LI_MING), liMings.householdId()).get(0).students());
    }

    @Test
    void aDayWithoutATimeIsDueFromItsStartAndSaysOnlyTheDay() {
        FollowUp f = o.plan(LI_MING, liMings.householdId(), on(tomorrow, "回访试听感受"));

        assertFalse(f.hasTime());
        assertNull(f.time());
        assertEquals(tomorrow.atStartOfDay(), f.dueAt());
        assertEquals("2026-11-28", f.dueText());
    }

    @Test
    void aDueDayInThePastOrATimeGoneByTodayIsRefusedBesideItsField() {
        long me = o.id(LI_MING);
        long h = liMings.householdId();
        refused(FollowUpPlan.DAY, "error.followUp.dayPast",
                () -> followUps.schedule(me, h, null, null, on(o.today().minusDays(1), "回访")));
        refused(FollowUpPlan.TIME, "error.followUp.timePast",
                () -> followUps.schedule(me, h, null, null, at(o.today().atTime(9, 59), "回访")));

        // Today without a time, this very minute, and later today are all still to come.
        o.plan(LI_MING, h, on(o.today(), "今天"));
        o.plan(LI_MING, h, at(o.today().atTime(o.now()), "现在"));
        o.plan(LI_MING, h, at(o.today().atTime(18, 0), "傍晚"));
        assertEquals(3, open(LI_MING).size());
    }

    @Test
    void aPurposeIsRequiredAndOneShortLine() {
        refused(FollowUpPlan.PURPOSE, "error.required", () -> on(tomorrow, "  "));
        refused(FollowUpPlan.PURPOSE, "error.tooLong", () -> on(tomorrow, "很".repeat(FollowUpPlan.PURPOSE_MAX + 1)));
        refused(FollowUpPlan.DAY, "error.required", () -> new FollowUpPlan(null, LocalTime.NOON, "回访"));
        assertEquals("约试听", on(tomorrow, " 约试听 ").purpose());
    }

    @Test
    void anotherCounselorsFamilyIsRefusedToOtherCounselorsAndTheDeskButNotToAManager() {
        long h = liMings.householdId();
        refused("household", Access.REFUSED, () -> o.plan(ZHANG_WEI, h, on(tomorrow, "回访")));
        refused("household", Access.REFUSED, () -> o.plan(DESK, h, on(tomorrow, "回访")));
        refused("household", Access.REFUSED, () -> followUps.openFor(o.id(ZHANG_WEI), h));

        FollowUp byManager = o.plan(MANAGER, h, on(tomorrow, "主管回访"));
        assertEquals(LI_MING, byManager.ownerName(), "the owner's task, whoever planned it");
        assertEquals(MANAGER, byManager.createdByName());
    }

    @Test
    void aFamilyNobodyOwnsGoesToTheCounselorWhoPlansIt() {
        o.t.deactivate(LI_MING);

        FollowUp f = o.plan(ZHANG_WEI, liMings.householdId(), on(tomorrow, "接手回访"));

        assertEquals(ZHANG_WEI, f.ownerName());
    }

    @Test
    void onlyAManagerChoosesAnotherOwnerAndOnlyOneWhoMayReadTheFamily() {
        long h = liMings.householdId();
        refused(FollowUpService.OWNER, "error.followUp.ownerManagerOnly",
                () -> followUps.schedule(o.id(LI_MING), h, null, o.id(MANAGER), on(tomorrow, "回访")));
        ValidationException e = refused(FollowUpService.OWNER, "error.followUp.ownerNoAccess",
                () -> followUps.schedule(o.id(MANAGER), h, null, o.id(ZHANG_WEI), on(tomorrow, "回访")));
        assertEquals(ZHANG_WEI, e.args()[0]);
        refused(FollowUpService.OWNER, "error.counselor.invalid",
                () -> followUps.schedule(o.id(MANAGER), h, null, o.id(DESK), on(tomorrow, "回访")));

        FollowUp toManager = followUps.schedule(o.id(MANAGER), h, null, o.id(MANAGER), on(tomorrow, "主管亲自回访"));
        assertEquals(MANAGER, toManager.ownerName());
    }

    @Test
    void aManagerIsOfferedTheCounselorsWhoMayReadTheFamily() {
        FollowUpService.Scheduling forManager = followUps.scheduling(o.id(MANAGER), liMings.householdId());
        assertEquals(LI_MING, forManager.proposedOwner().name());
        assertEquals(List.of(MANAGER, LI_MING), forManager.owners().stream().map(Staff::name).toList());

        FollowUpService.Scheduling forOwner = followUps.scheduling(o.id(LI_MING), liMings.householdId());
        assertEquals(List.of(LI_MING), forOwner.owners().stream().map(Staff::name).toList());
    }

    @Test
    void aStudentOfAnotherHouseholdIsRefused() {
        Registration other = o.family(LI_MING, "13800000002", "李四");
        refused(FollowUpService.STUDENT, "error.student.unknown", () -> followUps.schedule(o.id(LI_MING),
                liMings.householdId(), other.studentId(), null, on(tomorrow, "回访")));
    }

    @Test
    void theResultAndTheNextFollowUpAreRecordedInOneStep() {
        FollowUp first = followUps.schedule(o.id(LI_MING), liMings.householdId(), liMings.studentId(), null,
                on(o.today(), "确认试听"));

        FollowUpService.Recorded r = followUps.record(o.id(LI_MING), first.id(), new FollowUpOutcome(
                FollowUpResult.CALL_BACK, "妈妈在开会，晚上再打", at(o.today().atTime(19, 0), "再次确认试听")));

        assertFalse(r.done().isOpen());
        assertEquals(FollowUpResult.CALL_BACK, r.done().result());
        assertEquals("妈妈在开会，晚上再打", r.done().resultNote());
        assertEquals(LI_MING, r.done().doneByName());
        assertEquals(o.t.clock.localNow(), r.done().doneAt());
        assertEquals("再次确认试听", r.next().purpose());
        assertEquals(o.id(LI_MING), r.next().ownerId());
        assertEquals(liMings.studentId(), r.next().studentId(), "the same student");
        assertEquals(List.of(r.next()), open(LI_MING));
    }

    @Test
    void notReachedAndCallBackNeedTheNextOneAndGivingUpTakesNone() {
        refused(FollowUpOutcome.NEXT, "error.followUp.nextNeeded",
                () -> new FollowUpOutcome(FollowUpResult.NOT_REACHED, "", null));
        refused(FollowUpOutcome.NEXT, "error.followUp.nextAfterGivingUp",
                () -> new FollowUpOutcome(FollowUpResult.GAVE_UP, "", on(tomorrow, "再试")));
        refused(FollowUpOutcome.RESULT, "error.followUp.chooseResult", () -> new FollowUpOutcome(null, "", null));
        refused(FollowUpOutcome.NOTE, "error.tooLong",
                () -> new FollowUpOutcome(FollowUpResult.REACHED, "话".repeat(FollowUpOutcome.NOTE_MAX + 1), null));

        FollowUp f = o.plan(LI_MING, liMings.householdId(), on(o.today(), "回访"));
        FollowUpService.Recorded r = followUps.record(o.id(LI_MING), f.id(),
                new FollowUpOutcome(FollowUpResult.GAVE_UP, "已在别家报名", null));
        assertNull(r.next());
        assertEquals(List.of(), open(LI_MING));
    }

    @Test
    void aFollowUpIsMadeOnceAndTheNextOneCannotBeInThePast() {
        FollowUp f = o.plan(LI_MING, liMings.householdId(), on(o.today(), "回访"));
        refused(FollowUpPlan.DAY, "error.followUp.dayPast", () -> followUps.record(o.id(LI_MING), f.id(),
                new FollowUpOutcome(FollowUpResult.NOT_REACHED, "", on(o.today().minusDays(1), "再打"))));
        assertTrue(open(LI_MING).get(0).isOpen(), "nothing recorded");

        followUps.record(o.id(LI_MING), f.id(), new FollowUpOutcome(FollowUpResult.REACHED, "", null));
        ValidationException e = refused(FollowUpService.FOLLOW_UP, "error.followUp.alreadyDone",
                () -> followUps.record(o.id(MANAGER), f.id(), new FollowUpOutcome(FollowUpResult.REACHED, "", null)));
        assertEquals(LI_MING, e.args()[0]);
    }

    @Test
    void anotherCounselorCannotRecordTheResult() {
        FollowUp f = o.plan(LI_MING, liMings.householdId(), on(o.today(), "回访"));
        refused("household", Access.REFUSED, () -> followUps.record(o.id(ZHANG_WEI), f.id(),
                new FollowUpOutcome(FollowUpResult.REACHED, "", null)));
        refused("household", Access.REFUSED, () -> followUps.line(o.id(ZHANG_WEI), f.id()));
        assertTrue(open(LI_MING).get(0).isOpen());
    }

    @Test
    void whenTheNextOneCannotBeStoredTheResultIsNotStoredEither() {
        FollowUp f = o.plan(LI_MING, liMings.householdId(), on(o.today(), "回访"));
        FailingWrites.start(o.t.db, "INSERT", "follow_up");
        try {
            assertThrows(RuntimeException.class, () -> followUps.record(o.id(LI_MING), f.id(),
                    new FollowUpOutcome(FollowUpResult.NOT_REACHED, "没人接", on(tomorrow, "再打"))));
        } finally {
            FailingWrites.stop(o.t.db, "INSERT", "follow_up");
        }

        FollowUp still = open(LI_MING).get(0);
        assertEquals(f.id(), still.id());
        assertTrue(still.isOpen());
        assertEquals(1, o.t.count("follow_up"));
    }

    @Test
    void theNextOneStaysWithItsCounselorUnlessTheyMayNoLongerTakeIt() {
        FollowUp toManager = followUps.schedule(o.id(MANAGER), liMings.householdId(), null, o.id(MANAGER),
                on(o.today(), "主管回访"));
        FollowUpService.Recorded kept = followUps.record(o.id(LI_MING), toManager.id(),
                new FollowUpOutcome(FollowUpResult.CALL_BACK, "", on(tomorrow, "主管再打")));
        assertEquals(MANAGER, kept.next().ownerName());

        FollowUp mine = o.plan(LI_MING, liMings.householdId(), on(o.today(), "回访"));
        o.t.families.reassignOwner(liMings.householdId(), o.t.staff(ZHANG_WEI), "李明休假", o.t.staff(MANAGER));
        FollowUpService.Recorded moved = followUps.record(o.id(MANAGER), mine.id(),
                new FollowUpOutcome(FollowUpResult.NOT_REACHED, "", on(tomorrow, "再打")));
        assertEquals(ZHANG_WEI, moved.next().ownerName(), "李明 may no longer read the family");
    }

    @Test
    void aNotesFollowUpIsForTheNotesFamilyAndStudentAndSaysWhereItCameFrom() {
        long note = o.note(liMings.householdId(), liMings.studentId(), LI_MING, "SIGNED");

        FollowUp f = followUps.scheduleFromNote(o.id(LI_MING), note, null, on(tomorrow, "按记录约试听"));

        assertEquals(liMings.householdId(), f.householdId());
        assertEquals(liMings.studentId(), f.studentId());
        assertEquals(note, f.fromNoteId());
        refused("note", "error.followUp.noteUnknown",
                () -> followUps.scheduleFromNote(o.id(LI_MING), note + 99, null, on(tomorrow, "回访")));
        refused("household", Access.REFUSED,
                () -> followUps.scheduleFromNote(o.id(ZHANG_WEI), note, null, on(tomorrow, "回访")));
    }

    @Test
    void aFollowUpAfterTodaysVisitSaysWhichVisitAndAVoidVisitHasNone() {
        FollowUp f = followUps.scheduleAfterVisit(o.id(LI_MING), liMings.visitId(), liMings.studentId(), null,
                on(tomorrow, "没报名，明天回访"));
        assertEquals(liMings.visitId(), f.fromVisitId());
        assertEquals(liMings.householdId(), f.householdId());

        o.t.visits.voidVisit(liMings.visitId(), "登记错了", o.id(DESK));
        refused("visit", "error.visit.void", () -> followUps.scheduleAfterVisit(o.id(LI_MING), liMings.visitId(),
                null, null, on(tomorrow, "回访")));
    }

    @Test
    void theTimelineShowsThePlanAndTheResultToThoseWhoMayReadThem() {
        FollowUp f = o.plan(LI_MING, liMings.householdId(), on(o.today(), "确认试听"));
        o.t.clock.set(o.today().atTime(15, 0));
        followUps.record(o.id(LI_MING), f.id(), new FollowUpOutcome(FollowUpResult.VISIT_BOOKED, "周六上午来", null));
        I18n zh = new I18n(I18n.CHINESE);

        o.viewer = o.id(LI_MING);
        List<TimelineEntry> entries = o.t.families.timeline(liMings.householdId()).stream()
                .filter(e -> e.kind().startsWith("timeline.followUp")).toList();
        assertEquals(List.of(FollowUpService.TIMELINE_DONE, FollowUpService.TIMELINE_PLANNED),
                entries.stream().map(TimelineEntry::kind).toList());
        assertEquals("已约上门 · 周六上午来（确认试听）", zh.t(entries.get(0).summary()));
        assertEquals(LocalDateTime.of(2026, 11, 27, 15, 0), entries.get(0).at());
        assertEquals("2026-11-27 · 张子涵 · 确认试听 · 负责 李明", zh.t(entries.get(1).summary()));

        o.viewer = o.id(MANAGER);
        assertEquals(3, o.t.families.timeline(liMings.householdId()).size(), "the visit and the two entries");
        o.viewer = o.id(ZHANG_WEI);
        assertEquals(1, o.t.families.timeline(liMings.householdId()).size(), "the visit only");
        o.viewer = null;
        assertEquals(1, o.t.families.timeline(liMings.householdId()).size());
    }

    @Test
    void theFollowUpsFallingDueAreTheActorsOwnWithATimeInTheRange() {
        LocalDateTime now = o.t.clock.localNow();
        FollowUp soon = o.plan(LI_MING, liMings.householdId(), at(now.plusMinutes(5), "五分钟后"));
        o.plan(LI_MING, liMings.householdId(), on(o.today(), "今天某时"));
        o.plan(LI_MING, liMings.householdId(), at(now.plusHours(2), "两小时后"));
        Registration zhangs = o.family(ZHANG_WEI, "13800000009", "王五");
        o.plan(ZHANG_WEI, zhangs.householdId(), at(now.plusMinutes(5), "别人的"));

        List<FollowUpLine> due = followUps.fallingDue(o.id(LI_MING), now, now.plusMinutes(10));

        assertEquals(List.of(soon.id()), due.stream().map(l -> l.followUp().id()).toList());
        assertEquals("张子涵", due.get(0).students());
        assertEquals("王丽", due.get(0).contact());
        assertEquals(List.of(), followUps.fallingDue(o.id(LI_MING), now.plusMinutes(5), now.plusMinutes(10)));
    }
}
