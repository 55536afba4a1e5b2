package com.counseldesk.walkin.ui;

import static com.counseldesk.pages.WalkInPage.CHANNEL;
import static com.counseldesk.pages.WalkInPage.COUNSELOR;
import static com.counseldesk.pages.WalkInPage.GENDER;
import static com.counseldesk.pages.WalkInPage.GRADE;
import static com.counseldesk.pages.WalkInPage.PARENT;
import static com.counseldesk.pages.WalkInPage.PHONE;
import static com.counseldesk.pages.WalkInPage.PURPOSE;
import static com.counseldesk.pages.WalkInPage.RELATION;
import static com.counseldesk.pages.WalkInPage.SCHOOL;
import static com.counseldesk.pages.WalkInPage.STUDENT;
import static com.counseldesk.pages.WalkInPage.WHO_CAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Grade;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.Page;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.VisitStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desk's bar: a front-desk person registers twenty visitors in a row in a 1366×768 window, in
 * either language, with the keyboard alone: fifteen new families typed in full (each choice made by
 * typing its pinyin initials or the start of its English label) and five returning ones recognised
 * by their number. Every save shows in green, the newest arrival is on top of today's
 * list and selected, the cursor is back in the phone field, and the mouse is never used.
 */
class TwentyVisitorsGuiTest extends GuiTest {
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈"};

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void twentyVisitorsInARowWithoutTheMouse(String tag) {
        I18n i18n = new I18n(Locale.forLanguageTag(tag));
        boolean zh = i18n.locale().equals(I18n.CHINESE);
        TestOffice office = typicalOffice();
        // Five families who came earlier today and have left: they come back with a sibling's question.
        for (int i = 0; i < 5; i++) {
            office.register(office.walkIn("李明").phone(returningPhone(i)).student("老" + SURNAMES[i] + "同学")
                    .grade(Grade.P5).parent(SURNAMES[i] + "妈妈"));
        }
        office.visits.today().forEach(v -> office.visits.setStatus(v.visitId(), VisitStatus.LEFT));

        int mouseBefore = Page.mouseActions();
        MainPage main = startAs(office, "王芳");
        main.resizeWindow(1366, 768);
        if (!zh) {
            main = main.otherLanguageByKeyboard("English");
        }
        WalkInPage form = main.walkIn();
        TodayPage today = main.today();
        int visits = 5;

        for (int n = 1; n <= 20; n++) {
            form.expectFocus(PHONE);
            String student;
            if (n % 4 == 0) {
                int family = n / 4 - 1;
                student = "老" + SURNAMES[family] + "同学";
                form.typeText(returningPhone(family));
                form.expectHouseholdShowing(student);
                // The child, the owner as counselor and the channel come from the record: Enter saves.
                form.expectValue(COUNSELOR, "李明 · " + i18n.t("role.COUNSELOR"));
                form.expectValue(CHANNEL, i18n.t("channel.DIRECT"));
                form.pressEnter();
                form.expectStatus(i18n.t("walkin.saved.returning", "李明"));
            } else {
                student = "新同学" + n;
                form.typeText(String.format("139 0000 %04d", n));
                form.tabTo(STUDENT);
                form.typeText(student);
                form.tabTo(GENDER);
                choose(form, zh ? (n % 2 == 0 ? "nan" : "nv") : (n % 2 == 0 ? "m" : "f"),
                        i18n.t(n % 2 == 0 ? "gender.MALE" : "gender.FEMALE"));
                form.tabTo(GRADE);
                choose(form, zh ? "ce" : "g8", i18n.t("grade.J2"));
                form.tabTo(SCHOOL);
                form.typeText("实验中学");
                form.tabTo(PARENT);
                form.typeText(SURNAMES[n % 5] + "家长");
                form.tabTo(RELATION);
                choose(form, zh ? "mq" : "mo", i18n.t("relation.MOTHER"));
                form.tabTo(CHANNEL);
                choose(form, zh ? "zj" : "wa", i18n.t("channel.DIRECT"));
                form.tabTo(WHO_CAME);
                form.typeText("学生和母亲");
                form.tabTo(PURPOSE);
                form.typeText("数学提分");
                form.tabTo(COUNSELOR);
                String counselor = n % 3 == 0 ? "张伟" : "李明";
                // Pinyin initials choose a person in either language.
                choose(form, n % 3 == 0 ? "zw" : "lm", counselor + " · " + i18n.t("role.COUNSELOR"));
                form.pressEnter();
                form.expectStatus(i18n.t("walkin.saved.new", counselor));
            }
            visits++;
            assertEquals("success", form.statusLook(), "visitor " + n);
            today.expectTitle(i18n.t("today.title", visits));
            String column = i18n.t("today.col.student");
            Wait.forValue("visitor " + n + " selected", student, () -> today.selectedRow().get(column));
            Wait.forValue("visitor " + n + " on top of the list in sight", student,
                    () -> today.rowsInView().get(0).get(column));
        }

        form.expectFocus(PHONE);
        assertEquals(25, office.visits.today().size());
        assertEquals(20, office.count("household"));
        assertEquals(0, Page.mouseActions() - mouseBefore, "no click, no mouse wheel");
        assertEquals(List.of(), form.cutTexts(), "everything fits the window");
    }

    /** Types {@code typed} into the choice list that has the cursor and sees it show {@code label}. */
    private static void choose(WalkInPage form, String typed, String label) {
        String list = form.focusedId();
        form.typeText(typed);
        form.expectValue(list, label);
    }

    private static String returningPhone(int family) {
        return String.format("138 0000 %04d", family + 1);
    }
}
