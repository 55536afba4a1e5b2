package com.counseldesk.consult.ui;

import static com.counseldesk.consult.FollowUpOffice.at;
import static com.counseldesk.consult.FollowUpOffice.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.fx.Background;
import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpOffice;
import com.counseldesk.consult.FollowUpOutcome;
import com.counseldesk.consult.FollowUpResult;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminder: a follow-up with a time is announced once, when it falls due while the app is open. */
class FollowUpReminderTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private FollowUpOffice o;
    private Registration r;
    private final List<String> announced = new ArrayList<>();
    private FollowUpReminder reminder;

    @BeforeEach
    void open() {
        o = new FollowUpOffice(dir);
        r = o.family(LI_MING, "13800000001", "张子涵");
    }

    @AfterEach
    void close() {
        o.close();
    }

    /** 李明 signs in now. */
    private void signIn() {
        reminder = new FollowUpReminder(o.followUps, Background.direct(), o.id(LI_MING), o.t.clock,
                (FollowUpLine l) -> announced.add(l.followUp().purpose()));
    }

    private void checkAt(int hour, int minute) {
        o.t.clock.set(FRIDAY.atTime(hour, minute));
        reminder.check();
    }

    @Test
    void eachFollowUpIsAnnouncedOnceWhenItsTimeComes() {
        o.plan(LI_MING, r.householdId(), at(FRIDAY.atTime(10, 30), "十点半"));
        o.plan(LI_MING, r.householdId(), at(FRIDAY.atTime(11, 0), "十一点"));
        signIn();

        checkAt(10, 0);
        assertEquals(List.of(), announced);
        checkAt(10, 29);
        assertEquals(List.of(), announced);
        checkAt(10, 30);
        assertEquals(List.of("十点半"), announced);
        checkAt(10, 31);
        checkAt(10, 45);
        assertEquals(List.of("十点半"), announced, "once");
        checkAt(11, 5);
        assertEquals(List.of("十点半", "十一点"), announced);
        checkAt(12, 0);
        assertEquals(List.of("十点半", "十一点"), announced);
    }

    @Test
    void oneWithoutATimeOrAnotherCounselorsOrOneMadeAlreadyIsNotAnnounced() {
        o.plan(LI_MING, r.householdId(), on(FRIDAY, "今天某时"));
        FollowUp made = o.plan(LI_MING, r.householdId(), at(FRIDAY.atTime(10, 15), "提前打过了"));
        Registration his = o.family(TestOffice.OTHER_COUNSELOR, "13800000002", "李小龙");
        o.plan(TestOffice.OTHER_COUNSELOR, his.householdId(), at(FRIDAY.atTime(10, 20), "张伟的"));
        signIn();
        o.followUps.record(o.id(LI_MING), made.id(), new FollowUpOutcome(FollowUpResult.REACHED, "", null));

        checkAt(10, 30);

        assertEquals(List.of(), announced);
    }

    @Test
    void oneDueBeforeSigningInIsOnTheStartPageNotAnnounced() {
        o.t.clock.set(FRIDAY.atTime(9, 0));
        o.plan(LI_MING, r.householdId(), at(FRIDAY.atTime(9, 30), "九点半"));
        o.t.clock.set(FRIDAY.atTime(10, 0));
        signIn();

        checkAt(10, 1);

        assertEquals(List.of(), announced);
        assertEquals(List.of("九点半"), o.startPages.startPage(o.id(LI_MING)).dueToday().rows().stream()
                .map(l -> l.followUp().purpose()).toList());
    }

    @Test
    void oneAddedWhileTheAppIsOpenIsAnnouncedToo() {
        signIn();
        checkAt(10, 5);
        o.plan(LI_MING, r.householdId(), at(FRIDAY.atTime(10, 20), "刚安排的"));

        checkAt(10, 20);

        assertEquals(List.of("刚安排的"), announced);
    }
}
