package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
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
        // 张子涵's family came a week ago and again this morning; 李小龙's family is new today.
        office.clock.advance(Duration.ofDays(-7));
        Registration first = office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        office.clock.advance(Duration.ofDays(7).minusMinutes(30));
        office.register(office.walkIn("李明").child(first.studentId()).student("张子涵").phone("138 1234 5678"));
        office.clock.advance(Duration.ofMinutes(10));
        office.register(office.walkIn("张伟").student("李小龙").phone("139 0000 1111"));
        office.clock.advance(Duration.ofMinutes(20));

        TodayPage today = startAs(office, "王芳").today().expectRowCount(2);
        assertEquals(zh("today.title", 2), today.title());
        assertEquals(List.of("到达", "学生", "家长", "电话", "渠道", "咨询师", "状态", "离开"), today.headers());
        // The newest arrival is on top.
        Map<String, String> top = today.rows().get(0);
        assertEquals("09:40", top.get("到达"));
        assertEquals("李小龙", top.get(STUDENT));
        assertEquals("等待中", top.get(STATUS));
        assertEquals("", top.get(LEFT_AT));
        Map<String, String> earlier = today.rows().get(1);
        assertEquals("09:30", earlier.get("到达"));
        assertEquals("张子涵", earlier.get(STUDENT));
        assertEquals("王丽", earlier.get("家长"));
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

        VisitRow stored = office.visits.visitsOf(first.householdId()).get(0);
        assertEquals(VisitStatus.LEFT, stored.status());
        assertEquals(LocalDateTime.of(2026, 11, 27, 10, 45), stored.leftAt());
        assertNull(office.visits.today().get(0).leftAt(), "李小龙 is still here");
        assertEquals(VisitStatus.WAITING, office.visits.today().get(0).status());

        today.select(STUDENT, "李小龙");
        Wait.forValue("history title", zh("today.history", "李小龙", "139 0000 1111"), today::historyTitle);
        Wait.forValue("past visits of 李小龙", 1, () -> today.history().size());
        assertEquals("张伟", today.history().get(0).get("咨询师"));
    }
}
