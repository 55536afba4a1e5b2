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
import static com.counseldesk.pages.WalkInPage.STUDENT_BOX;
import static com.counseldesk.pages.WalkInPage.WHO_CAME;
import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Channel;
import com.counseldesk.family.Contact;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import com.counseldesk.pages.ConfirmPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The front desk registers walk-in visitors on the 来访登记 form. */
class WalkInGuiTest extends GuiTest {
    private static final String STUDENT_COL = "学生";

    /** {@link #knownHousehold}, whose visit earlier today is over (已离开): the family may come again. */
    private static Registration knownHouseholdThatLeft(TestOffice office) {
        Registration r = knownHousehold(office);
        office.visits.setStatus(r.visitId(), com.counseldesk.walkin.VisitStatus.LEFT);
        return r;
    }

    /** 张子涵 (初二, 实验中学), mother 王丽 at 138 1234 5678, owned by 李明. */
    private static Registration knownHousehold(TestOffice office) {
        return office.register(office.walkIn("李明").phone("138 1234 5678").student("张子涵").grade(Grade.J2)
                .school("实验中学").parent("王丽").relation(Relation.MOTHER));
    }

    @Test
    void newFamilyIsRegisteredWithTheKeyboardAlone() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.expectFocus(PHONE);
        form.typeText("138 1234 5678");
        // A new number: no household card and no student box, Tab goes on to the name.
        form.tabTo(STUDENT);
        assertEquals("", form.household());
        assertFalse(form.isFieldShown(STUDENT_BOX));
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

        assertEquals(1, office.count("household"));
        assertEquals(1, office.count("visit"));
        HouseholdCard stored = office.household("13812345678");
        Student student = stored.students().get(0);
        assertEquals("张子涵", student.name());
        assertEquals(Grade.J2, student.grade());
        assertEquals("实验中学", student.school());
        assertEquals("王丽", stored.mainContact().name());
        assertEquals(Relation.MOTHER, stored.mainContact().relation());
        assertEquals(Channel.DIRECT, stored.household().channel());
        assertEquals(office.staff("李明").id(), stored.household().ownerId());
    }

    @Test
    void returningFamilyIsRecognisedAndKeepsItsOwner() {
        TestOffice office = typicalOffice();
        long liMing = office.staff("李明").id();
        knownHouseholdThatLeft(office);
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        main.today().expectRowCount(1);

        form.typePhone("+86 138-1234-5678").expectHousehold();
        assertTrue(form.household().contains("张子涵（初二，实验中学）"), form.household());
        assertTrue(form.household().contains("王丽（母亲）138 1234 5678"), form.household());
        assertTrue(form.household().contains("归属咨询师：李明"), form.household());
        Wait.forValue("the only child chosen", "张子涵（初二，实验中学）", () -> form.value(STUDENT_BOX));
        assertEquals(List.of("张子涵（初二，实验中学）", "新增孩子"), form.studentChoices());
        Wait.forValue("student name filled from the record", "张子涵", () -> form.value(STUDENT));
        Wait.forValue("counselor preset to the owner", "李明 · 咨询师", () -> form.value(COUNSELOR));
        assertEquals("", form.ownerWarning());
        Wait.forValue("the household's visits listed beside the form",
                zh("today.history", "张子涵", "138 1234 5678"), main.today()::historyTitle);
        Wait.forValue("the household's one past visit", 1, () -> main.today().history().size());

        form.choose(COUNSELOR, "张伟 · 咨询师");
        Wait.forValue("owner warning", zh("walkin.ownerKept", "李明"), form::ownerWarning);
        form.choose(CHANNEL, "邀约上访");
        form.clickSave();

        form.expectStatus(zh("walkin.saved.returning", "李明"));
        TodayPage today = main.today().expectRowCount(2);
        assertEquals("张伟", today.rows().get(0).get("咨询师"), "the new arrival is on top");
        assertEquals("李明", today.rows().get(1).get("咨询师"));
        assertEquals(1, office.count("household"));
        assertEquals(1, office.count("student"));
        assertEquals(2, office.count("visit"));
        assertEquals(liMing, office.household("13812345678").household().ownerId());
    }

    @Test
    void secondChildOfAKnownHouseholdIsRegistered() {
        TestOffice office = typicalOffice();
        Registration first = knownHouseholdThatLeft(office);
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.typePhone("138 1234 5678").expectHousehold();
        Wait.forValue("the only child chosen", "张子涵（初二，实验中学）", () -> form.value(STUDENT_BOX));
        form.choose(STUDENT_BOX, "新增孩子");
        Wait.forValue("the first child's name taken back", "", () -> form.value(STUDENT));
        assertEquals("", form.value(SCHOOL));
        assertEquals("未填", form.value(GRADE));
        assertEquals("王丽", form.value(PARENT), "the mother stays");
        assertEquals("李明 · 咨询师", form.value(COUNSELOR));
        form.fillField(STUDENT, "张子轩");
        form.choose(CHANNEL, "直接上访");
        form.pressEnter();

        form.expectStatus(zh("walkin.saved.newStudent", "李明"));
        Map<String, String> row = main.today().row(STUDENT_COL, "张子轩");
        assertEquals("王丽", row.get("家长"));
        assertEquals("138 1234 5678", row.get("电话"));
        assertEquals("李明", row.get("咨询师"));
        assertEquals(List.of("张子轩", "张子涵"), main.today().rows().stream().map(r -> r.get(STUDENT_COL)).toList());

        // The household's card, opened again by its number, lists both children.
        form.typePhone("138 1234 5678").expectHouseholdShowing("张子轩");
        assertTrue(form.household().contains("张子涵（初二，实验中学）、张子轩（未填）"), form.household());
        assertEquals(List.of("张子涵（初二，实验中学）", "张子轩（未填）", "新增孩子"), form.studentChoices());
        assertEquals("新增孩子", form.value(STUDENT_BOX), "with two children the desk chooses who came");
        Wait.forValue("both children's visits beside the form", 2, () -> main.today().history().size());

        // Next time both come (张子轩 left first): the desk picks the sister and ticks her brother.
        main.today().select(STUDENT_COL, "张子轩").press(TodayPage.LEFT);
        Wait.forValue("张子轩 left", "已离开", () -> main.today().row(STUDENT_COL, "张子轩").get("状态"));
        form.choose(STUDENT_BOX, "张子涵（初二，实验中学）");
        form.tickAlsoCame("张子轩 也来了");
        form.choose(CHANNEL, "邀约上访");
        form.pressEnter();
        form.expectStatus(zh("walkin.saved.returning", "李明"));
        main.today().expectRowCount(3);
        assertEquals(List.of("张子涵、张子轩", "张子轩", "张子涵"),
                main.today().rows().stream().map(r -> r.get(STUDENT_COL)).toList());

        HouseholdCard stored = office.household(first.householdId());
        assertEquals(List.of("张子涵", "张子轩"), stored.students().stream().map(Student::name).toList());
        assertEquals("实验中学", stored.student(first.studentId()).school(), "the first child is unchanged");
        assertEquals(Grade.J2, stored.student(first.studentId()).grade());
        assertEquals(1, office.count("household"));
        assertEquals(1, office.count("phone"));
    }

    @Test
    void aNewNumberJoinsAKnownHouseholdOnlyWhenTheDeskSaysSo() {
        TestOffice office = typicalOffice();
        Registration first = knownHouseholdThatLeft(office);
        WalkInPage form = startAs(office, "王芳").walkIn();

        form.typePhone("139 1234 5678").fillField(PARENT, "王丽");
        Wait.until("the same-name offer", form::isSameNameOffered);
        assertEquals(zh("walkin.sameName", "王丽"), form.sameNameTexts().get(0));
        assertTrue(form.sameNameTexts().get(1).startsWith("张子涵 · 李明"), form.sameNameTexts().toString());
        assertEquals("", form.household(), "nothing is merged by itself");

        form.attach(first.householdId());
        assertEquals(zh("walkin.attached", "张子涵"), form.attached());
        assertFalse(form.isSameNameOffered());
        form.expectHouseholdShowing("张子涵（初二，实验中学）");
        Wait.forValue("the household's child chosen", "张子涵", () -> form.value(STUDENT));

        form.detach();
        assertEquals("", form.household());
        assertEquals("", form.value(STUDENT));
        Wait.until("the same-name offer again", form::isSameNameOffered);

        form.attach(first.householdId());
        form.choose(CHANNEL, "直接上访");
        form.pressEnter();

        form.expectStatus(zh("walkin.saved.returning", "李明"));
        assertEquals(1, office.count("household"));
        HouseholdCard stored = office.household("+86 139 1234 5678");
        assertEquals(first.householdId(), stored.id(), "the new number finds the household from now on");
        assertEquals(List.of("13812345678", "13912345678"), stored.contacts().stream().map(Contact::phones)
                .flatMap(List::stream).map(p -> p.phone().value()).toList());
        form.typePhone("139 1234 5678").expectHouseholdShowing("张子涵");
        assertTrue(form.household().contains("139 1234 5678"), form.household());
    }

    @Test
    void invalidPhoneIsExplainedAndNothingIsSaved() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        TodayPage today = main.today();

        form.expectFocus(PHONE);
        form.typeText("1381234");
        assertEquals("", form.error("phone"), "an unfinished number is not wrong yet");
        assertTrue(form.isSaveEnabled(), "pressing Save says what is missing");

        form.pressEnter();
        form.expectStatus(zh("walkin.fixField", zh("walkin.phone")));
        assertEquals("请先改正“联系电话”", form.status());
        assertEquals("手机号应为 11 位数字，现在是 7 位", form.error("phone"));
        form.expectFocus(PHONE);
        assertEquals(zh("error.required"), form.error("studentName"));
        assertEquals(zh("error.channel.choose"), form.error("channel"));
        assertEquals(zh("error.counselor.choose"), form.error("counselor"));
        assertEquals("1381234", form.value(PHONE));
        app.settle();
        assertEquals(0, office.count("household"));
        assertEquals(0, office.count("visit"));
        assertEquals(0, today.rows().size());

        form.typePhone("138 1234 5678");
        Wait.forValue("phone error once corrected", "", () -> form.error("phone"));
        form.clickSave();
        form.expectStatus(zh("walkin.fixField", zh("walkin.studentName")));
        app.settle();
        assertEquals(0, office.count("visit"), "the student's name is still missing");
    }

    @Test
    void ctrlNAsksBeforeThrowingAwayWhatWasTypedThenClearsTheForm() {
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
        ConfirmPage ask = new ConfirmPage(robot());
        assertEquals(zh("walkin.discard"), ask.message());
        ask.cancel();
        assertEquals("李小龙", form.value(STUDENT), "kept: the person said no");
        assertEquals("英语一对一", form.value(PURPOSE));

        form.pressNew();
        new ConfirmPage(robot()).confirm();

        form.expectCleared("未填");
        form.expectFocus(PHONE);
        assertEquals("", form.error("phone"));
        assertEquals("", form.error("studentName"));
        assertEquals("", form.status());
        app.settle();
        assertEquals(0, office.count("visit"));
    }

    @Test
    void aFamilyAlreadyWaitingIsAskedAboutBeforeASecondVisit() {
        TestOffice office = typicalOffice();
        knownHousehold(office);
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        TodayPage today = main.today();
        today.expectRowCount(1);

        form.typePhone("138 1234 5678").expectHousehold();
        Wait.forValue("the counselor preset to the owner", "李明 · 咨询师", () -> form.value(COUNSELOR));
        Wait.forValue("the channel proposed", "直接上访", () -> form.value(CHANNEL));
        form.save();

        ConfirmPage question = form.question();
        assertEquals("张子涵 今天已在等待（10:00 到达）。仍要再登记一次来访吗？\n选“取消”不再登记，并在今日来访中选中那一行。",
                question.message());
        question.cancel();
        form.expectStatus("没有再次登记：张子涵 今天的来访已在今日来访中选中");
        Wait.forValue("today's row of the family selected", "张子涵", () -> today.selected().get(STUDENT_COL));
        assertEquals("等待中", today.selected().get("状态"));
        assertEquals("138 1234 5678", form.value(PHONE), "the form is kept");
        app.settle();
        assertEquals(1, office.count("visit"));

        form.clickSave();
        form.question().confirm();
        form.expectStatus(zh("walkin.saved.returning", "李明"));
        today.expectRowCount(2);
        assertEquals(2, office.count("visit"));
    }

    @Test
    void aFamilyWhoLeftIsRegisteredAgainWithTheChannelProposedFromItsVisits() {
        TestOffice office = typicalOffice();
        Registration earlier = office.register(office.walkIn("李明").phone("138 1234 5678").student("张子涵")
                .channel(Channel.MARKETING));
        office.visits.setStatus(earlier.visitId(), com.counseldesk.walkin.VisitStatus.LEFT);
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.typePhone("138 1234 5678").expectHousehold();
        Wait.forValue("the channel of the last visit proposed", "市场来访", () -> form.value(CHANNEL));
        assertEquals("按以往来访建议，可改", form.channelProposal());
        form.choose(CHANNEL, "邀约上访");
        assertEquals("", form.channelProposal(), "the desk's own choice is no proposal");
        form.save();

        form.expectStatus(zh("walkin.saved.returning", "李明"));
        main.today().expectRowCount(2);
        assertEquals("邀约上访", main.today().row(STUDENT_COL, "张子涵").get("渠道"));
    }

    @Test
    void aMissingChannelIsNamedAndTheCursorGoesThere() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.typePhone("138 1234 5678").fillField(STUDENT, "张子涵").choose(COUNSELOR, "李明 · 咨询师");
        form.fillField(STUDENT, "张子涵");
        form.save();

        form.expectStatus("请先选择“来源渠道”");
        assertEquals("请选择来源渠道", form.error("channel"));
        form.expectFocus(CHANNEL);
        form.chooseWithArrows("直接上访");
        form.save();
        form.expectStatus(zh("walkin.saved.new", "李明"));
    }

    @Test
    void anUnfinishedPhoneWaitsUntilTheFieldIsLeftAndNothingMoves() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        double studentTop = form.topOf(STUDENT);

        form.expectFocus(PHONE);
        form.typeText("139 1234 567");
        assertEquals("", form.error("phone"), "still being typed");
        form.tabTo(STUDENT);
        Wait.forValue("phone error", "手机号应为 11 位数字，现在是 10 位", () -> form.error("phone"));
        assertEquals(studentTop, form.topOf(STUDENT), "the message does not push the fields down");

        form.typePhone("1391234567a");
        Wait.forValue("the letter named while typing", "电话号码里有字母“a”：只能填数字（分机可写“转 123”）",
                () -> form.error("phone"));
        assertEquals(studentTop, form.topOf(STUDENT));

        form.typePhone("139 1234 5678");
        Wait.forValue("no phone error", "", () -> form.error("phone"));
        assertEquals(studentTop, form.topOf(STUDENT));
    }

    @Test
    void theQuestionAndTheMessagesReadInEnglish() {
        TestOffice office = typicalOffice();
        knownHousehold(office);
        MainPage main = startAs(office, "王芳").switchLanguage("English");
        WalkInPage form = main.walkIn();

        form.typePhone("1391234567a");
        Wait.forValue("the letter named", "The phone number contains the letter \"a\": digits only"
                + " (an extension: ext 123)", () -> form.error("phone"));
        form.typePhone("138 1234 5678").expectHousehold();
        Wait.forValue("the channel proposed", "Walk-in", () -> form.value(CHANNEL));
        form.save();
        ConfirmPage question = form.question();
        assertEquals("张子涵 is already waiting today (arrived 10:00). Register another visit anyway?\n"
                + "Cancel registers nothing and selects that row on today's board.", question.message());
        question.cancel();
        form.expectStatus("Not registered again: today's visit of 张子涵 is selected on today's board");
    }

    @Test
    void requiredFieldsAreMarkedInBothLanguages() {
        MainPage main = startAs(typicalOffice(), "王芳");
        WalkInPage form = main.walkIn();

        assertEquals(List.of("phone", "studentName", "channel", "counselor"), form.requiredFields());
        assertEquals(zh("form.requiredNote"), form.requiredNote());
        // The referrer's phone is required for a referral, and marked when it shows.
        form.choose(CHANNEL, "转介绍");
        assertEquals(List.of("phone", "studentName", "channel", "referrer", "counselor"), form.requiredFields());

        main.switchLanguage("English");
        form = main.walkIn();
        assertEquals(List.of("phone", "studentName", "channel", "referrer", "counselor"), form.requiredFields());
        assertEquals(en("form.requiredNote"), form.requiredNote());
    }

    @Test
    void theOutcomeOfASaveIsABandInTheHeadingThatLeavesTheCursorWhereTheDeskTypes() {
        TestOffice office = typicalOffice();
        // A family with three children: its card makes the form taller than the window.
        knownHousehold(office);
        office.register(office.walkIn("李明").phone("138 1234 5678").newChild().student("张子轩"));
        office.register(office.walkIn("李明").phone("138 1234 5678").newChild().student("张子萱"));
        office.visits.today().forEach(v -> office.visits.setStatus(v.visitId(), com.counseldesk.walkin.VisitStatus.LEFT));
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        assertEquals("", form.statusLook());
        assertFalse(form.isFocusable("statusLabel"));

        // Refused: red, and the cursor goes to what needs doing.
        form.pressEnter();
        Wait.forValue("status look", "error", form::statusLook);
        assertEquals(zh("walkin.fixField", zh("walkin.phone")), form.status());
        form.expectFocus(PHONE);

        form.typeText("138 1234 5678");
        form.expectHouseholdShowing("张子萱");
        // With the card open (laid out on the next pulse), the form is taller than its part of the window.
        Wait.until("Save out of sight", () -> !form.isInSight("saveButton"));
        assertFalse(form.isInSight(COUNSELOR), "the counselor is out of sight");
        // Tab brings each field into sight, as the cursor reaches it.
        form.tabTo(STUDENT_BOX);
        form.chooseWithArrows(form.studentChoices().get(0));
        form.tabUntil(CHANNEL);
        form.chooseWithArrows("直接上访");
        form.tabUntil(COUNSELOR);
        Wait.until("the counselor in sight", () -> form.isInSight(COUNSELOR));
        form.pressEnter();
        form.expectStatus(zh("walkin.saved.returning", "李明"));
        assertEquals("success", form.statusLook());
        assertTrue(form.isStatusOnScreen(), "the band is on screen");
        form.expectFocus(PHONE);

        // The next family's number clears it.
        form.typeText("1");
        Wait.forValue("status", "", form::status);
        assertEquals("", form.statusLook());
    }
}
