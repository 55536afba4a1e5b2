package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.consult.FollowUpService;
import com.counseldesk.consult.StartPage;
import com.counseldesk.consult.StartPageService;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample office's follow-ups: made before today with a result, at most one open per family, some overdue. */
class SampleFollowUpsTest {
    private static final long SEED = 20261127L;

    @TempDir
    Path dir;
    private TestOffice t;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
        new SampleOffice(t.db, t.clock, SEED).create(1_000);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private long count(String sql) {
        return SampleCounts.count(t, sql);
    }

    @Test
    void theCallsBeforeTodayWereMadeWithAResultAndTheNextOneIsOpen() {
        assertTrue(count("SELECT COUNT(*) FROM follow_up") > 2_000, "a few calls per family");
        assertEquals(0, count("SELECT COUNT(*) FROM follow_up WHERE done_at IS NOT NULL"
                + " AND (result IS NULL OR due_at >= :today OR done_at > :now OR done_by <> owner_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL AND result IS NOT NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT household_id FROM follow_up WHERE done_at IS NULL"
                + " GROUP BY household_id HAVING COUNT(*) > 1) x"), "at most one open per family");
        assertEquals(0, count("SELECT COUNT(*) FROM follow_up f JOIN household h ON h.id = f.household_id"
                + " WHERE f.owner_id <> h.owner_id OR f.created_at < h.first_contact_at OR f.created_at > :now"));
        assertTrue(count("SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL AND due_at < :today") > 0, "overdue");
        assertTrue(count("SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL AND due_at >= :today") > 0, "to come");
        assertTrue(count("SELECT COUNT(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM follow_up f"
                + " WHERE f.household_id = h.id AND f.done_at IS NULL)") > 100, "families with nothing planned");
        assertTrue(count("SELECT COUNT(*) FROM follow_up WHERE has_time = 1") > 0);
        assertTrue(count("SELECT COUNT(*) FROM follow_up WHERE from_visit_id IS NOT NULL") > 500);
    }

    @Test
    void aCounselorOfTheSampleOfficeHasAFullStartPage() {
        StartPage page;
        try (StartPageService pages = new StartPageService(t.db, t.clock, t.office, t.visits,
                new FollowUpService(t.db, t.clock, t.families, t.office, t.visits))) {
            page = pages.startPage(t.staff("李明").id());
        }

        assertFalse(page.dueToday().rows().isEmpty());
        assertFalse(page.overdue().rows().isEmpty());
        assertFalse(page.unplanned().rows().isEmpty());
        assertFalse(page.atTheOffice().rows().isEmpty());
        List<Long> owners = page.overdue().rows().stream().map(l -> l.followUp().ownerId()).distinct().toList();
        assertEquals(List.of(t.staff("李明").id()), owners);
    }
}
