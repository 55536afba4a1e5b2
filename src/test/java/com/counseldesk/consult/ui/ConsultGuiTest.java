package com.counseldesk.consult.ui;

import static com.counseldesk.consult.ConsultOffice.COUNSELOR;
import static com.counseldesk.consult.ConsultOffice.MANAGER;
import static com.counseldesk.consult.ConsultOffice.OTHER_COUNSELOR;
import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.consult.ClientType;
import com.counseldesk.consult.ConsultOffice;
import com.counseldesk.family.FamilyFixture;
import com.counseldesk.family.Intent;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.SearchPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consultation part of the family page on screen: client-type tags with their strategy, intent levels. */
class ConsultGuiTest extends GuiTest {
    private static final String LI_MINGS_PHONE = "138 1234 5678";
    private TestOffice office;
    private ConsultOffice consult;
    private Registration zhang;
    private Registration li;

    /** The typical office with 张子涵's family (李明's) and 李小龙's (张伟's), both here this morning. */
    private void twoFamilies() {
        office = typicalOffice();
        FamilyFixture desk = FamilyFixture.on(office.db, office.clock);
        zhang = desk.register(LI_MINGS_PHONE, "张子涵", "王丽", COUNSELOR);
        li = desk.register("139 0000 1111", "李小龙", "李母", OTHER_COUNSELOR);
        consult = new ConsultOffice(office);
    }

    private FamilyPage openZhangAs(String who) {
        MainPage main = startAs(office, who);
        return main.walkIn().typePhone(LI_MINGS_PHONE).openFamily(zhang.householdId());
    }

    private static List<String> card(java.util.function.BiFunction<String, Object[], String> t, String type) {
        return List.of(t.apply("consult.card.title", new Object[] {t.apply("clientType." + type, new Object[0])}),
                t.apply("consult.card.signs", new Object[0]), t.apply("clientType." + type + ".signs", new Object[0]),
                t.apply("consult.card.mistakes", new Object[0]),
                t.apply("clientType." + type + ".mistakes", new Object[0]),
                t.apply("consult.card.strategy", new Object[0]),
                t.apply("clientType." + type + ".strategy", new Object[0]));
    }

    @Test
    void aCounselorTagsTheFamilySuspiciousFromTheKeyboardAndReadsTheStrategyInChineseAndEnglish() {
        twoFamilies();
        FamilyPage page = openZhangAs(COUNSELOR);
        page.expectTagChoices(List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型"));
        assertEquals(List.of(), page.tags());
        assertEquals(List.of(), page.strategyCards());

        page.tagByTyping("cj", "猜忌型");

        page.expectTags(List.of("猜忌型"));
        assertEquals(List.of(card(com.counseldesk.testutil.Bundles::zh, "SUSPICIOUS")), page.strategyCards());
        assertTrue(page.strategyCards().get(0).contains("抓住质疑的关键点，表现出站在对方的角度进行理性分析；"
                + "保持耐心细致的态度，在言语表达时加以实物展示和举例说明，逐渐消除质疑"), "the seed's strategy");
        page.expectTimelineRow(Map.of("类型", "咨询者类型", "内容", "标记为 猜忌型", "经办人", COUNSELOR));
        page.expectTagChoices(List.of("犹豫不决型", "内向型", "胆怯型"));

        MainPage english = new MainPage(robot()).switchLanguage("English");
        FamilyPage inEnglish = english.toFamily(zhang.householdId());
        inEnglish.expectTags(List.of("Suspicious"));
        assertEquals(List.of(card(com.counseldesk.testutil.Bundles::en, "SUSPICIOUS")), inEnglish.strategyCards());
        inEnglish.expectTimelineRow(Map.of(en("family.col.kind"), en("timeline.clientTag"),
                en("family.col.summary"), en("timeline.clientTag.added", "Suspicious")));

        inEnglish.removeTagWithKeyboard(consult.builtin(ClientType.SUSPICIOUS).id());

        inEnglish.expectTags(List.of());
        assertEquals(List.of(), inEnglish.strategyCards());
        inEnglish.expectTimelineRow(Map.of(en("family.col.summary"), en("timeline.clientTag.removed", "Suspicious"),
                en("family.col.staff"), COUNSELOR));
    }

    @Test
    void aStudentsIntentIsSetOnThePageKeptInItsHistoryAndFoundByTheSearchFilter() {
        twoFamilies();
        consult.setIntent(OTHER_COUNSELOR, li.householdId(), Intent.CLEAR);
        long student = zhang.studentId();
        FamilyPage page = openZhangAs(COUNSELOR);
        com.counseldesk.testutil.Wait.forValue("the intent not judged yet", zh("consult.intent.unset"),
                () -> page.intent(student));

        page.setIntentByTyping(student, "mq", "明确报名意向");

        Map<String, String> row = page.expectHistoryRow(Map.of("项目", "学生 张子涵 · 意向分类"));
        assertEquals("（空） → 明确报名意向", row.get("修改"));
        assertEquals(COUNSELOR, row.get("操作人"));
        page.expectTimelineRow(Map.of("类型", "意向分类", "内容", "张子涵：未判断 → 明确报名意向"));
        assertEquals("明确报名意向", page.intent(student));

        SearchPage search = new MainPage(robot()).find();
        assertTrue(search.offersIntentFilter());
        search.chooseIntent("明确报名意向");
        search.expectColumn("学生", List.of("张子涵（初二，实验中学）"));
        search.chooseIntent("放弃学习");
        search.expectColumn("学生", List.of());
    }

    @Test
    void anotherCounselorsFamilyShowsNoTagsNoIntentAndNoControls() {
        twoFamilies();
        consult.tags.tag(consult.id(COUNSELOR), zhang.householdId(), consult.builtin(ClientType.TIMID).id());
        consult.setIntent(COUNSELOR, zhang.householdId(), Intent.CLASS1);

        FamilyPage page = openZhangAs(OTHER_COUNSELOR);

        com.counseldesk.testutil.Wait.forValue("why nothing is shown", zh("error.consult.notYours"),
                page::consultNotice);
        assertEquals(List.of(), page.tags());
        assertFalse(page.offersTagging());
        assertEquals("", page.intent(zhang.studentId()), "no intent box");
        assertEquals(List.of(), page.strategyCards());
        assertTrue(page.timeline().stream().noneMatch(r -> r.get("类型").equals("咨询者类型")
                || r.get("类型").equals("意向分类")), page.timeline().toString());
        assertTrue(page.history().stream().noneMatch(r -> r.get("项目").contains("意向分类")),
                page.history().toString());
        assertFalse(new MainPage(robot()).offersTagAdmin(), "only a manager keeps the types");
    }

    @Test
    void aManagerAddsAnOfficeTagThatCounselorsThenUse() {
        twoFamilies();
        MainPage main = startAs(office, MANAGER);
        assertTrue(main.offersTagAdmin());
        var tags = main.openTagAdmin();
        tags.expectColumn("名称", List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型"));

        tags.fillIn("", "red", null, null).saveWithKeyboard();
        tags.expectError("tagName", zh("error.required")).expectError("tagColour", zh("error.tag.colour"));
        tags.fillIn("猜忌型", "#0f766e", null, null).saveWithKeyboard();
        tags.expectError("tagName", zh("error.tag.nameTaken", "猜忌型"));

        tags.fillIn("急躁型", "#0f766e", "说话快，总催结果", "先给结论，再讲理由").saveWithKeyboard();

        tags.expectColumn("名称", List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型", "急躁型"));
        assertEquals(zh("consult.admin.added", "急躁型"), tags.saved());
        assertEquals("", tags.error("tagName"));
        tags.select("名称", "猜忌型");
        assertTrue(tags.showsBuiltinCard());
        assertFalse(tags.showsForm());

        FamilyPage page = main.toDesk().walkIn().typePhone(LI_MINGS_PHONE).openFamily(zhang.householdId());
        page.tagByTyping("jz", "急躁型");
        page.expectTags(List.of("急躁型"));
        assertEquals(List.of(List.of("应对策略 · 急躁型", "客户特征", "说话快，总催结果", "应对策略", "先给结论，再讲理由")),
                page.strategyCards());
    }
}
