package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.consult.ClientType;
import com.counseldesk.consult.ConsultOffice;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.NoteService;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.StudentSituation;
import com.counseldesk.family.Subject;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.NotePage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A consultation note on screen: written with the checklist and signed; a signed note amended. */
class NoteGuiTest extends GuiTest {
    private TestOffice office;
    private Registration zhang;

    /** The typical office with 张子涵's family, 李明's since this morning, whose mother is 猜忌型. */
    private long office() {
        office = typicalOffice();
        zhang = office.register(office.walkIn(COUNSELOR).phone("13812345678").student("张子涵"));
        ConsultOffice consult = new ConsultOffice(office);
        long tag = consult.builtin(ClientType.SUSPICIOUS).id();
        consult.tags.tag(consult.id(COUNSELOR), zhang.householdId(), tag);
        return tag;
    }

    private FamilyPage familyPage(MainPage main) {
        return main.find().type("张子涵").openWithEnter(zhang.householdId());
    }

    private NoteService notes() {
        return new NoteService(office.db, office.clock, office.families, office.office);
    }

    @Test
    void aCounselorWritesTheNoteWithTheChecklistFromTheKeyboardAndSignsIt() {
        long tag = office();
        FamilyPage page = familyPage(startAs(office, COUNSELOR));
        assertEquals(zh("note.list", 0), page.notesTitle());

        NotePage note = page.newNote();

        Wait.forValue("the editor's title", zh("note.heading", "张子涵"), note::title);
        note.expectFocus("CHINESE-score");
        assertTrue(note.track(1).contains("展业夹"), note.track(1));
        assertEquals(zh("note.typeTrack", "猜忌型", zh("clientType.SUSPICIOUS.strategy")), note.typeTrack(tag));
        assertEquals(zh("note.status.new"), note.status());

        note.tab("CHINESE-fullMarks").tab("CHINESE-rank").tab("CHINESE-weakPoints").tab("MATH-score").type("130")
                .tab("MATH-fullMarks").type("120");
        Wait.forValue("the message beside the score", zh("error.note.aboveFullMarks", "120"),
                () -> note.error("MATH-score"));
        note.signRefused();
        note.expectStatus(zh("note.fix")).expectFocus("MATH-score");

        note.retype("MATH-score", "95").tab("MATH-fullMarks").tab("MATH-rank").tab("MATH-weakPoints").type("函数");
        assertEquals("", note.error("MATH-score"));
        note.tick(1).tick(2).tick(4);
        note.goTo("needs").type("数学成绩下滑，想先补基础").tab("proposal").type("一对一数学，每周两次");
        note.expectStatus(zh("note.status.saved", "10:00:00"));
        assertEquals(NoteState.DRAFT, notes().notesOf(office.staff(COUNSELOR), zhang.householdId()).get(0).state());

        note.sign().confirm();

        note.expectStatus(zh("note.status.signed", COUNSELOR, "2026-11-27 10:00"));
        assertFalse(note.isWritable("needs"));
        assertFalse(note.isWritable("MATH-score"));
        assertFalse(note.canTick(3));
        assertFalse(note.canSign());
        Note stored = notes().notesOf(office.staff(COUNSELOR), zhang.householdId()).get(0);
        assertEquals(NoteState.SIGNED, stored.state());
        assertEquals(Set.of(ConsultStep.PREPARE, ConsultStep.RAPPORT, ConsultStep.FIND_PROBLEM),
                stored.content().steps());
        assertEquals(new BigDecimal(95), stored.content().situation().subject(Subject.MATH).score());
        assertEquals("函数", stored.content().situation().subject(Subject.MATH).weakPoints());
        assertEquals("一对一数学，每周两次", stored.content().proposal());

        note.close();
        FamilyPage back = new FamilyPage(robot(), zhang.householdId());
        back.expectNotes(List.of("2026-11-27 10:00 · 李明 · 已签字 · 张子涵 — 数学成绩下滑，想先补基础"));
        back.expectTimelineRow(Map.of("类型", zh("timeline.note"),
                "内容", zh("timeline.note.signed", "张子涵 — 数学成绩下滑，想先补基础")));
    }

    @Test
    void aSignedNoteIsReadOnlyAndAnAmendmentIsAppendedUnderIt() {
        office();
        NoteContent content = new NoteContent(zhang.studentId(), StudentSituation.EMPTY, Set.of(ConsultStep.PREPARE),
                "英语阅读薄弱", "", "", "周六来试听");
        Note signed = notes().sign(office.staff(COUNSELOR), zhang.householdId(), null, content);
        office.clock.advance(java.time.Duration.ofHours(3));
        FamilyPage page = familyPage(startAs(office, COUNSELOR));

        NotePage note = page.openNote(signed.id());

        note.expectStatus(zh("note.status.signed", COUNSELOR, "2026-11-27 10:00"));
        assertEquals("英语阅读薄弱", note.value("needs"));
        assertFalse(note.isWritable("needs"));
        assertTrue(note.isTicked(1));
        note.expectFocus("amendmentField");

        note.amend("家长来电：改为周日试听");

        assertEquals(List.of("家长来电：改为周日试听"), note.amendments());
        assertEquals("英语阅读薄弱", note.value("needs"), "never overwritten");
        assertEquals(zh("note.status.amended"), note.status());
        note.close();
        FamilyPage back = new FamilyPage(robot(), zhang.householdId());
        back.expectTimelineRow(Map.of("类型", zh("timeline.note"), "内容", zh("timeline.note.amended",
                "家长来电：改为周日试听"), "经办人", COUNSELOR));
        back.expectNotes(List.of("2026-11-27 10:00 · 李明 · 已签字 · 张子涵 — 英语阅读薄弱"
                + zh("note.list.amendments", 1)));
        assertEquals(1, notes().open(office.staff(MANAGER), signed.id()).note().amendments().size());
    }
}
