package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.counseldesk.common.db.Database;
import com.counseldesk.consult.DraftNote;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.consult.StartPage;
import com.counseldesk.consult.StartPageService;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitService;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Building a counselor's start page on the 200,000-household office ({@link BenchOffice}) with the
 * sample's follow-ups: the four counselors' pages and the manager's (every counselor's overdue ones)
 * in turn, as {@link StartPageService#startPage} builds them for the screen (access checked, families'
 * cards included), beside the same rows from bare SQL ({@link StartPageFloor}), the two taking turns
 * at going first. Every page of the floor is checked against the service's: the same follow-ups,
 * visits, notes and families in the same order, the same lines for the families with nothing planned.
 * After 200 warm-up pages both ways, p50 and p95 of 500 of each, in ms: {@code start_page_p95},
 * {@code start_page_floor_p95}; and the office's follow-ups, {@code start_page_follow_ups}.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartPageBench {
    private static final int PAGES = 500;
    private static final int WARM_UP = 200;

    private Database db;
    private StartPageService pages;
    private StartPageFloor floor;
    private List<Staff> people;

    @BeforeAll
    void open() throws SQLException {
        db = BenchOffice.open();
        Clock clock = Clock.systemDefaultZone();
        OfficeService office = new OfficeService(db, clock);
        FamilyService families = new FamilyService(db, clock);
        VisitService visits = new VisitService(db, clock, families, office);
        pages = new StartPageService(db, clock, office, visits,
                new FollowUpService(db, clock, families, office, visits));
        floor = new StartPageFloor(BenchOffice.file());
        people = office.counselors();
    }

    @AfterAll
    void close() throws SQLException {
        floor.close();
        pages.close();
        db.close();
    }

    @Test
    void aCounselorsStartPage() throws SQLException {
        Figures.bench("start_page_follow_ups", db.read(h -> h.createQuery("SELECT COUNT(*) FROM follow_up")
                .mapTo(Long.class).one()), "rows", 0);
        for (int i = 0; i < WARM_UP; i++) {
            Staff who = people.get(i % people.size());
            pages.startPage(who.id());
            page(who);
        }
        long[] appNanos = new long[PAGES];
        long[] bareNanos = new long[PAGES];
        long rows = 0;
        for (int i = 0; i < PAGES; i++) {
            Staff who = people.get(i % people.size());
            StartPage app;
            StartPageFloor.Page bare;
            long start = System.nanoTime();
            if (i % 2 == 0) {
                app = pages.startPage(who.id());
                appNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                bare = page(who);
                bareNanos[i] = System.nanoTime() - start;
            } else {
                bare = page(who);
                bareNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                app = pages.startPage(who.id());
                appNanos[i] = System.nanoTime() - start;
            }
            check(who, app, bare);
            rows += app.dueToday().rows().size() + app.overdue().rows().size() + app.atTheOffice().rows().size()
                    + app.drafts().rows().size() + app.unplanned().rows().size();
        }
        Figures.bench("start_page_rows", (double) rows / PAGES, "rows", 0);
        Figures.percentiles("start_page", appNanos);
        Figures.percentiles("start_page_floor", bareNanos);
    }

    private StartPageFloor.Page page(Staff who) throws SQLException {
        return floor.page(who.id(), who.role() == Role.MANAGER, LocalDate.now(), StartPageService.ROWS,
                StartPageService.AT_THE_OFFICE, StartPageService.UNPLANNED);
    }

    private static void check(Staff who, StartPage app, StartPageFloor.Page bare) {
        String w = who.name();
        assertEquals(bare.due(), followUps(app.dueToday().rows()), w + " due today");
        assertEquals(bare.overdue(), followUps(app.overdue().rows()), w + " overdue");
        assertEquals(bare.here(), app.atTheOffice().rows().stream().map(VisitRow::visitId).toList(), w + " here");
        assertEquals(bare.drafts(), app.drafts().rows().stream().map(DraftNote::noteId).toList(), w + " drafts");
        assertEquals(bare.unplanned(), app.unplanned().rows().stream().map(HouseholdCard::id).toList(), w);
        assertEquals(bare.unplannedLines(), CardLine.of(app.unplanned().rows()), w + " unplanned families");
        assertFalse(app.overdue().rows().isEmpty() && app.dueToday().rows().isEmpty(), w + " has follow-ups");
    }

    private static List<Long> followUps(List<FollowUpLine> lines) {
        return lines.stream().map(l -> l.followUp().id()).toList();
    }
}
