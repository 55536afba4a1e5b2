package com.counseldesk.consult;

import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.FRONT_DESK;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static com.counseldesk.testutil.TestOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The talk-track library: the steps' texts an office starts with, a manager's edits, the client types' tracks. */
class TalkTrackServiceTest {
    @TempDir
    Path folder;
    private NoteOffice t;
    private Registration zhang;

    @BeforeEach
    void office() {
        t = NoteOffice.typical(folder);
        zhang = t.family("13812345678", "张子涵", COUNSELOR);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static Map<ConsultStep, String> steps(LibraryPage page) {
        Map<ConsultStep, String> out = new EnumMap<>(ConsultStep.class);
        for (ConsultStep s : ConsultStep.values()) {
            out.put(s, page.step(s));
        }
        return out;
    }

    @Test
    void aNewOfficeHasTheTrainingMaterialsTextForEachOfTheTenSteps() {
        LibraryPage page = t.tracks.page(null);

        for (ConsultStep step : ConsultStep.values()) {
            assertTrue(!page.step(step).isBlank(), step.name());
        }
        assertTrue(page.step(ConsultStep.PREPARE).contains("展业夹"), page.step(ConsultStep.PREPARE));
        assertTrue(page.step(ConsultStep.FIND_PROBLEM).contains("提问题 — 判断需求 — 选择卖点"));
        assertTrue(page.step(ConsultStep.OBJECTIONS).startsWith("正确寻找抗拒点"));
        assertTrue(page.step(ConsultStep.AFTER_SALES).contains("4. 勤于汇报，及时沟通（家长）"));
        assertEquals(steps(page), t.tracks.forHousehold(t.staff(COUNSELOR), zhang.householdId()).steps());
        assertEquals(0, t.office.count("talk_track"), "nothing written until the office writes its own");
    }

    @Test
    void aManagerRewritesAStepAndEveryNoteShowsTheOfficesText() {
        Map<ConsultStep, String> edited = new EnumMap<>(steps(t.tracks.page(null)));
        edited.put(ConsultStep.RAPPORT, "先夸孩子，再问家长：\n“孩子平时最喜欢哪门课？”");
        edited.put(ConsultStep.REFERRAL, "");

        LibraryPage saved = t.tracks.save(t.staff(MANAGER), new LibraryPage(null, "", edited));

        assertEquals("先夸孩子，再问家长：\n“孩子平时最喜欢哪门课？”", saved.step(ConsultStep.RAPPORT));
        assertEquals("", saved.step(ConsultStep.REFERRAL), "a step the office cleared stays empty");
        HouseholdTracks shown = t.tracks.forHousehold(t.staff(COUNSELOR), zhang.householdId());
        assertEquals(saved.step(ConsultStep.RAPPORT), shown.step(ConsultStep.RAPPORT));
        assertEquals("", shown.step(ConsultStep.REFERRAL));
        assertTrue(shown.step(ConsultStep.PREPARE).contains("展业夹"), "the others as they were");
        assertEquals(2, t.office.count("talk_track"), "the two texts that changed");
        assertEquals(List.of(String.valueOf(t.staff(MANAGER).id())),
                t.column("SELECT DISTINCT updated_by FROM talk_track"));

        edited.put(ConsultStep.RAPPORT, "先夸孩子");
        t.tracks.save(t.staff(MANAGER), new LibraryPage(null, "", edited));
        assertEquals("先夸孩子", t.tracks.page(null).step(ConsultStep.RAPPORT));
        assertEquals(2, t.office.count("talk_track"), "rewritten in place");
    }

    @Test
    void onlyAManagerEditsTheLibrary() {
        Map<ConsultStep, String> edited = new EnumMap<>(steps(t.tracks.page(null)));
        edited.put(ConsultStep.PREPARE, "随便说说");

        for (String who : List.of(COUNSELOR, OTHER_COUNSELOR, FRONT_DESK)) {
            Staff staff = t.staff(who);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> t.tracks.save(staff, new LibraryPage(null, "", edited)));
            assertEquals("error.talkTrack.managerOnly", e.messageKey());
        }
        assertEquals(0, t.office.count("talk_track"));
        assertTrue(t.tracks.page(null).step(ConsultStep.PREPARE).contains("展业夹"));
    }

    @Test
    void aFamilyTaggedWithAClientTypeShowsThatTypesTracksWithItsStrategyUntilTheOfficeWritesOne() {
        long suspicious = t.builtin(ClientType.SUSPICIOUS);
        long own = t.ownType("比较型", "列出对比表");
        t.tag(zhang.householdId(), suspicious);

        List<TypeTracks> types = t.tracks.forHousehold(t.staff(COUNSELOR), zhang.householdId()).types();
        assertEquals(1, types.size());
        assertEquals(ClientType.SUSPICIOUS, types.get(0).type().builtin());
        assertNull(types.get(0).general(), "the office wrote none: the screen shows the type's strategy");
        assertEquals("", types.get(0).step(ConsultStep.OBJECTIONS));

        Map<ConsultStep, String> steps = new EnumMap<>(ConsultStep.class);
        steps.put(ConsultStep.OBJECTIONS, "拿出往届学员的成绩单");
        t.tracks.save(t.staff(MANAGER), new LibraryPage(suspicious, "先认同家长的顾虑", steps));

        TypeTracks written = t.tracks.forHousehold(t.staff(COUNSELOR), zhang.householdId()).types().get(0);
        assertEquals("先认同家长的顾虑", written.general());
        assertEquals("拿出往届学员的成绩单", written.step(ConsultStep.OBJECTIONS));
        assertEquals("先认同家长的顾虑", t.tracks.page(suspicious).general());
        assertTrue(t.tracks.page(null).step(ConsultStep.OBJECTIONS).startsWith("正确寻找抗拒点"),
                "every session's text stays");
        assertEquals(List.of("犹豫不决型", "内向型", "猜忌型", "胆怯型", "比较型"),
                t.tracks.types().stream().map(ClientTag::name).toList());
        t.tag(zhang.householdId(), own);
        assertEquals(List.of("SUSPICIOUS", "比较型"), t.tracks.forHousehold(t.staff(COUNSELOR), zhang.householdId())
                .types().stream().map(tt -> tt.type().isBuiltin() ? tt.type().builtin().name() : tt.type().name())
                .toList(), "the types in the order they were tagged");
    }

    @Test
    void aFamilysTracksAreReadByThoseWhoReadItsRecords() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> t.tracks.forHousehold(t.staff(OTHER_COUNSELOR), zhang.householdId()));
        assertEquals(Access.REFUSED, e.messageKey());
    }

    @Test
    void aPageForATypeThatDoesNotExistIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> t.tracks.save(t.staff(MANAGER), new LibraryPage(999L, "x", Map.of())));
        assertEquals("error.talkTrack.unknownType", e.messageKey());
    }
}
