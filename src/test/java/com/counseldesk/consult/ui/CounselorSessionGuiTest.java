package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.consult.ClientType;
import com.counseldesk.consult.ConsultOffice;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteService;
import com.counseldesk.consult.NoteState;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.FollowUpPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.NotePage;
import com.counseldesk.pages.Page;
import com.counseldesk.pages.StartPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A counselor's whole session from the keyboard: find the family, tag its decision maker, write the note
 * with the checklist, sign it, plan the follow-up it calls for; the next morning's start page lists it.
 */
class CounselorSessionGuiTest extends GuiTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void aWholeSessionFromTheKeyboardEndsOnTomorrowsStartPage() {
        TestOffice office = typicalOffice();
        office.clock.set(FRIDAY.atTime(9, 30));
        Registration zhang = office.register(office.walkIn(LI_MING).phone("138 1234 5678").student("张子涵"));
        office.clock.set(FRIDAY.atTime(10, 0));
        long suspicious = new ConsultOffice(office).builtin(ClientType.SUSPICIOUS).id();
        int mouseBefore = Page.mouseActions();

        MainPage main = startAs(office, LI_MING);
        FamilyPage family = main.find().type("张子涵").openWithEnter(zhang.householdId());

        family.tagByTyping("cj", "猜忌型");
        family.expectTags(List.of("猜忌型"));
        Wait.until("the strategy card", () -> family.strategyCards().size() == 1);
        assertTrue(family.strategyCards().get(0).contains(zh("clientType.SUSPICIOUS.strategy")),
                family.strategyCards().toString());

        NotePage note = family.newNoteWithKeyboard();
        Wait.forValue("the editor's title", zh("note.heading", "张子涵"), note::title);
        note.expectFocus("CHINESE-score");
        assertEquals(zh("note.typeTrack", "猜忌型", zh("clientType.SUSPICIOUS.strategy")), note.typeTrack(suspicious),
                "the tagged type's strategy beside the checklist");
        note.type("72").tab("CHINESE-fullMarks").type("120").tab("CHINESE-rank").tab("CHINESE-weakPoints")
                .type("阅读理解");
        note.tick(1).tick(2).tick(4).tick(5);
        note.goTo("needs").type("语文阅读失分多，家长担心中考").tab("proposal").type("语文一对一，每周两次")
                .tab("objections").type("担心效果：给她看了往届学员的提分记录");
        note.expectStatus(zh("note.status.saved", "10:00:00"));
        note.sign().confirmWithEnter();
        note.expectStatus(zh("note.status.signed", LI_MING, "2026-11-27 10:00"));

        FollowUpPage plan = note.planFollowUp();
        assertEquals("2026-11-28", plan.day(), "tomorrow is proposed");
        assertEquals("张子涵", plan.whom(), "about the note's student");
        plan.typePurpose("约周六上午试听语文").saveWithEnter();
        Wait.until("the planning dialog to close", () -> !plan.isOpen());

        NoteService notes = new NoteService(office.db, office.clock, office.families, office.office);
        Note signed = notes.notesOf(office.staff(LI_MING), zhang.householdId()).get(0);
        assertEquals(NoteState.SIGNED, signed.state());
        assertEquals(Set.of(ConsultStep.PREPARE, ConsultStep.RAPPORT, ConsultStep.FIND_PROBLEM,
                ConsultStep.PROPOSE), signed.content().steps());
        FollowUpService followUps = new FollowUpService(office.db, office.clock, office.families, office.office,
                office.visits);
        List<FollowUp> open = followUps.openFor(office.staff(LI_MING).id(), zhang.householdId()).stream()
                .map(FollowUpLine::followUp).toList();
        assertEquals(1, open.size());
        assertEquals(signed.id(), open.get(0).fromNoteId(), "the follow-up comes from the note");

        office.clock.set(FRIDAY.plusDays(1).atTime(8, 30));
        app.tick();
        StartPage start = main.startPageWithKeyboard();
        start.expectTitle(zh("start.title", "2026-11-28"));
        start.expectColumn(StartPage.DUE, "回访目的", List.of("约周六上午试听语文"));
        assertEquals("张子涵", start.rows(StartPage.DUE).get(0).get("学生"));
        assertFalse(start.rows(StartPage.DRAFTS).stream().anyMatch(r -> r.containsValue("张子涵")),
                "the signed note is no draft");
        assertEquals(0, Page.mouseActions() - mouseBefore, "the whole session without the mouse");

        FamilyPage again = start.openWithEnter(StartPage.DUE, "回访目的", "约周六上午试听语文", zhang.householdId());
        again.expectTimelineRow(Map.of("类型", zh("timeline.note"),
                "内容", zh("timeline.note.signed", "张子涵 — 语文阅读失分多，家长担心中考")));
        again.expectTimelineRow(Map.of("类型", zh("timeline.followUp.planned")));
        again.expectTimelineRow(Map.of("类型", "咨询者类型", "内容", "标记为 猜忌型"));
    }
}
