package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.ConfirmPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Today's board on a busy day, after a save and after Ctrl+N, and looking back at past days. */
class TodayBoardGuiTest extends GuiTest {
    private static final String STUDENT = "学生";
    private static final LocalDateTime TODAY_9 = LocalDateTime.of(2026, 11, 27, 9, 0);

    /** 张子涵's family came eight times this autumn; today twenty families came before it. */
    private static TestOffice busyDay(TestOffice office) {
        office.clock.set(TODAY_9.minusDays(40));
        Registration first = office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        for (int i = 0; i < 7; i++) {
            office.clock.advance(Duration.ofDays(4));
            office.register(office.walkIn("李明").child(first.studentId()).student("张子涵").phone("138 1234 5678"));
        }
        office.clock.set(TODAY_9);
        for (int i = 1; i <= 20; i++) {
            office.register(office.walkIn("张伟").student("学生" + (char) ('甲' + i))
                    .phone(String.format("139 0000 %04d", i)));
            office.clock.advance(Duration.ofMinutes(5));
        }
        return office;
    }

    @Test
    void aNewArrivalOnABusyDayIsOnTopSelectedAndInViewWithItsFamilysVisits() {
        TestOffice office = busyDay(typicalOffice());
        MainPage main = startAs(office, "王芳");
        TodayPage today = main.today().expectTitle(zh("today.title", 20));
        // Looking for the first visitors of the day: the newest are scrolled away.
        today.toEndOfList();
        assertFalse(today.rowsInView().stream().anyMatch(r -> "10:35".equals(r.get("到达"))),
                "the newest rows are out of view: " + today.rowsInView());

        WalkInPage form = main.walkIn();
        form.typePhone("138 1234 5678").expectHousehold();
        form.choose(WalkInPage.CHANNEL, "邀约上访");
        form.clickSave();
        form.expectStatus(zh("walkin.saved.returning", "李明"));

        today.expectTitle(zh("today.title", 21));
        Wait.forValue("the new arrival selected", "张子涵", () -> today.selectedRow().get(STUDENT));
        assertEquals("10:40", today.selectedRow().get("到达"));
        Wait.forValue("the new arrival on top and in view", "张子涵",
                () -> today.rowsInView().isEmpty() ? "" : today.rowsInView().get(0).get(STUDENT));
        assertTrue(today.rowsInView().size() >= 7, "a useful part of the day in view: " + today.rowsInView().size());
        Wait.forValue("the family's visits as saved", zh("today.history", "张子涵", "138 1234 5678"),
                today::historyTitle);
        Wait.forValue("the visit just saved first", "2026-11-27 10:40",
                () -> today.historyInView().isEmpty() ? "" : today.historyInView().get(0).get("日期"));
        assertTrue(today.historyInView().size() >= 5,
                "the family's visits get room: " + today.historyInView().size() + " rows in view");
    }

    @Test
    void ctrlNClearsTheFamilysVisitsWithTheForm() {
        TestOffice office = busyDay(typicalOffice());
        MainPage main = startAs(office, "王芳");
        TodayPage today = main.today().expectTitle(zh("today.title", 20));
        WalkInPage form = main.walkIn();
        form.typePhone("138 1234 5678").expectHousehold();
        Wait.forValue("the family's visits", zh("today.history", "张子涵", "138 1234 5678"), today::historyTitle);

        form.pressNew();
        new ConfirmPage(robot()).confirm();

        Wait.forValue("no family listed", zh("today.history.none"), today::historyTitle);
        assertEquals(List.of(), today.history());

        // A visitor chosen on the board is put away too, by the form's 新登记 button.
        today.select("到达", "10:35");
        Wait.until("the visitor's family listed", () -> today.history().size() == 1);
        form.clickNew();
        Wait.forValue("no family listed", zh("today.history.none"), today::historyTitle);
        assertEquals(Map.of(), today.selectedRow());
        assertFalse(today.isButtonEnabled(TodayPage.CONSULTING));
    }

    @Test
    void pastDaysAreListedByDateReadOnlyAndCopied() {
        TestOffice office = typicalOffice();
        office.clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        office.register(office.walkIn("张伟").student("王一诺").phone("137 0000 0000").purpose("试听"));
        office.clock.set(LocalDateTime.of(2026, 11, 26, 15, 0));
        office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        office.clock.set(LocalDateTime.of(2026, 11, 27, 10, 0));
        office.register(office.walkIn("张伟").student("李小龙").phone("139 0000 1111"));
        MainPage main = startAs(office, "王芳");
        TodayPage today = main.today().expectTitle(zh("today.title", 1));
        assertEquals("2026-11-27", today.day());
        assertEquals("", today.pastDayHint());

        today.previousDay().expectTitle(zh("today.titleDay", "2026-11-26", 1));
        assertEquals("2026-11-26", today.day());
        assertEquals("张子涵", today.row(STUDENT, "张子涵").get(STUDENT));
        assertEquals(zh("today.pastDay"), today.pastDayHint());
        today.select(STUDENT, "张子涵");
        Wait.forValue("the family's visits", zh("today.history", "张子涵", "138 1234 5678"), today::historyTitle);
        assertFalse(today.isButtonEnabled(TodayPage.CONSULTING), "a past day takes no status");
        assertFalse(today.isButtonEnabled(TodayPage.LEFT));
        assertTrue(today.isButtonEnabled("editVisitButton"), "a past visit can still be corrected");

        today.nextDay().expectTitle(zh("today.title", 1));
        assertFalse(today.isButtonEnabled("nextDayButton"), "no day after today");
        today.altArrow(KeyCode.LEFT).expectTitle(zh("today.titleDay", "2026-11-26", 1));

        today.typeDay("2026/11/20").expectTitle(zh("today.titleDay", "2026-11-20", 1));
        assertEquals("试听", office.visits.on(java.time.LocalDate.of(2026, 11, 20)).get(0).purpose());
        assertEquals("王一诺", today.row(STUDENT, "王一诺").get(STUDENT));
        String copied = today.copyList();
        assertTrue(copied.startsWith(zh("today.titleDay", "2026-11-20", 1) + "\n到达\t学生\t家长\t电话"), copied);
        assertTrue(copied.contains("10:00\t王一诺\t"), copied);

        MainPage english = main.switchLanguage("English");
        TodayPage board = english.today().expectTitle(en("today.titleDay", "2026-11-20", 1));
        assertEquals(en("today.pastDay"), board.pastDayHint());
        board.backToToday().expectTitle(en("today.title", 1));
        board.select("Student", "李小龙");
        Wait.until("a status can be set today", () -> board.isButtonEnabled(TodayPage.CONSULTING));
    }
}
