package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.counseldesk.app.AppContext;
import com.counseldesk.common.db.Database;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.HouseholdTag;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.StudentIntent;
import com.counseldesk.family.Change;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.office.Staff;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Opening a family page with a long timeline on the 200,000-household office ({@link BenchOffice}):
 * the households the sample made to keep coming back all year (at least 50 timeline entries each:
 * visits, notes signed or locked and amended, client-type tags, intent changes, follow-ups), each opened
 * by its owner in turn. The page's read is what its view models ask the services for, on the services
 * the app wires ({@link AppContext}, every timeline source registered): the household, the one that
 * referred it and those it referred, the timeline and the history; the client types on it, the library
 * and the students' intent levels; the household again and its notes; its open follow-ups. Beside it,
 * the same rows from bare SQL ({@link FamilyPageFloor}), the two taking turns at going first, every page
 * checked against the floor's. After 200 warm-up pages both ways, p50 and p95 of 500 of each, in ms:
 * {@code family_page_p95}, {@code family_page_floor_p95}; and the pages' mean timeline,
 * {@code family_page_timeline_entries}.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPageBench {
    private static final int PAGES = 500;
    private static final int WARM_UP = 200;
    private static final int LONG_TIMELINE = 50;

    private AppContext app;
    private FamilyPageFloor floor;
    /** The households with a long timeline, and each one's owner. */
    private final List<Long> households = new ArrayList<>();
    private final List<Staff> owners = new ArrayList<>();

    /** What the page read: enough of each part to check it against the floor's rows. */
    private record Page(int timeline, int history, List<Long> tags, List<String> intents, List<Long> notes,
            List<Long> openFollowUps) {
    }

    @BeforeAll
    void open() throws SQLException {
        Database db = BenchOffice.open();
        app = new AppContext(db, Clock.systemDefaultZone(), null);
        floor = new FamilyPageFloor(BenchOffice.file());
        List<Long> returning = db.read(h -> h.createQuery("SELECT household_id FROM visit GROUP BY household_id"
                + " HAVING COUNT(*) > 2 ORDER BY household_id").mapTo(Long.class).list());
        for (long id : returning) {
            Staff owner = owner(id);
            app.setCurrentStaff(owner);
            if (app.families().timeline(id).size() >= LONG_TIMELINE) {
                households.add(id);
                owners.add(owner);
            }
        }
        assertFalse(households.isEmpty(), "households with a long timeline");
    }

    @AfterAll
    void close() throws SQLException {
        floor.close();
        app.close();
    }

    @Test
    void aFamilyPageWithALongTimeline() throws SQLException {
        Figures.bench("family_page_households", households.size(), "households", 0);
        for (int i = 0; i < WARM_UP; i++) {
            int k = i % households.size();
            page(owners.get(k), households.get(k));
            floor.page(owners.get(k).id(), households.get(k), LocalDate.now());
        }
        long[] appNanos = new long[PAGES];
        long[] bareNanos = new long[PAGES];
        long entries = 0;
        for (int i = 0; i < PAGES; i++) {
            int k = i % households.size();
            Staff who = owners.get(k);
            long id = households.get(k);
            Page read;
            FamilyPageFloor.Page bare;
            long start = System.nanoTime();
            if (i % 2 == 0) {
                read = page(who, id);
                appNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                bare = floor.page(who.id(), id, LocalDate.now());
                bareNanos[i] = System.nanoTime() - start;
            } else {
                bare = floor.page(who.id(), id, LocalDate.now());
                bareNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                read = page(who, id);
                appNanos[i] = System.nanoTime() - start;
            }
            check(id, read, bare);
            entries += read.timeline();
        }
        Figures.bench("family_page_timeline_entries", (double) entries / PAGES, "entries", 0);
        Figures.percentiles("family_page", appNanos);
        Figures.percentiles("family_page_floor", bareNanos);
    }

    /** The page as its view models read it, one service call each, as {@code who} at this PC. */
    private Page page(Staff who, long id) {
        app.setCurrentStaff(who);
        // The family page itself (FamilyPageViewModel): the people, the referrer, the timeline, the history.
        HouseholdCard card = app.families().card(id).orElseThrow();
        Long referrer = card.household().referredBy();
        if (referrer != null) {
            app.families().card(referrer);
        }
        app.families().referredBy(id);
        List<TimelineEntry> timeline = app.families().timeline(id);
        List<Change> history = app.families().history(id);
        // Its consult part (FamilyConsultViewModel): the client types on it, the library, the intent levels.
        List<HouseholdTag> tags = app.tags().on(who.id(), id);
        app.tags().library(who.id());
        List<StudentIntent> intents = app.intents().of(who.id(), id);
        // Its notes (NotesViewModel) and its open follow-ups (HouseholdFollowUpsViewModel).
        app.families().card(id);
        List<Note> notes = app.notes().notesOf(who, id);
        List<FollowUpLine> open = app.followUps().openFor(who.id(), id);
        return new Page(timeline.size(), history.size(), tags.stream().map(t -> t.tag().id()).toList(),
                intents.stream().map(s -> s.intent() == null ? null : s.intent().name()).toList(),
                notes.stream().map(Note::id).toList(), open.stream().map(l -> l.followUp().id()).toList());
    }

    private static void check(long id, Page app, FamilyPageFloor.Page bare) {
        assertEquals(bare.timelineEntries(), app.timeline(), id + " timeline");
        assertEquals(bare.historyRows(), app.history(), id + " history");
        assertEquals(bare.tags(), app.tags(), id + " client types");
        assertEquals(bare.intents(), app.intents(), id + " intent levels");
        assertEquals(bare.notes(), app.notes(), id + " notes");
        assertEquals(bare.openFollowUps(), app.openFollowUps(), id + " open follow-ups");
    }

    private Staff owner(long household) {
        long ownerId = app.families().card(household).orElseThrow().household().ownerId();
        return app.db().read(h -> app.office().staff(h, ownerId)).orElseThrow();
    }
}
