package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.testutil.WalkInBuilder;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.VisitStatus;
import com.counseldesk.walkin.WalkInService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two PCs of one office on one PostgreSQL server: the counselor's PC shows the visitor the front
 * desk registered for them, without anybody pressing refresh, and moves with the desk's changes.
 * The desk's PC is the office database opened a second time, as another copy of the app would.
 */
class TwoPcsGuiTest extends GuiTest {
    private Database deskPc;

    @AfterEach
    void closeTheDesk() {
        if (deskPc != null) {
            deskPc.close();
        }
    }

    @Test
    void aVisitorRegisteredAtTheDeskShowsUpOnTheCounselorsPcByItself() {
        TestOffice office = TestOffice.typicalOnServer();
        TodayPage counselorPc = startAs(office, TestOffice.COUNSELOR).today().expectRowCount(0);
        deskPc = Database.open(office.db.address(), () -> { });
        OfficeService deskOffice = new OfficeService(deskPc, office.clock);
        WalkInService desk = new WalkInService(deskPc, office.clock, new FamilyService(deskPc, office.clock),
                deskOffice);
        long frontDesk = office.staff(TestOffice.FRONT_DESK).id();

        Registration r = desk.register(WalkInBuilder.aWalkIn().phone("138 1234 5678").student("张子涵")
                .counselor(office.staff(TestOffice.COUNSELOR).id()).build(), frontDesk, true);

        counselorPc.expectRowCount(1);
        assertEquals("张子涵", counselorPc.rows().get(0).get("学生"));
        counselorPc.expectArrivalNotice(zh("today.arrival", "张子涵", "10:00"));

        // A visitor for another counselor refreshes the board but is not announced here.
        office.clock.advance(Duration.ofMinutes(5));
        desk.register(WalkInBuilder.aWalkIn().phone("139 0000 1111").student("李小龙")
                .counselor(office.staff(TestOffice.OTHER_COUNSELOR).id()).build(), frontDesk, true);
        counselorPc.expectRowCount(2);
        assertEquals(zh("today.arrival", "张子涵", "10:00"), counselorPc.arrivalNotice());

        // The desk moves the first visitor on: the counselor's board follows.
        new VisitService(deskPc, office.clock, new FamilyService(deskPc, office.clock),
                deskOffice).setStatus(r.visitId(), VisitStatus.CONSULTING);
        Wait.forValue("张子涵's status on the counselor's PC", "咨询中",
                () -> counselorPc.row("学生", "张子涵").get("状态"));

        counselorPc.press("dismissArrivalButton");
        counselorPc.expectArrivalNotice("");
    }
}
