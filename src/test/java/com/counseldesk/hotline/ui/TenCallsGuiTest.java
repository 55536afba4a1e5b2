package com.counseldesk.hotline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.pages.CallPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.Page;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The bar, tried as a new user would: counselor 李明 logs ten calls in a row from the keyboard
 * alone at a 1366×768 window — five new families booked for a visit today, a follow-up, a family not
 * interested, an advert, a known number, and an outbound cold call — while 张伟 takes calls at another
 * PC on the same database. Before each inbound call the indicator names 李明, picking up moves it on by
 * the rules (张伟 next; while 张伟 is away, 李明 again), and the five booked families stand on the desk's
 * list of today's expected visitors. The mouse is never used.
 */
class TenCallsGuiTest extends GuiTest {
    private static final I18n ZH = new I18n(I18n.CHINESE);
    private static final String[] BOOKED_AT = {"11:00", "12:30", "14:00", "15:30", "17:00"};

    @Test
    void tenCallsInARowFromTheKeyboard() {
        TestOffice office = typicalOffice();
        long liMing = office.staffId(TestOffice.COUNSELOR);
        long zhangWei = office.staffId(TestOffice.OTHER_COUNSELOR);
        long manager = office.staffId(TestOffice.MANAGER);
        DutyService otherPc = new DutyService(office.db, office.clock, office.office);
        otherPc.setOrder(manager, List.of(liMing, zhangWei));
        String today = office.clock.localNow().toLocalDate().toString();

        int mouseBefore = Page.mouseActions();
        MainPage main = startAs(office, TestOffice.COUNSELOR);
        main.resizeWindow(1366, 768);
        String next = "hotline.duty.next";
        List<String> booked = new ArrayList<>();
        int bookings = 0;
        for (int n = 1; n <= 10; n++) {
            CallPage call;
            if (n == 10) {
                call = main.outboundCall();
                call.expectValue("callPhoneLabel", ZH.t("hotline.call.phone.outbound"));
            } else {
                main.expectDutyIndicator(ZH.t(next, TestOffice.COUNSELOR));
                call = main.pickUpCall();
                // Picking up takes 李明's turn: 张伟 is next, unless he is away (then 李明 again).
                main.expectDutyIndicator(ZH.t(next, n == 6 ? TestOffice.COUNSELOR : TestOffice.OTHER_COUNSELOR));
            }
            String phone = String.format("139 0000 %04d", n);
            String student = "新同学" + n;
            if (n % 2 == 1 && n < 10) {
                call.typeText(phone);
                sheet(call, student);
                call.tabToField(CallPage.OUTCOME).choose("yy", ZH.t("callOutcome.BOOKED"));
                call.tabTo(CallPage.OFFER_DAY);
                call.typeText(today);
                call.tabTo(CallPage.OFFER_TIME);
                call.typeText(BOOKED_AT[bookings++]);
                call.saveWithCtrlEnter();
                call.expectStatus(saved("hotline.call.saved.new", TestOffice.COUNSELOR, "callOutcome.BOOKED"));
                booked.add(student);
            } else if (n == 2) {
                call.typeText(phone);
                sheet(call, student);
                call.tabToField(CallPage.OUTCOME).choose("yd", ZH.t("callOutcome.FOLLOW_UP"));
                call.tabTo(CallPage.FOLLOW_UP_DAY);
                call.tabTo(CallPage.FOLLOW_UP_TIME);
                call.typeText("16:00");
                call.tabTo(CallPage.FOLLOW_UP_PURPOSE);
                call.typeText("确认试听时间");
                call.saveWithCtrlEnter();
                call.expectStatus(saved("hotline.call.saved.new", TestOffice.COUNSELOR, "callOutcome.FOLLOW_UP"));
            } else if (n == 4) {
                call.typeText(phone);
                sheet(call, student);
                call.tabToField(CallPage.OUTCOME).choose("my", ZH.t("callOutcome.NOT_INTERESTED"));
                call.pressEnter();
                call.expectStatus(saved("hotline.call.saved.new", TestOffice.COUNSELOR, "callOutcome.NOT_INTERESTED"));
            } else if (n == 6) {
                // An advert: the phone and the outcome, nothing else; the turn is used all the same.
                call.typeText(phone);
                call.tabToField(CallPage.OUTCOME).choose("fk", ZH.t("callOutcome.NOT_CLIENT"));
                call.pressEnter();
                call.expectStatus(ZH.t("hotline.call.saved", ZH.t("hotline.call.saved.noFamily"),
                        ZH.t("callOutcome.NOT_CLIENT")));
            } else if (n == 8) {
                // The first family calls again: the form shows it, and whose it is.
                call.typeText("139 0000 0001");
                call.expectHouseholdShowing("新同学1");
                call.tabToField(CallPage.OUTCOME).choose("my", ZH.t("callOutcome.NOT_INTERESTED"));
                call.pressEnter();
                call.expectStatus(saved("hotline.call.saved.known", TestOffice.COUNSELOR,
                        "callOutcome.NOT_INTERESTED"));
            } else {
                call.expectValue(CallPage.KIND, ZH.t("callKind.COLD"));
                call.typeText(phone);
                sheet(call, student);
                call.tabToField(CallPage.OUTCOME).choose("my", ZH.t("callOutcome.NOT_INTERESTED"));
                call.pressEnter();
                call.expectStatus(saved("hotline.call.saved.new", TestOffice.COUNSELOR, "callOutcome.NOT_INTERESTED"));
            }
            call.expectFocus(CallPage.PHONE);
            // Meanwhile at the other PC: 张伟 answers a call, or is away for a while.
            if (n == 5) {
                otherPc.setAbsent(manager, zhangWei, true);
                main.expectDutyIndicator(ZH.t(next, TestOffice.COUNSELOR));
            } else if (n == 6) {
                otherPc.setAbsent(manager, zhangWei, false);
                main.expectDutyIndicator(ZH.t(next, TestOffice.OTHER_COUNSELOR));
                otherPc.answer(zhangWei);
            } else if (n < 10) {
                otherPc.answer(zhangWei);
            }
            if (n < 9) {
                main.expectDutyIndicator(ZH.t(next, TestOffice.COUNSELOR));
            }
        }
        // The outbound call used no turn.
        main.expectDutyIndicator(ZH.t(next, TestOffice.COUNSELOR));

        new CallPage(robot()).press(KeyCode.ESCAPE);
        TodayPage desk = main.today();
        desk.expectExpected(ZH.t("today.col.student"), booked);
        assertEquals(0, Page.mouseActions() - mouseBefore, "no click, no mouse wheel");
        assertEquals(List.of(), desk.cutTexts(), "everything fits the window");

        FollowUpService followUps = new FollowUpService(office.db, office.clock, office.families, office.office,
                office.visits);
        CallService calls = new CallService(office.db, office.clock, office.families, office.office, otherPc,
                new AppointmentService(office.db, office.clock, office.families, office.office, office.walkIns),
                followUps);
        assertEquals(10, calls.on(office.clock.localNow().toLocalDate(), liMing).size());
    }

    /** The sheet after the phone: the student, a grade chosen by typing, the parent. */
    private static void sheet(CallPage call, String student) {
        call.tabTo(CallPage.STUDENT);
        call.typeText(student);
        call.tabTo(CallPage.GENDER);
        call.tabTo(CallPage.GRADE);
        call.choose("ce", ZH.t("grade.J2"));
        call.tabTo(CallPage.SCHOOL);
        call.tabTo(CallPage.PARENT);
        call.typeText(student.substring(0, 1) + "妈妈");
    }

    private static String saved(String who, String owner, String outcome) {
        return ZH.t("hotline.call.saved", ZH.t(who, owner), ZH.t(outcome));
    }
}
