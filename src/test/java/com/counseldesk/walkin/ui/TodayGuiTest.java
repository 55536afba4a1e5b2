package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static com.counseldesk.testutil.WalkInBuilder.aWalkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Today's visitors at the desk: their status through the visit, and each family's past visits. */
class TodayGuiTest extends GuiTest {
    private static final String STUDENT = "学生";
    private static final String STATUS = "状态";
    private static final String LEFT_AT = "离开";

    @Test
    void visitMovesFromWaitingToConsultingToLeftAndHistoryShowsPastVisits() {
        TestOffice office = typicalOffice();
        long desk = office.staff("王芳").id();
        long liMing = office.staff("李明").id();
        long zhangWei = office.staff("张伟").id();
        // 张子涵's family came a week ago and again this morning; 李小龙's family is new today.
        office.clock.advance(Duration.ofDays(-7));
        office.registration.registerWalkIn(aWalkIn().student("张子涵").phone("138 1234 5678").counselor(liMing)
                .build(), desk);
        office.clock.advance(Duration.ofDays(7).minusMinutes(30));
        office.registration.registerWalkIn(aWalkIn().student("张子涵").phone("138 1234 5678").counselor(liMing)
                .build(), desk);
        office.clock.advance(Duration.ofMinutes(10));
        office.registration.registerWalkIn(aWalkIn().student("李小龙").phone("139 0000 1111").counselor(zhangWei)
                .build(), desk);
        office.clock.advance(Duration.ofMinutes(20));

        TodayPage today = startAs(office, "王芳").today().expectRowCount(2);
        assertEquals(zh("today.title", 2), today.title());
        assertEquals(List.of("到达", "学生", "家长", "电话", "渠道", "咨询师", "状态", "离开"), today.headers());
        Map<String, String> first = today.rows().get(0);
        assertEquals("09:30", first.get("到达"));
        assertEquals("张子涵", first.get(STUDENT));
        assertEquals("等待中", first.get(STATUS));
        assertEquals("", first.get(LEFT_AT));
        assertEquals("09:40", today.rows().get(1).get("到达"));
        assertFalse(today.isButtonEnabled(TodayPage.CONSULTING), "no status change before a row is chosen");
        assertEquals(zh("today.history.none"), today.historyTitle());

        today.select(STUDENT, "张子涵");
        Wait.forValue("history title", zh("today.history", "张子涵", "138 1234 5678"), today::historyTitle);
        Wait.forValue("past visits of 张子涵", 2, () -> today.history().size());
        assertEquals("2026-11-27 09:30", today.history().get(0).get("日期"));
        assertEquals("2026-11-20 10:00", today.history().get(1).get("日期"));
        assertEquals("李明", today.history().get(1).get("咨询师"));
        assertTrue(today.isButtonEnabled(TodayPage.CONSULTING));

        today.press(TodayPage.CONSULTING);
        Wait.forValue("status of 张子涵", "咨询中", () -> today.row(STUDENT, "张子涵").get(STATUS));
        assertEquals("", today.row(STUDENT, "张子涵").get(LEFT_AT));

        office.clock.advance(Duration.ofMinutes(45));
        today.press(TodayPage.LEFT);
        Wait.forValue("status of 张子涵", "已离开", () -> today.row(STUDENT, "张子涵").get(STATUS));
        assertEquals("10:45", today.row(STUDENT, "张子涵").get(LEFT_AT));
        assertEquals("等待中", today.row(STUDENT, "李小龙").get(STATUS));

        VisitRow stored = office.registration.todaysVisits().get(0);
        assertEquals(VisitStatus.LEFT, stored.status());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 45), stored.leftAt());
        assertNull(office.registration.todaysVisits().get(1).leftAt());

        today.select(STUDENT, "李小龙");
        Wait.forValue("history title", zh("today.history", "李小龙", "139 0000 1111"), today::historyTitle);
        Wait.forValue("past visits of 李小龙", 1, () -> today.history().size());
        assertEquals("张伟", today.history().get(0).get("咨询师"));
    }
}
