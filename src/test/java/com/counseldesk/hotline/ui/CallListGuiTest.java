package com.counseldesk.hotline.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.CallSheet;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.LoggedCall;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.pages.CallListPage;
import com.counseldesk.pages.ExportBarPage;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.KeyHelpPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.testutil.ExportedList;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The call list (热线记录) on screen, from the keyboard: F5 opens it on this month's calls, the filters
 * narrow it, Enter opens the family, Ctrl+E exports what it shows. 李明 took a call from 张子涵's mother
 * and one from an advert this morning; 张伟 made a cold call to 王小虎's; 李明 took 陈晨's in October.
 */
class CallListGuiTest extends GuiTest {
    private TestOffice office;
    private long zhang;

    private TestOffice officeWithCalls() {
        office = typicalOffice();
        CallService calls = new CallService(office.db, office.clock, office.families, office.office,
                new DutyService(office.db, office.clock, office.office), new AppointmentService(office.db,
                        office.clock, office.families, office.office, office.walkIns),
                new FollowUpService(office.db, office.clock, office.families, office.office, office.visits));
        log(calls, LocalDateTime.of(2026, 10, 20, 15, 0), TestOffice.COUNSELOR, CallKind.INBOUND, "139 0000 5555",
                "陈晨", CallOutcome.NOT_INTERESTED);
        zhang = log(calls, LocalDateTime.of(2026, 11, 27, 8, 30), TestOffice.COUNSELOR, CallKind.INBOUND,
                "138 1234 5678", "张子涵", CallOutcome.NOT_INTERESTED).householdId();
        log(calls, LocalDateTime.of(2026, 11, 27, 9, 0), TestOffice.OTHER_COUNSELOR, CallKind.COLD, "139 0000 2222",
                "王小虎", CallOutcome.NOT_INTERESTED);
        log(calls, LocalDateTime.of(2026, 11, 27, 9, 20), TestOffice.COUNSELOR, CallKind.INBOUND, "0571 8765 4321", "",
                CallOutcome.NOT_CLIENT);
        return office;
    }

    private LoggedCall log(CallService calls, LocalDateTime at, String who, CallKind kind, String phone,
            String student, CallOutcome outcome) {
        LocalDateTime was = office.clock.localNow();
        office.clock.set(at.plusMinutes(17));
        try {
            CallSheet sheet = new CallSheet(Phone.parse(phone), student, null, Grade.J2, "", List.of(), "",
                    new ContactDetails(student.isEmpty() ? "" : "王丽", Relation.MOTHER), "", "想补数学", "");
            return calls.log(office.staffId(who), new NewCall(kind, sheet, at, 17 * 60, outcome, null, null), null,
                    true);
        } finally {
            office.clock.set(was);
        }
    }

    @Test
    void f5ListsThisMonthsCallsTheFiltersNarrowThemAndEnterOpensTheFamily() {
        MainPage main = startAs(officeWithCalls(), TestOffice.MANAGER);

        CallListPage calls = main.calls();
        calls.expectColumn("学生", List.of("", "王小虎", "张子涵"));
        assertEquals("2026-11", calls.month());
        Wait.forValue("the counselor filter, once its choices are read", "全部咨询师", calls::counselorFilter);
        assertEquals(zh("hotline.calls.count", 3), calls.count());
        assertEquals(List.of(zh("callKind.INBOUND"), zh("callKind.COLD"), zh("callKind.INBOUND")), calls.column("类型"));
        assertEquals("0571 8765 4321", calls.column("电话").get(0));
        assertEquals("李明", calls.column("接听/拨打").get(2));
        assertEquals("想补数学", calls.column("备注").get(2));

        calls.kind(zh("hotline.calls.outbound")).expectColumn("学生", List.of("王小虎"));
        calls.kind(zh("hotline.calls.inbound")).expectColumn("学生", List.of("", "张子涵"));
        calls.outcome(zh("callOutcome.NOT_INTERESTED")).expectColumn("学生", List.of("张子涵"));
        calls.previousMonth().expectColumn("学生", List.of("陈晨"));
        assertEquals("2026-10", calls.month());
        calls.month("2026-11").expectColumn("学生", List.of("张子涵"));

        FamilyPage family = calls.openWithEnter(zhang);
        assertTrue(family.title().contains("张子涵"), family.title());
    }

    @Test
    void ctrlEExportsTheCallsTheListShowsAndSaysWhereTheyWent() {
        MainPage main = startAs(officeWithCalls(), TestOffice.MANAGER);
        CallListPage calls = main.clickCallsLink();
        calls.kind(zh("hotline.calls.inbound")).expectColumn("学生", List.of("", "张子涵"));
        Path out = folder.resolve("exports").resolve("来电.xlsx");
        app.files().saveAs(out);

        ExportBarPage export = calls.toList().export();
        assertEquals(zh("export.button"), export.button());
        assertFalse(export.showsProgress(), "no bar until an export runs");
        export.pressCtrlE().expectStatus(zh("export.done", "来电.xlsx"));

        assertEquals(List.of("热线记录-2026-11.xlsx"), app.files().suggested());
        ExportedList list = ExportedList.read(out);
        assertEquals("筛选：2026-11 · 来电", list.filters());
        assertEquals(2, list.rowCount());
        assertEquals(List.of("", "张子涵"), list.texts("学生"));
        assertTrue(export.offersOpenFolder());
        export.openFolder();
        assertEquals(List.of(out.getParent()), app.files().openedFolders());
    }

    @Test
    void aCounselorSeesTheCallsTheyMaySeeAndF1ListsTheKeys() {
        MainPage main = startAs(officeWithCalls(), TestOffice.OTHER_COUNSELOR);

        CallListPage calls = main.calls();
        calls.expectColumn("学生", List.of("", "王小虎"));

        KeyHelpPage keys = calls.toList().pressF1();
        assertEquals("Ctrl+E  " + zh("keys.export"), keys.line(zh("keys.area.calls"), "Ctrl+E"));
        assertEquals("Enter  " + zh("keys.calls.open"), keys.line(zh("keys.area.calls"), "Enter"));
        assertEquals("F5  " + zh("keys.calls"), keys.line(zh("keys.area.window"), "F5"));
    }
}
