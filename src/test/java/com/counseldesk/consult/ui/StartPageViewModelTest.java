package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Messages.assertMsg;
import static com.counseldesk.consult.FollowUpOffice.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpOffice;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start page's view model: read at once, again on a new day, not again on every tick. */
class StartPageViewModelTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private FollowUpOffice o;
    private Registration r;
    private RecordingDialogs dialogs;

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
        r = o.family(LI_MING, "13800000001", "张子涵");
        dialogs = new RecordingDialogs();
    }

    @AfterEach
    void close() {
        o.close();
    }

    private StartPageViewModel page(String who) {
        StartPageViewModel vm = new StartPageViewModel(o.startPages, Background.direct(), dialogs, o.id(who),
                o.t.clock);
        assertMsg(new Msg("start.loading"), vm.statusProperty().get());
        vm.load();
        return vm;
    }

    private static List<String> purposes(List<FollowUpLine> lines) {
        return lines.stream().map(l -> l.followUp().purpose()).toList();
    }

    @Test
    void onANewDayTheTickReadsThePageAgainAndOtherwiseNot() {
        StartPageViewModel vm = page(LI_MING);
        assertNull(vm.statusProperty().get());
        assertEquals(FRIDAY, vm.pageProperty().get().day());
        assertEquals(List.of("张子涵"), vm.unplanned().stream().map(HouseholdCard::studentNames).toList());
        o.plan(LI_MING, r.householdId(), on(FRIDAY, "今天的"));

        o.t.clock.set(FRIDAY.atTime(23, 59));
        vm.tick();
        assertEquals(List.of(), purposes(vm.dueToday()), "the same day: not read again at each tick");

        o.t.clock.set(FRIDAY.plusDays(1).atTime(0, 0, 30));
        vm.tick();
        assertEquals(FRIDAY.plusDays(1), vm.pageProperty().get().day());
        assertEquals(List.of("今天的"), purposes(vm.overdue()));
        assertEquals(List.of(), vm.unplanned());
    }

    @Test
    void readingThePageAgainClearsTheRowChosen() {
        StartPageViewModel vm = page(LI_MING);
        vm.chosenProperty().set(new StartPageViewModel.Chosen(r.householdId(), 7L, null));

        vm.load();

        assertNull(vm.chosenProperty().get());
    }

    @Test
    void aManagersPageIsEveryonesAndTheDeskGetsASayingInsteadOfAPage() {
        assertTrue(page(TestOffice.MANAGER).pageProperty().get().everyone());
        assertFalse(page(LI_MING).pageProperty().get().everyone());

        StartPageViewModel desk = page(TestOffice.FRONT_DESK);

        assertNull(desk.pageProperty().get());
        assertMsg(new Msg("start.loadFailed"), desk.statusProperty().get());
        assertEquals(1, dialogs.shown().size());
    }
}
