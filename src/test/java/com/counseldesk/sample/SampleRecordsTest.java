package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.app.AppContext;
import com.counseldesk.consult.DraftNote;
import com.counseldesk.consult.HouseholdTag;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.SituationJson;
import com.counseldesk.consult.StartPage;
import com.counseldesk.consult.StudentIntent;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample office's consultation records, read back through the services the app reads them with
 * (wired by the app's own context, as the counselor at this PC): notes by their households' owners, in
 * the states the end-of-day rule allows; client-type tags; intent levels with their history; follow-ups
 * planned from notes; today's drafts on the start page; and a few families with a long timeline.
 */
class SampleRecordsTest {
    private static final long SEED = 20261127L;
    private static final int HOUSEHOLDS = 1_000;

    @TempDir
    Path dir;
    private TestOffice t;
    private AppContext app;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
        new SampleOffice(t.db, t.clock, SEED).create(HOUSEHOLDS);
        app = new AppContext(t.db, t.clock, null);
    }

    @AfterEach
    void close() {
        app.close();
        t.close();
    }

    private long count(String sql) {
        return SampleCounts.count(t, sql);
    }

    private List<Long> ids(String sql) {
        return t.db.read(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    /** Who owns the household, as the app's person at this PC. */
    private Staff owner(long household) {
        long id = t.household(household).household().ownerId();
        Staff owner = t.db.read(h -> t.office.staff(h, id)).orElseThrow();
        app.setCurrentStaff(owner);
        return owner;
    }

    @Test
    void notesAreWrittenByTheOwnersAndKeepTheEndOfDayRule() {
        assertTrue(count("SELECT COUNT(*) FROM note") > HOUSEHOLDS / 2, "most families have a note");
        assertEquals(0, count("SELECT COUNT(*) FROM note n JOIN household h ON h.id = n.household_id"
                + " WHERE n.author_id <> h.owner_id OR n.session_at < h.first_contact_at OR n.session_at > :now"
                + " OR n.updated_at < n.session_at OR n.updated_at > :now"), "the owner's, within the family's time");
        assertEquals(0, count("SELECT COUNT(*) FROM note WHERE state = 'DRAFT' AND (session_at < :today"
                + " OR signed_at IS NOT NULL)"), "a draft is today's");
        assertEquals(0, count("SELECT COUNT(*) FROM note WHERE state = 'SIGNED' AND (signed_at IS NULL"
                + " OR SUBSTR(signed_at, 1, 10) <> SUBSTR(session_at, 1, 10))"), "signed on its day");
        assertEquals(0, count("SELECT COUNT(*) FROM note WHERE state = 'LOCKED' AND (signed_at IS NOT NULL"
                + " OR session_at >= :today)"), "locked: a past day's, never signed");
        assertEquals(0, count("SELECT COUNT(*) FROM note n LEFT JOIN student s ON s.id = n.student_id"
                + " WHERE n.student_id IS NOT NULL AND (s.household_id IS NULL OR s.household_id <> n.household_id)"));
        for (String state : List.of("SIGNED", "LOCKED")) {
            assertTrue(count("SELECT COUNT(*) FROM note WHERE state = '" + state + "'") > 0, state);
        }
        assertTrue(count("SELECT COUNT(*) FROM note_amendment") > 0, "some notes amended");
        assertEquals(0, count("SELECT COUNT(*) FROM note_amendment a JOIN note n ON n.id = a.note_id"
                + " WHERE n.state = 'DRAFT' OR a.author_id <> n.author_id OR a.amended_at > :now"
                + " OR a.amended_at < COALESCE(n.signed_at, n.session_at)"), "amended after, by the author");
        assertTrue(t.db.read(h -> h.createQuery("SELECT DISTINCT structured FROM note").mapTo(String.class).list())
                .stream().allMatch(json -> json.equals(SituationJson.write(SituationJson.read(json)))),
                "the structured part as the app writes it");
    }

    @Test
    void theOwnerReadsEachNoteWithItsAmendments() {
        List<Long> amended = ids("SELECT DISTINCT n.household_id FROM note n JOIN note_amendment a ON a.note_id = n.id"
                + " ORDER BY 1 LIMIT 10");
        assertFalse(amended.isEmpty());
        for (long household : amended) {
            List<Note> notes = app.notes().notesOf(owner(household), household);

            assertEquals(ids("SELECT id FROM note WHERE household_id = " + household
                    + " ORDER BY session_at DESC, id DESC"), notes.stream().map(Note::id).toList());
            assertTrue(notes.stream().anyMatch(n -> !n.amendments().isEmpty()), "amendments of " + household);
            assertTrue(notes.stream().allMatch(n -> !n.content().needs().isEmpty()
                    && (n.state() == NoteState.DRAFT || !n.content().situation().isEmpty())), "content");
        }
    }

    @Test
    void theStartPageListsTodaysDrafts() {
        Map<Long, List<Long>> drafts = t.db.read(h -> h.createQuery("SELECT author_id, id FROM note"
                + " WHERE state = 'DRAFT' ORDER BY updated_at DESC, id DESC")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertTrue(drafts.size() >= 2, "drafts of several counselors: " + drafts);

        for (Map.Entry<Long, List<Long>> author : drafts.entrySet()) {
            StartPage page = app.startPages().startPage(author.getKey());

            assertEquals(author.getValue(), page.drafts().rows().stream().map(DraftNote::noteId).toList());
        }
    }

    @Test
    void householdsCarryClientTypesPutOnByTheirOwners() {
        assertTrue(count("SELECT COUNT(DISTINCT household_id) FROM household_tag") > HOUSEHOLDS / 5);
        assertTrue(count("SELECT COUNT(*) FROM household_tag WHERE removed_at IS NOT NULL") > 0, "some taken off");
        assertTrue(count("SELECT COUNT(*) FROM household_tag ht JOIN client_tag c ON c.id = ht.tag_id"
                + " WHERE c.builtin IS NULL") > 0, "the office's own type too");
        assertEquals(4, count("SELECT COUNT(DISTINCT c.builtin) FROM household_tag ht"
                + " JOIN client_tag c ON c.id = ht.tag_id"), "each of the four types");
        assertEquals(0, count("SELECT COUNT(*) FROM household_tag ht JOIN household h ON h.id = ht.household_id"
                + " WHERE ht.tagged_by <> h.owner_id OR ht.tagged_at < h.first_contact_at OR ht.tagged_at > :now"
                + " OR ht.removed_at > :now OR ht.removed_at < ht.tagged_at"));
        for (long household : ids("SELECT DISTINCT household_id FROM household_tag ORDER BY 1 LIMIT 10")) {
            List<HouseholdTag> on = app.tags().on(owner(household).id(), household);

            assertEquals(ids("SELECT tag_id FROM household_tag WHERE household_id = " + household
                    + " AND removed_at IS NULL ORDER BY tagged_at, id"), on.stream().map(x -> x.tag().id()).toList());
        }
    }

    @Test
    void eachIntentLevelIsTheEndOfItsHistory() {
        assertTrue(count("SELECT COUNT(*) FROM student WHERE intent IS NOT NULL") > HOUSEHOLDS / 3);
        assertTrue(count("SELECT COUNT(*) FROM change_log WHERE before_value IS NOT NULL") > 0, "changed later");
        assertEquals(0, count("SELECT COUNT(*) FROM student s WHERE s.intent IS DISTINCT FROM (SELECT c.after_value"
                + " FROM change_log c WHERE c.entity = 'student' AND c.field = 'intent' AND c.entity_id = s.id"
                + " ORDER BY c.changed_at DESC, c.id DESC LIMIT 1)"), "the level is the last change's");
        assertEquals(0, count("SELECT COUNT(*) FROM change_log c JOIN student s ON s.id = c.entity_id"
                + " JOIN household h ON h.id = s.household_id WHERE c.household_id <> h.id OR c.staff_id <> h.owner_id"
                + " OR c.changed_at > :now OR c.before_value = c.after_value"));
        assertEquals(0, count("SELECT COUNT(*) FROM student WHERE stage = 'SIGNED' AND intent = 'GAVE_UP'"));
        for (long household : ids("SELECT DISTINCT household_id FROM change_log ORDER BY 1 LIMIT 10")) {
            List<StudentIntent> intents = app.intents().of(owner(household).id(), household);

            assertEquals(t.db.read(h -> h.createQuery("SELECT intent FROM student WHERE household_id = :h ORDER BY id")
                    .bind("h", household).mapTo(String.class).list()),
                    intents.stream().map(i -> i.intent() == null ? null : i.intent().name()).toList());
        }
    }

    @Test
    void someFollowUpsArePlannedFromTheNoteOfTheirVisit() {
        assertTrue(count("SELECT COUNT(*) FROM follow_up WHERE from_note_id IS NOT NULL") > HOUSEHOLDS / 10);
        assertEquals(0, count("SELECT COUNT(*) FROM follow_up f JOIN note n ON n.id = f.from_note_id"
                + " WHERE n.household_id <> f.household_id OR f.created_at < n.session_at"
                + " OR f.from_visit_id IS NOT NULL"));
    }

    @Test
    void aFewFamiliesHaveALongTimeline() {
        // The families who keep coming back by themselves, not the ones a call booked one more visit for.
        List<Long> regulars = ids("SELECT household_id FROM visit WHERE appointment_id IS NULL GROUP BY household_id"
                + " HAVING COUNT(*) > 2");
        assertFalse(regulars.isEmpty());

        for (long household : regulars) {
            owner(household);
            List<TimelineEntry> timeline = app.families().timeline(household);

            assertTrue(timeline.size() >= 50, household + ": " + timeline.size());
            assertEquals(6, timeline.stream().map(TimelineEntry::kind).distinct().count(),
                    "visits, notes, tags, intent changes, follow-ups planned and made");
        }
    }
}
