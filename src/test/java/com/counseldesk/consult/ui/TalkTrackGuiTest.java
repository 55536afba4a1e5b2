package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static com.counseldesk.testutil.TestOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.NotePage;
import com.counseldesk.pages.TalkTrackPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import org.junit.jupiter.api.Test;

/** The talk-track library on screen (a manager's), and who sees a family's notes. */
class TalkTrackGuiTest extends GuiTest {
    @Test
    void aManagerRewritesAStepsTalkTrackAndTheNoteEditorShowsItTheOfficesWordsInEitherLanguage() {
        TestOffice office = typicalOffice();
        Registration zhang = office.register(office.walkIn(COUNSELOR).phone("13812345678").student("张子涵"));
        MainPage main = startAs(office, MANAGER).switchLanguage("English");
        assertTrue(main.offersTalkTracks());

        TalkTrackPage library = main.openTalkTracks().expectRead();

        assertEquals(en("note.step", 1, en("consultStep.PREPARE")), library.stepLabel(1));
        assertTrue(library.step(1).contains("展业夹"), "the office's text as written: " + library.step(1));
        library.rewrite(2, "先夸孩子，再问家长：孩子平时最喜欢哪门课？").save();
        Wait.forValue("the band", en("talkTrack.saved"), library::status);

        FamilyPage page = main.find().type("张子涵").openWithEnter(zhang.householdId());
        NotePage note = page.newNote();
        Wait.forValue("step 2's talk track", "先夸孩子，再问家长：孩子平时最喜欢哪门课？", () -> note.track(2));
        assertTrue(note.track(1).contains("展业夹"));
    }

    @Test
    void aCounselorHasNoLibraryAndSeesOnlyThatAnotherCounselorsFamilysNotesAreNotTheirs() {
        TestOffice office = typicalOffice();
        Registration zhang = office.register(office.walkIn(COUNSELOR).phone("13812345678").student("张子涵"));
        MainPage main = startAs(office, OTHER_COUNSELOR);
        assertFalse(main.offersTalkTracks());

        FamilyPage page = main.find().type("张子涵").openWithEnter(zhang.householdId());

        Wait.forValue("why there is no list", zh("error.consult.notYours"), page::notesRefused);
        assertFalse(page.offersNewNote());
        assertEquals(zh("note.list", 0), page.notesTitle());
    }
}
