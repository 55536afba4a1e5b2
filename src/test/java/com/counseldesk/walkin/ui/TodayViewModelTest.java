package com.counseldesk.walkin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {
    private static final LocalDateTime YESTERDAY = LocalDateTime.of(2026, 11, 26, 15, 0);
    private static final LocalDateTime TODAY_930 = LocalDateTime.of(2026, 11, 27, 9, 30);
    private static final LocalDateTime TODAY_1000 = LocalDateTime.of(2026, 11, 27, 10, 0);

    @TempDir
    Path dir;
    private TestOffice t;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TodayViewModel vm;
    private Registration liHaoran;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        t.clock.set(YESTERDAY);
        liHaoran = t.register(t.walkIn(TestOffice.COUNSELOR).phone("13912345678").student("李浩然").purpose("第一次来"));
        t.clock.set(TODAY_930);
        t.register(t.walkIn(TestOffice.OTHER_COUNSELOR).phone("13812345678").student("张子涵"));
        t.clock.set(TODAY_1000);
        t.register(t.walkIn(TestOffice.COUNSELOR).phone("13912345678").child(liHaoran.studentId())
                .student("李浩然").purpose("复诊"));
        vm = new TodayViewModel(t.visits, Background.direct(), dialogs);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private VisitRow row(String student) {
        return vm.visits().stream().filter(r -> r.studentNames().equals(student)).findFirst().orElseThrow();
    }

    private List<String> students() {
        return vm.visits().stream().map(VisitRow::studentNames).toList();
    }

    private List<VisitStatus> storedStatuses() {
        return t.visits.today().stream().map(VisitRow::status).toList();
    }

    @Test
    void refreshListsTodaysVisitorsNewestFirst() {
        vm.refresh();

        assertEquals(List.of("李浩然", "张子涵"), students());
        assertEquals(List.of(TODAY_1000, TODAY_930), vm.visits().stream().map(VisitRow::arrivedAt).toList());
        assertEquals(List.of(TestOffice.COUNSELOR, TestOffice.OTHER_COUNSELOR),
                vm.visits().stream().map(VisitRow::counselorName).toList());
    }

    @Test
    void selectingAVisitorShowsTheirPastVisitsNewestFirst() {
        vm.refresh();

        vm.selectedProperty().set(row("李浩然"));

        assertEquals(List.of("复诊", "第一次来"), vm.history().stream().map(VisitRow::purpose).toList());
        assertEquals("李浩然", vm.historyFamilyProperty().get().studentNames());
        assertEquals(liHaoran.householdId(), vm.historyFamilyProperty().get().id());

        vm.selectedProperty().set(null);
        assertEquals(List.of("复诊", "第一次来"), vm.history().stream().map(VisitRow::purpose).toList(),
                "clearing the selection keeps the list until another household is chosen");
    }

    @Test
    void aHouseholdFoundAtTheDeskShowsItsPastVisits() {
        vm.refresh();
        HouseholdCard card = t.families.findByPhone(row("李浩然").phone()).orElseThrow();

        vm.showFamily(card);

        assertEquals("李浩然", vm.historyFamilyProperty().get().studentNames());
        assertEquals(List.of("复诊", "第一次来"), vm.history().stream().map(VisitRow::purpose).toList());
    }

    @Test
    void aHouseholdWithTwoChildrenListsTheVisitsOfBoth() {
        t.clock.advance(Duration.ofMinutes(30));
        t.register(t.walkIn(TestOffice.COUNSELOR).phone("13912345678").newChild().student("李浩宇").purpose("弟弟"));

        vm.showFamily(t.household("13912345678"));

        assertEquals("李浩然、李浩宇", vm.historyFamilyProperty().get().studentNames());
        assertEquals(List.of("李浩宇", "李浩然", "李浩然"), vm.history().stream().map(VisitRow::studentNames).toList());
        assertEquals(List.of("弟弟", "复诊", "第一次来"), vm.history().stream().map(VisitRow::purpose).toList());
    }

    @Test
    void settingTheStatusUpdatesTheRowAndTheFile() {
        vm.refresh();
        vm.selectedProperty().set(row("张子涵"));

        vm.setStatus(VisitStatus.CONSULTING);

        assertEquals(VisitStatus.CONSULTING, row("张子涵").status());
        assertEquals(VisitStatus.CONSULTING, vm.selectedProperty().get().status());
        assertEquals(List.of(VisitStatus.WAITING, VisitStatus.CONSULTING), storedStatuses());

        t.clock.advance(Duration.ofMinutes(45));
        vm.setStatus(VisitStatus.LEFT);

        assertEquals(VisitStatus.LEFT, row("张子涵").status());
        assertEquals(TODAY_1000.plusMinutes(45), row("张子涵").leftAt());
        assertEquals(2, vm.visits().size());
    }

    @Test
    void withoutASelectionNothingChanges() {
        vm.refresh();

        vm.setStatus(VisitStatus.LEFT);

        assertEquals(List.of(VisitStatus.WAITING, VisitStatus.WAITING), storedStatuses());
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void refreshShowsNewArrivalsFirstAndKeepsTheSelection() {
        vm.refresh();
        vm.selectedProperty().set(row("张子涵"));
        long selected = vm.selectedProperty().get().visitId();
        t.clock.advance(Duration.ofMinutes(20));
        Registration newcomer = t.register(t.walkIn(TestOffice.MANAGER).phone("13700000000").student("王一诺"));

        vm.refresh();

        assertEquals(List.of("王一诺", "李浩然", "张子涵"), students());
        assertEquals(selected, vm.selectedProperty().get().visitId());

        vm.refresh(newcomer.visitId());
        assertEquals("王一诺", vm.selectedProperty().get().studentNames(), "a new arrival is selected after saving");
        assertEquals(newcomer.householdId(), vm.historyFamilyProperty().get().id());
    }

    @Test
    void aFailedUpdateIsReportedAndTheRowStaysAsItWas() {
        vm.refresh();
        vm.selectedProperty().set(row("张子涵"));
        FailingWrites.start(t.db, "UPDATE", "visit");

        vm.setStatus(VisitStatus.LEFT);

        RecordingDialogs.Shown dialog = dialogs.single();
        assertEquals("today.statusFailed", dialog.title().key());
        assertEquals("error.system", dialog.message().key());
        assertEquals(VisitStatus.WAITING, row("张子涵").status());
        assertNull(row("张子涵").leftAt());
        assertEquals(List.of(VisitStatus.WAITING, VisitStatus.WAITING), storedStatuses());
    }
    @Test
    void aPastDayListsThatDaysVisitorsAndOnlyTodayTakesAStatus() {
        vm.refresh();

        vm.previousDay();

        assertEquals(YESTERDAY.toLocalDate(), vm.dayProperty().get());
        assertFalse(vm.showingTodayProperty().get());
        assertEquals(List.of("第一次来"), vm.visits().stream().map(VisitRow::purpose).toList());
        vm.selectedProperty().set(vm.visits().get(0));
        vm.setStatus(VisitStatus.CONSULTING);
        assertEquals(VisitStatus.WAITING, t.visits.visitsOf(liHaoran.householdId()).get(1).status(),
                "a past day's visit keeps its status");

        vm.showDay(YESTERDAY.toLocalDate().minusDays(5));
        assertEquals(List.of(), vm.visits());

        vm.nextDay();
        assertEquals(YESTERDAY.toLocalDate().minusDays(4), vm.dayProperty().get());
        vm.showDay(TODAY_1000.toLocalDate().plusDays(3));
        assertEquals(TODAY_1000.toLocalDate(), vm.dayProperty().get(), "no day after today");
        assertTrue(vm.showingTodayProperty().get());
        assertEquals(List.of("李浩然", "张子涵"), students());
        vm.nextDay();
        assertEquals(TODAY_1000.toLocalDate(), vm.dayProperty().get());
        vm.showDay(null);
        assertEquals(TODAY_1000.toLocalDate(), vm.dayProperty().get());
    }

    @Test
    void pastMidnightTodaysBoardGoesOnToTheNewDay() {
        vm.refresh();
        t.clock.set(TODAY_1000.plusDays(1).withHour(0).withMinute(5));

        vm.refresh();

        assertEquals(TODAY_1000.toLocalDate().plusDays(1), vm.dayProperty().get());
        assertTrue(vm.showingTodayProperty().get());
        assertEquals(List.of(), vm.visits());
    }

    @Test
    void anArrivalIsAnnouncedOnTodaysBoardOnly() {
        vm.refresh();
        vm.previousDay();
        t.clock.advance(Duration.ofMinutes(5));
        Registration newcomer = t.register(t.walkIn(TestOffice.COUNSELOR).phone("13700000000").student("王一诺"));

        vm.arrived(newcomer.visitId(), true);

        assertNull(vm.noticeProperty().get());
        assertEquals(List.of("第一次来"), vm.visits().stream().map(VisitRow::purpose).toList());
        vm.showToday();
        vm.arrived(newcomer.visitId(), true);
        assertEquals("today.arrival", vm.noticeProperty().get().key());
        vm.previousDay();
        assertNull(vm.noticeProperty().get(), "going back to a past day puts the notice away");
    }

    @Test
    void aSaveGoesBackToTodaySelectsTheNewArrivalAndListsTheFamilyAsSaved() {
        vm.refresh();
        vm.selectedProperty().set(row("李浩然"));
        assertEquals(2, vm.history().size());
        vm.previousDay();
        t.clock.advance(Duration.ofMinutes(20));
        Registration again = t.register(t.walkIn(TestOffice.COUNSELOR).phone("13912345678")
                .child(liHaoran.studentId()).student("李浩然").purpose("第三次"));

        vm.saved(again.visitId());

        assertTrue(vm.showingTodayProperty().get());
        assertEquals(TODAY_1000.toLocalDate(), vm.dayProperty().get());
        assertEquals(List.of("李浩然", "李浩然", "张子涵"), students());
        assertEquals(again.visitId(), vm.selectedProperty().get().visitId());
        assertEquals(List.of("第三次", "复诊", "第一次来"), vm.history().stream().map(VisitRow::purpose).toList(),
                "the same family's visits are read again from what was saved");
    }

    @Test
    void aSaveForAnotherFamilyListsThatFamily() {
        vm.refresh();
        vm.selectedProperty().set(row("张子涵"));
        t.clock.advance(Duration.ofMinutes(20));
        Registration newcomer = t.register(t.walkIn(TestOffice.MANAGER).phone("13700000000").student("王一诺"));

        vm.saved(newcomer.visitId());

        assertEquals("王一诺", vm.selectedProperty().get().studentNames());
        assertEquals(newcomer.householdId(), vm.historyFamilyProperty().get().id());
        assertEquals(List.of("王一诺"), vm.history().stream().map(VisitRow::studentNames).toList());
    }

    @Test
    void aClearedFormListsNoFamily() {
        vm.refresh();
        vm.selectedProperty().set(row("李浩然"));

        vm.clearFamily();

        assertNull(vm.selectedProperty().get());
        assertNull(vm.historyFamilyProperty().get());
        assertEquals(List.of(), vm.history());
        assertEquals(2, vm.visits().size(), "the day's list stays");
    }
}
