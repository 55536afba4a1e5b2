package com.counseldesk.consult;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.KeptHandle;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The start page (工作台): what a counselor sees after choosing who they are. Each list is a page of
 * its rows (the first {@link #ROWS}, or {@link #UNPLANNED} of the families with nothing planned),
 * read with the families' names in a few queries on a connection of its own kept open (as the
 * directory's), so that it is built in milliseconds on an office of 200,000 households. The families
 * waiting or in consultation come from the desk's visits, read on the same connection.
 */
public class StartPageService implements AutoCloseable {
    /** The rows of each follow-up list and of the notes in draft: a page, as the search's. */
    public static final int ROWS = 50;
    /** The families at the office now: a counselor receives a few at a time. */
    public static final int AT_THE_OFFICE = 20;
    /** The families with nothing planned: the most recently in contact, a page's worth. */
    public static final int UNPLANNED = 30;
    /** The page cache of the start page's connection to an SQLite file, in KiB (as the directory's). */
    private static final int CACHE_KIB = 16 * 1024;
    private final Clock clock;
    private final OfficeService office;
    private final VisitService visits;
    private final FollowUpService followUps;
    /** The start page's own connection, kept open like the directory's: a new one costs more than the page. */
    private final KeptHandle reader;

    public StartPageService(Database db, Clock clock, OfficeService office, VisitService visits,
            FollowUpService followUps) {
        this.clock = clock;
        this.office = office;
        this.visits = visits;
        this.followUps = followUps;
        this.reader = new KeptHandle(db, CACHE_KIB);
    }

    /**
     * The start page of {@code actorId} today: a counselor's or a manager's (whose overdue list has
     * every counselor's follow-ups). The front desk has none: it is refused as {@link Access} refuses.
     */
    public StartPage startPage(long actorId) {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime start = today.atStartOfDay();
        return reader.read(h -> {
            Staff me = office.activeStaff(h, actorId);
            if (!me.role().consults()) {
                Access.require(me, null);
            }
            Listed<VisitRow> here = Listed.of(visits.atTheOfficeWith(h, me.id(), AT_THE_OFFICE + 1), AT_THE_OFFICE);
            boolean everyone = me.role() == Role.MANAGER;
            FollowUpDao dao = h.attach(FollowUpDao.class);
            List<FollowUp> due = dao.openOwnedBetween(me.id(), start, start.plusDays(1), ROWS + 1);
            List<FollowUp> overdue = everyone ? dao.openBefore(start, ROWS + 1)
                    : dao.openOwnedBefore(me.id(), start, ROWS + 1);
            StartPageDao pages = h.attach(StartPageDao.class);
            List<StartPageDao.Draft> drafts = pages.drafts(me.id(), start, ROWS + 1);
            List<Long> unplanned = pages.unplanned(me.id(), UNPLANNED + 1);
            Map<Long, HouseholdCard> cards = followUps.cards(h, Stream.of(
                    due.stream().map(FollowUp::householdId), overdue.stream().map(FollowUp::householdId),
                    drafts.stream().map(StartPageDao.Draft::householdId), unplanned.stream()).flatMap(s -> s));
            return new StartPage(today, everyone, Listed.of(FollowUpLine.readable(me, due, cards), ROWS),
                    Listed.of(FollowUpLine.readable(me, overdue, cards), ROWS), here,
                    Listed.of(drafts(me, drafts, cards), ROWS),
                    Listed.of(unplanned.stream().map(cards::get).filter(Objects::nonNull).toList(), UNPLANNED));
        });
    }

    /** Stops using the start page's connection (the app's context is closing). */
    @Override
    public void close() {
        reader.close();
    }

    private static List<DraftNote> drafts(Staff me, List<StartPageDao.Draft> rows, Map<Long, HouseholdCard> cards) {
        return rows.stream().filter(d -> readable(me, cards.get(d.householdId()))).map(d -> {
            HouseholdCard card = cards.get(d.householdId());
            return new DraftNote(d.noteId(), d.householdId(), FollowUpLine.students(card, d.studentId()),
                    d.sessionAt(), d.updatedAt());
        }).toList();
    }

    private static boolean readable(Staff me, HouseholdCard card) {
        return card != null && Access.readsInFull(me, card.activeOwnerId());
    }
}
