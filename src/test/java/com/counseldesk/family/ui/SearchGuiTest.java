package com.counseldesk.family.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Directory;
import com.counseldesk.family.DirectoryOffice;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.SearchPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Find anyone on screen: Ctrl+F from the desk, the list following the typing, Enter to the family page. */
class SearchGuiTest extends GuiTest {
    private static final String STUDENTS = zh("search.col.students");
    private long zhang;

    /** The typical office with 张小明's family (mother 王芳, 138 1234 5678) and 李雷's. */
    private TestOffice office() {
        TestOffice office = typicalOffice();
        DirectoryOffice desk = new DirectoryOffice(office);
        zhang = desk.household("张小明").contact("王芳", Relation.MOTHER, "138 1234 5678")
                .lastContact(LocalDateTime.of(2026, 11, 20, 9, 0)).create();
        desk.household("李雷").contact("韩梅", Relation.MOTHER, "139 0000 1111").stage(Stage.SIGNED)
                .lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        desk.close();
        return office;
    }

    @Test
    void ctrlFFromTheDeskFindsByInitialsAndEnterOpensTheFamily() {
        MainPage main = startAs(office(), TestOffice.FRONT_DESK);

        SearchPage search = main.find();
        search.expectColumn(STUDENTS, List.of("李雷（初二）", "张小明（初二）"));

        search.type("zxm").expectColumn(STUDENTS, List.of("张小明（初二）"));
        assertEquals("王芳（母亲）138 1234 5678", search.rows().get(0).get(zh("search.col.contacts")));
        assertEquals(TestOffice.COUNSELOR, search.rows().get(0).get(zh("search.col.owner")));
        assertEquals("2026-11-20 09:00", search.rows().get(0).get(zh("search.col.lastContact")));
        assertEquals(zh("search.shown", 1), search.status());

        FamilyPage page = search.openWithEnter(zhang);
        Wait.forValue("the family page's header", "张小明（初二）", page::title);
    }

    @Test
    void theLastFourDigitsFindTheHouseholdAndDownMovesIntoTheList() {
        MainPage main = startAs(office(), TestOffice.FRONT_DESK);
        SearchPage search = main.find();

        search.type("5678").expectColumn(STUDENTS, List.of("张小明（初二）"));
        search.pressDown();

        search.expectFocus(SearchPage.RESULTS);
        assertEquals(0, search.chosenRow());
        search.openWithEnter(zhang);
    }

    @Test
    void ctrlFAgainKeepsWhatWasTypedWithTheCursorInTheField() {
        MainPage main = startAs(office(), TestOffice.FRONT_DESK);
        main.find().type("李").expectColumn(STUDENTS, List.of("李雷（初二）"));
        main.toDesk();

        SearchPage again = main.find();

        assertEquals("李", again.text());
        again.expectColumn(STUDENTS, List.of("李雷（初二）"));
        again.type("zxm").expectColumn(STUDENTS, List.of("张小明（初二）"));
    }

    @Test
    void aMistypedDateIsNamedBesideItAndAStageNarrowsTheList() {
        MainPage main = startAs(office(), TestOffice.FRONT_DESK);
        SearchPage search = main.find();

        search.firstContactFrom("2026-13-01");
        Wait.forValue("the message beside the date", zh("error.search.date"), search::firstContactFromError);
        search.press(KeyCode.TAB);
        assertEquals("2026-13-01", search.firstContactFromText(), "leaving the field keeps the mistake to correct");
        assertEquals(zh("error.search.date"), search.firstContactFromError());

        search.firstContactFrom("2026-11-01");
        Wait.forValue("no message", "", search::firstContactFromError);
        search.chooseStage(zh("stage.SIGNED")).expectColumn(STUDENTS, List.of("李雷（初二）"));
    }

    @Test
    void moreLoadsTheNextPage() {
        TestOffice office = office();
        DirectoryOffice desk = new DirectoryOffice(office);
        for (int i = 0; i < Directory.PAGE; i++) {
            desk.household("王" + i).create();
        }
        desk.close();
        MainPage main = startAs(office, TestOffice.FRONT_DESK);
        SearchPage search = main.find();

        search.type("王");
        Wait.forValue("the status", zh("search.shownMore", Directory.PAGE), search::status);
        assertTrue(search.canLoadMore());

        search.loadMore();

        Wait.forValue("the status", zh("search.shown", Directory.PAGE + 1), search::status);
        assertFalse(search.canLoadMore());
    }
}
