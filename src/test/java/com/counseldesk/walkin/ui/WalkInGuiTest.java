package com.counseldesk.walkin.ui;

import static com.counseldesk.pages.WalkInPage.CHANNEL;
import static com.counseldesk.pages.WalkInPage.COUNSELOR;
import static com.counseldesk.pages.WalkInPage.GENDER;
import static com.counseldesk.pages.WalkInPage.GRADE;
import static com.counseldesk.pages.WalkInPage.PARENT;
import static com.counseldesk.pages.WalkInPage.PHONE;
import static com.counseldesk.pages.WalkInPage.PURPOSE;
import static com.counseldesk.pages.WalkInPage.REFERRER;
import static com.counseldesk.pages.WalkInPage.RELATION;
import static com.counseldesk.pages.WalkInPage.SCHOOL;
import static com.counseldesk.pages.WalkInPage.STUDENT;
import static com.counseldesk.pages.WalkInPage.WHO_CAME;
import static com.counseldesk.testutil.Bundles.zh;
import static com.counseldesk.testutil.WalkInBuilder.aWalkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Family;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The front desk registers walk-in visitors on the 来访登记 form. */
class WalkInGuiTest extends GuiTest {
    private static final String STUDENT_COL = "学生";

    @Test
    void newFamilyIsRegisteredWithTheKeyboardAlone() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.expectFocus(PHONE);
        form.typeText("138 1234 5678");
        form.tabTo(STUDENT);
        form.typeText("张子涵");
        form.tabTo(GENDER);
        form.chooseWithArrows("女");
        form.tabTo(GRADE);
        form.chooseWithArrows("初二");
        form.tabTo(SCHOOL);
        form.typeText("实验中学");
        form.tabTo(PARENT);
        form.typeText("王丽");
        form.tabTo(RELATION);
        form.chooseWithArrows("母亲");
        form.tabTo(CHANNEL);
        form.chooseWithArrows("直接上访");
        // The referrer's phone is asked only for a referral: Tab skips it.
        assertFalse(form.isFieldShown(REFERRER));
        form.tabTo(WHO_CAME);
        form.typeText("学生和母亲");
        form.tabTo(PURPOSE);
        form.typeText("数学提分");
        form.tabTo(COUNSELOR);
        form.chooseWithArrows("李明 · 咨询师");
        form.pressEnter();

        form.expectStatus(zh("walkin.saved.new", "李明"));
        assertTrue(form.status().startsWith("已登记新客户"), form.status());
        TodayPage today = main.today();
        Map<String, String> row = today.row(STUDENT_COL, "张子涵");
        assertEquals("王丽", row.get("家长"));
        assertEquals("138 1234 5678", row.get("电话"));
        assertEquals("直接上访", row.get("渠道"));
        assertEquals("李明", row.get("咨询师"));
        assertEquals("等待中", row.get("状态"));
        assertEquals("10:00", row.get("到达"));
        assertEquals(zh("today.title", 1), today.title());
        form.expectCleared("未填");
        form.expectFocus(PHONE);

        assertEquals(1, office.count("family"));
        assertEquals(1, office.count("visit"));
        Family stored = office.registration.findByPhone(Phone.parse("13812345678")).orElseThrow().family();
        assertEquals("张子涵", stored.studentName());
        assertEquals(Grade.J2, stored.grade());
        assertEquals(Relation.MOTHER, stored.parentRelation());
        assertEquals(Channel.DIRECT, stored.channel());
        assertEquals(office.staff("李明").id(), stored.ownerId());
    }

    @Test
    void returningFamilyIsRecognisedAndKeepsItsOwner() {
        TestOffice office = typicalOffice();
        long liMing = office.staff("李明").id();
        office.registration.registerWalkIn(aWalkIn().phone("138 1234 5678").student("张子涵")
                .counselor(liMing).build(), office.staff("王芳").id());
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        main.today().expectRowCount(1);

        form.typePhone("+86 138-1234-5678").expectKnownFamily();
        assertTrue(form.knownFamily().contains("张子涵"), form.knownFamily());
        assertTrue(form.knownFamily().contains("归属咨询师：李明"), form.knownFamily());
        Wait.forValue("student name filled from the record", "张子涵", () -> form.value(STUDENT));
        Wait.forValue("counselor preset to the owner", "李明 · 咨询师", () -> form.value(COUNSELOR));
        assertEquals("", form.ownerWarning());
        Wait.forValue("the found family's visits listed beside the form",
                zh("today.history", "张子涵", "138 1234 5678"), main.today()::historyTitle);
        assertEquals(1, main.today().history().size());

        form.choose(COUNSELOR, "张伟 · 咨询师");
        Wait.forValue("owner warning", zh("walkin.ownerKept", "李明"), form::ownerWarning);
        form.choose(CHANNEL, "邀约上访");
        form.clickSave();

        form.expectStatus(zh("walkin.saved.returning", "李明"));
        TodayPage today = main.today().expectRowCount(2);
        assertEquals("张伟", today.rows().get(1).get("咨询师"));
        assertEquals(1, office.count("family"));
        assertEquals(2, office.count("visit"));
        assertEquals(liMing, office.registration.findByPhone(Phone.parse("13812345678")).orElseThrow()
                .family().ownerId());
    }

    @Test
    void invalidPhoneIsExplainedAndNothingIsSaved() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        TodayPage today = main.today();

        form.expectFocus(PHONE);
        form.typeText("1381234");
        Wait.forValue("phone error", zh("error.phone.mobileLength"), () -> form.error("phone"));
        assertEquals("手机号应为 11 位数字", form.error("phone"));
        assertFalse(form.isSaveEnabled());

        form.pressEnter();
        form.expectStatus(zh("walkin.fixErrors"));
        assertEquals(zh("error.required"), form.error("studentName"));
        assertEquals(zh("error.required"), form.error("counselor"));
        assertEquals("1381234", form.value(PHONE));
        app.settle();
        assertEquals(0, office.count("family"));
        assertEquals(0, office.count("visit"));
        assertEquals(0, today.rows().size());

        form.typePhone("138 1234 5678");
        Wait.forValue("phone error once corrected", "", () -> form.error("phone"));
        assertFalse(form.isSaveEnabled(), "the student's name is still missing");
    }

    @Test
    void ctrlNClearsTheForm() {
        TestOffice office = typicalOffice();
        WalkInPage form = startAs(office, "王芳").walkIn();
        form.typePhone("139 0000 1111")
                .fillField(STUDENT, "李小龙")
                .fillField(SCHOOL, "育才小学")
                .choose(GRADE, "五年级")
                .choose(CHANNEL, "市场来访")
                .choose(COUNSELOR, "张伟 · 咨询师")
                .fillField(PURPOSE, "英语一对一");

        form.pressNew();

        form.expectCleared("未填");
        form.expectFocus(PHONE);
        assertEquals("", form.error("phone"));
        assertEquals("", form.error("studentName"));
        assertEquals("", form.status());
        app.settle();
        assertEquals(0, office.count("visit"));
    }
}
