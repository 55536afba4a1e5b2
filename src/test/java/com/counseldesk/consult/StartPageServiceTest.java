package com.counseldesk.consult;

import static com.counseldesk.consult.FollowUpOffice.at;
import static com.counseldesk.consult.FollowUpOffice.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start page's lists, across midnight, for a counselor and for a manager. */
class StartPageServiceTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final String ZHANG_WEI = TestOffice.OTHER_COUNSELOR;
    private static final String MANAGER = TestOffice.MANAGER;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private FollowUpOffice o;

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
    }

    @AfterEach
    void close() {
        o.close();
    }

    private StartPage pageOf(String name) {
        return o.startPages.startPage(o.id(name));
    }

    private static List<String> purposes(Listed<FollowUpLine> lines) {
        return lines.rows().stream().map(l -> l.followUp().purpose()).toList();
    }

    private static List<String> students(Listed<HouseholdCard> cards) {
        return cards.rows().stream().map(HouseholdCard::studentNames).toList();
    }

    @Test
    void atMidnightTodaysFollowUpsBecomeOverdueOldestFirstAndTomorrowsAreDue() {
        Registration a = o.family(LI_MING, "13800000001", "张子涵");
        Registration b = o.family(LI_MING, "13800000002", "李小龙");
        o.plan(LI_MING, a.householdId(), at(FRIDAY.atTime(23, 30), "今晚十一点半"));
        o.plan(LI_MING, b.householdId(), on(FRIDAY, "今天某时"));
        o.plan(LI_MING, a.householdId(), on(FRIDAY.plusDays(1), "明天"));
        o.plan(LI_MING, b.householdId(), on(FRIDAY.plusDays(2), "后天"));

        StartPage friday = pageOf(LI_MING);
        assertEquals(FRIDAY, friday.day());
        assertEquals(List.of("今天某时", "今晚十一点半"), purposes(friday.dueToday()));
        assertEquals(List.of(), purposes(friday.overdue()));

        o.t.clock.set(FRIDAY.atTime(23, 59, 59));
        assertEquals(List.of("今天某时", "今晚十一点半"), purposes(pageOf(LI_MING).dueToday()),
                "still due until the day ends");

        o.t.clock.set(FRIDAY.plusDays(1).atStartOfDay());
        StartPage saturday = pageOf(LI_MING);
        assertEquals(FRIDAY.plusDays(1), saturday.day());
        assertEquals(List.of("明天"), purposes(saturday.dueToday()));
        assertEquals(List.of("今天某时", "今晚十一点半"), purposes(saturday.overdue()));
        assertEquals("李小龙", saturday.overdue().rows().get(0).students());
    }

    @Test
    void aFamilyWithNothingPlannedIsListedMostRecentContactFirstUntilOneIsPlanned() {
        Registration older = o.family(LI_MING, "13800000001", "早来的");
        o.t.clock.set(FRIDAY.atTime(11, 0));
        Registration newer = o.family(LI_MING, "13800000002", "晚来的");
        o.family(ZHANG_WEI, "13800000003", "别人的");

        assertEquals(List.of("晚来的", "早来的"), students(pageOf(LI_MING).unplanned()));

        FollowUp f = o.plan(LI_MING, newer.householdId(), on(FRIDAY, "回访"));
        assertEquals(List.of("早来的"), students(pageOf(LI_MING).unplanned()));

        o.followUps.record(o.id(LI_MING), f.id(), new FollowUpOutcome(FollowUpResult.REACHED, "", null));
        assertEquals(List.of("晚来的", "早来的"), students(pageOf(LI_MING).unplanned()),
                "made, and nothing planned after it");
        assertEquals(List.of(), purposes(pageOf(LI_MING).dueToday()));
        assertTrue(older.householdId() > 0);
    }

    @Test
    void aCounselorSeesOnlyTheirOwnAndAManagerSeesEveryonesOverdueWithTheirCounselor() {
        Registration mine = o.family(LI_MING, "13800000001", "张子涵");
        Registration his = o.family(ZHANG_WEI, "13800000002", "王小明");
        o.plan(LI_MING, mine.householdId(), on(FRIDAY, "李明的"));
        o.plan(ZHANG_WEI, his.householdId(), at(FRIDAY.atTime(10, 30), "张伟的"));
        o.t.clock.set(FRIDAY.plusDays(3).atTime(9, 0));

        assertEquals(List.of("李明的"), purposes(pageOf(LI_MING).overdue()));
        assertEquals(List.of("张伟的"), purposes(pageOf(ZHANG_WEI).overdue()));
        StartPage manager = pageOf(MANAGER);
        assertTrue(manager.everyone());
        assertFalse(pageOf(LI_MING).everyone());
        assertEquals(List.of("李明的", "张伟的"), purposes(manager.overdue()));
        assertEquals(List.of(LI_MING, ZHANG_WEI),
                manager.overdue().rows().stream().map(l -> l.followUp().ownerName()).toList());
        assertEquals(List.of(), purposes(manager.dueToday()), "a manager's own due today: none");
    }

    @Test
    void aFamilyGivenToAnotherCounselorLeavesTheFormerOwnersPageAndTheManagerSeesItsFollowUpOverdue() {
        Registration r = o.family(LI_MING, "13800000001", "张子涵");
        o.plan(LI_MING, r.householdId(), on(FRIDAY, "回访"));
        o.t.families.reassignOwner(r.householdId(), o.t.staff(ZHANG_WEI), "李明调走", o.t.staff(MANAGER));

        assertEquals(List.of(), purposes(pageOf(LI_MING).dueToday()));
        o.t.clock.set(FRIDAY.plusDays(1).atTime(9, 0));
        assertEquals(List.of(), purposes(pageOf(LI_MING).overdue()));
        assertEquals(List.of(LI_MING), pageOf(MANAGER).overdue().rows().stream()
                .map(l -> l.followUp().ownerName()).toList());
    }

    @Test
    void theFamiliesWaitingOrInConsultationWithMeNowAreListedEarliestFirst() {
        Registration waiting = o.family(LI_MING, "13800000001", "等待中");
        o.t.clock.set(FRIDAY.atTime(10, 5));
        Registration consulting = o.family(LI_MING, "13800000002", "咨询中");
        Registration left = o.family(LI_MING, "13800000003", "已离开");
        o.family(ZHANG_WEI, "13800000004", "张伟的客人");
        o.t.visits.setStatus(consulting.visitId(), VisitStatus.CONSULTING);
        o.t.visits.setStatus(left.visitId(), VisitStatus.LEFT);

        List<VisitRow> here = pageOf(LI_MING).atTheOffice().rows();

        assertEquals(List.of("等待中", "咨询中"), here.stream().map(VisitRow::studentNames).toList());
        assertEquals(waiting.visitId(), here.get(0).visitId());
        o.t.clock.set(FRIDAY.plusDays(1).atTime(9, 0));
        assertEquals(List.of(), pageOf(LI_MING).atTheOffice().rows(), "yesterday's visitors are not here now");
    }

    @Test
    void myNotesStillInDraftAreListedTheLastWorkedOnFirst() {
        Registration r = o.family(LI_MING, "13800000001", "张子涵");
        LocalDateTime now = o.t.clock.localNow();
        o.t.clock.set(FRIDAY.minusDays(1).atTime(17, 0));
        o.note(r.householdId(), r.studentId(), LI_MING, "DRAFT");
        o.t.clock.set(now);
        long first = o.note(r.householdId(), r.studentId(), LI_MING, "DRAFT");
        o.t.clock.set(FRIDAY.atTime(11, 0));
        long second = o.note(r.householdId(), null, LI_MING, "DRAFT");
        o.note(r.householdId(), r.studentId(), LI_MING, "SIGNED");
        o.note(r.householdId(), r.studentId(), MANAGER, "DRAFT");

        List<DraftNote> drafts = pageOf(LI_MING).drafts().rows();

        assertEquals(List.of(second, first), drafts.stream().map(DraftNote::noteId).toList(),
                "not the manager's, not a signed one, not yesterday's (locked at midnight)");
        assertEquals("张子涵", drafts.get(1).students());
        assertEquals(LocalDateTime.of(2026, 11, 27, 11, 0), drafts.get(0).updatedAt());
    }

    @Test
    void eachListShowsAPageAndSaysThereIsMore() {
        Registration r = o.family(LI_MING, "13800000001", "张子涵");
        for (int i = 0; i < StartPageService.ROWS + 1; i++) {
            o.plan(LI_MING, r.householdId(), on(FRIDAY, "回访" + i));
        }
        StartPage page = pageOf(LI_MING);
        assertEquals(StartPageService.ROWS, page.dueToday().rows().size());
        assertTrue(page.dueToday().more());
        assertFalse(page.overdue().more());
    }

    @Test
    void theFrontDeskHasNoStartPage() {
        ValidationException e = assertThrows(ValidationException.class, () -> pageOf(TestOffice.FRONT_DESK));
        assertEquals(Access.REFUSED, e.messageKey());
    }
}
