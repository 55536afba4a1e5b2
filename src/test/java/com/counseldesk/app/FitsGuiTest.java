package com.counseldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.Grade;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.CallSheet;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.family.Relation;
import com.counseldesk.pages.AppointmentsPage;
import com.counseldesk.pages.CallListPage;
import com.counseldesk.pages.CallPage;
import com.counseldesk.pages.CataloguePage;
import com.counseldesk.pages.ContractListPage;
import com.counseldesk.pages.ContractTabPage;
import com.counseldesk.pages.DatabaseChoicePage;
import com.counseldesk.pages.DutyPage;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.FirstRunPage;
import com.counseldesk.pages.FollowUpPage;
import com.counseldesk.pages.FollowUpResultPage;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.PaymentPage;
import com.counseldesk.pages.PrintPreviewPage;
import com.counseldesk.pages.ReferralPage;
import com.counseldesk.pages.SearchPage;
import com.counseldesk.pages.SignPage;
import com.counseldesk.pages.StaffPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.VisitEditPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every screen's texts fit a 1366×768 window in both languages: nothing is cut short with "…". */
class FitsGuiTest extends GuiTest {
    @ParameterizedTest
    @ValueSource(strings = {"简体中文", "English"})
    void everyScreenFits1366x768(String language) {
        TestOffice office = typicalOffice();
        Registration r = office.register(office.walkIn("李明").phone("138 1234 5678").student("张子涵")
                .grade(Grade.J2).school("实验中学").parent("王丽").relation(Relation.MOTHER));
        // The hotline: another family's call and its visit booked for today, at the desk and in the lists.
        Registration called = office.register(office.walkIn("李明").phone("138 8765 4321").student("李小龙"));
        AppointmentService appointments = new AppointmentService(office.db, office.clock, office.families,
                office.office, office.walkIns);
        DutyService duty = new DutyService(office.db, office.clock, office.office);
        new CallService(office.db, office.clock, office.families, office.office, duty, appointments,
                new FollowUpService(office.db, office.clock, office.families, office.office, office.visits))
                .log(office.staffId("李明"), new NewCall(CallKind.INBOUND, CallSheet.onlyPhone(Phone.parse(
                        "138 8765 4321")), null, 310, CallOutcome.BOOKED, null, Booking.at(office.clock.localNow()
                                .plusHours(5))), null, true);
        MainPage main = startAs(office, "赵丽");
        main.resizeWindow(1366, 768);
        if (!language.equals(main.language())) {
            main = main.switchLanguage(language);
        }
        boolean english = language.equals("English");
        assertEquals(List.of(), main.startPage().cutTexts(), "the start page");
        WalkInPage desk = main.walkIn();
        assertEquals(List.of(), desk.cutTexts(), "the desk");
        desk.pressEnter();
        assertEquals(List.of(), desk.cutTexts(), "the desk after a refused save");
        desk.typePhone("138 1234 5678").expectHousehold();
        assertEquals(List.of(), desk.cutTexts(), "the desk with a family's card");

        SearchPage search = main.find();
        search.search("张");
        assertEquals(List.of(), search.cutTexts(), "find");
        app.files().saveAs(folder.resolve("exports").resolve(english ? "families-2026-11-27.xlsx"
                : "家庭列表-2026-11-27.xlsx"));
        search.export().pressCtrlE().expectStatus(english ? "Saved: families-2026-11-27.xlsx"
                : "已保存：家庭列表-2026-11-27.xlsx");
        assertEquals(List.of(), search.cutTexts(), "find, once exported");
        FamilyPage family = search.pressDown().openWithEnter(r.householdId());
        // The page as it stands once its parts have read what they show (they read one after the other).
        app.settle();
        assertEquals(List.of(), family.cutTexts(), "the family page");
        FollowUpPage plan = family.planFollowUp();
        assertEquals(List.of(), plan.cutTexts(), "planning a follow-up");
        plan.purpose("确认试听时间").save();
        FollowUpResultPage result = family.recordFollowUp(language.equals("English") ? "Purpose" : "目的",
                "确认试听时间");
        assertEquals(List.of(), result.cutTexts(), "recording a follow-up's result");
        result.press(KeyCode.ESCAPE);
        StaffPage staff = main.openStaffAdmin();
        assertEquals(List.of(), staff.cutTexts(), "the staff screen");

        TodayPage today = main.toDesk().today().select(language.equals("English") ? "Student" : "学生", "张子涵");
        today.press("editVisitButton");
        VisitEditPage edit = new VisitEditPage(robot());
        assertEquals(List.of(), edit.cutTexts(), "correcting a visit");
        edit.press(KeyCode.ESCAPE);
        DatabaseChoicePage settings = main.openDatabaseSettings().chooseServer();
        assertEquals(List.of(), settings.cutTexts(), "the database settings");
        settings.press(KeyCode.ESCAPE);

        CallPage call = main.pickUpCall();
        assertEquals(List.of(), call.cutTexts(), "the call form");
        call.tabToField(CallPage.OUTCOME).typeText(english ? "v" : "yy");
        call.expectValue(CallPage.OUTCOME, english ? "Visit booked" : "已约上门");
        call.saveWithCtrlEnter();
        assertEquals(List.of(), call.cutTexts(), "the call form booking a visit, refused");
        call.focusOutcome().typeText(english ? "f" : "yd");
        call.expectValue(CallPage.OUTCOME, english ? "Follow-up set" : "约定回访");
        assertEquals(List.of(), call.cutTexts(), "the call form setting a follow-up");
        AppointmentsPage list = main.appointments();
        list.expectRows(1);
        assertEquals(List.of(), list.cutTexts(), "the appointments");
        DutyPage dutyScreen = main.duty();
        assertEquals(List.of(), dutyScreen.cutTexts(), "the duty screen");
        CallListPage callList = main.calls();
        Wait.until("the call on the list", () -> callList.rows().size() == 1);
        assertEquals(List.of(), callList.cutTexts(), "the call list");
        app.files().saveAs(folder.resolve("exports").resolve("calls.xlsx"));
        callList.toList().export().pressCtrlE().expectStatus(english ? "Saved: calls.xlsx" : "已保存：calls.xlsx");
        assertEquals(List.of(), callList.cutTexts(), "the call list once exported");
        FamilyPage calledFamily = main.find().search("李小龙").pressDown().openWithEnter(called.householdId());
        // The visit, the call and the appointment it booked.
        Wait.until("the call and the appointment on the timeline", () -> calledFamily.timeline().size() >= 3);
        assertEquals(List.of(), calledFamily.cutTexts(), "a family page with a call and its appointment on the timeline");

        CataloguePage catalogue = main.openCatalogue().add("初二数学", "MATH", "40", "8000");
        assertEquals(List.of(), catalogue.cutTexts(), "the course catalogue");
        ContractListPage contracts = main.contracts();
        assertEquals(List.of(), contracts.cutTexts(), "the contract list");
        app.files().saveAs(folder.resolve("exports").resolve(english ? "contracts-2026-11.xlsx" : "合同列表-2026-11.xlsx"));
        contracts.export().pressCtrlE().expectStatus(english ? "Saved: contracts-2026-11.xlsx"
                : "已保存：合同列表-2026-11.xlsx");
        assertEquals(List.of(), contracts.cutTexts(), "the contract list once exported");
        SignPage sign = main.toFamily(r.householdId()).sign().addCourse("初二");
        assertEquals(List.of(), sign.cutTexts(), "the contract form");
        sign.type("Deposit", "-1").saveRefused("Deposit");
        assertEquals(List.of(), sign.cutTexts(), "the contract form, refused");
        ReferralPage referral = sign.type("Deposit", "1000").choose("DepositMethod", english ? "c" : "xj",
                english ? "Cash" : "现金").type("Receipt", "SJ0001").save();
        assertEquals(List.of(), referral.cutTexts(), "the referral prompt");
        referral.close();
        ContractTabPage contract = new ContractTabPage(robot());
        assertEquals(List.of(), contract.cutTexts(), "a contract");
        PrintPreviewPage preview = contract.printSummary();
        assertEquals(List.of(), preview.cutTexts(), "the contract's print preview");
        assertTrue(preview.fitsTheScreen(), "the print preview is on the screen");
        preview.closeWithEscape();
        PaymentPage pay = contract.pay();
        assertEquals(List.of(), pay.cutTexts(), "taking a payment");
        pay.press(KeyCode.ESCAPE);
        PaymentPage refund = contract.refund();
        assertEquals(List.of(), refund.cutTexts(), "a refund");
        refund.press(KeyCode.ESCAPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"简体中文", "English"})
    void theFirstRunAndTheLoginFit1366x768(String language) {
        start(TestOffice.empty(folder));
        FirstRunPage firstRun = new FirstRunPage(robot());
        firstRun.resizeWindow(1366, 768);
        if (language.equals("English")) {
            firstRun.pressShortcutShift(KeyCode.L);
            firstRun = new FirstRunPage(robot());
        }
        firstRun.createRefused();
        assertEquals(List.of(), firstRun.cutTexts(), "the first run");
        boolean english = language.equals("English");
        LoginPage login = firstRun.officeName("阳光教育 · 东城校区").addStaff("周敏", english ? "Front desk" : "前台")
                .addStaff("李老师", english ? "Counselor" : "咨询师").createByShortcut();
        assertEquals(List.of(), login.cutTexts(), "the login");
    }
}
