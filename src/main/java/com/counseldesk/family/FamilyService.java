package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * The family feature's use cases: find a household, read it, correct its details (with history),
 * re-assign its owner. Other features work on households inside their own transaction through
 * {@link #in(Handle)}.
 */
public class FamilyService {
    public static final int SUGGESTIONS = 5;
    private final Database db;
    private final Clock clock;
    private final List<TimelineSource> timelineSources = new CopyOnWriteArrayList<>();
    private final List<HistoryFilter> historyFilters = new CopyOnWriteArrayList<>();

    public FamilyService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Household records inside the caller's transaction. */
    public Households in(Handle handle) {
        return new Households(handle, LocalDateTime.now(clock));
    }

    /** Households written by an import of old spreadsheets, inside the importer's transaction. */
    public HouseholdImport importing(Handle handle) {
        return new HouseholdImport(db, handle, LocalDateTime.now(clock));
    }

    public Optional<HouseholdCard> findByPhone(Phone phone) {
        return db.read(h -> in(h).byPhone(phone));
    }

    public Optional<HouseholdCard> card(long householdId) {
        return db.read(h -> in(h).card(householdId));
    }

    /** Households whose number starts with what has been typed so far (at least four digits). */
    public List<HouseholdCard> suggest(String typed) {
        String prefix = Phone.searchPrefix(typed);
        if (prefix.length() < 4) {
            return List.of();
        }
        return db.read(h -> in(h).byNumberPrefix(prefix, SUGGESTIONS));
    }

    /** Households that have a contact of exactly this name (the desk's "same family?" hint for a new number). */
    public List<HouseholdCard> withContactNamed(String name, int limit) {
        String n = Text.optional(ContactDetails.NAME, name, Text.NAME_MAX);
        if (n.isEmpty()) {
            return List.of();
        }
        return db.read(h -> in(h).withContactNamed(n, limit));
    }

    public List<HouseholdCard> referredBy(long householdId) {
        return db.read(h -> in(h).cards(in(h).referredBy(householdId)));
    }

    /** The household's history, newest first, without the rows the features keep from the person at this PC. */
    public List<Change> history(long householdId) {
        return db.read(h -> {
            List<Change> rows = in(h).history(householdId);
            for (HistoryFilter f : historyFilters) {
                rows = f.shown(h, householdId, rows);
            }
            return rows;
        });
    }

    public void addHistoryFilter(HistoryFilter filter) {
        historyFilters.add(filter);
    }

    public void addTimelineSource(TimelineSource source) {
        timelineSources.add(source);
    }

    /** Everything the features recorded about the household, newest first. */
    public List<TimelineEntry> timeline(long householdId) {
        return db.read(h -> {
            List<TimelineEntry> all = new ArrayList<>();
            timelineSources.forEach(s -> all.addAll(s.entries(h, householdId)));
            all.sort(Comparator.comparing(TimelineEntry::at).reversed());
            return all;
        });
    }

    public void updateStudent(long studentId, StudentDetails details, Long by) {
        db.inTransaction(h -> {
            in(h).updateStudent(studentId, details, by);
            return null;
        });
    }

    public Student addStudent(long householdId, StudentDetails details, Long by) {
        return db.inTransaction(h -> in(h).addStudent(householdId, details, Stage.NEW, by));
    }

    public void updateContact(long contactId, ContactDetails details, Long by) {
        db.inTransaction(h -> {
            in(h).updateContact(contactId, details, by);
            return null;
        });
    }

    public Contact addPhone(long householdId, ContactDetails person, Phone phone, Long by) {
        return db.inTransaction(h -> in(h).addPhone(householdId, person, phone, by));
    }

    /** Adds a number to one contact (the family page's "add a phone" beside that contact). */
    public Contact addPhoneTo(long contactId, Phone phone, Long by) {
        return db.inTransaction(h -> in(h).addPhoneTo(contactId, phone, by));
    }

    public void removePhone(long phoneId, Long by) {
        db.inTransaction(h -> {
            in(h).removePhone(phoneId, by);
            return null;
        });
    }

    /**
     * Gives a household to another counselor (one who is leaving, say). Only a manager may, and only
     * with a reason; the change is in the household's history.
     */
    public HouseholdCard reassignOwner(long householdId, Staff newOwner, String reason, Staff actor) {
        if (actor == null || actor.role() != Role.MANAGER) {
            throw new ValidationException("owner", "error.owner.managerOnly");
        }
        if (newOwner == null || !newOwner.active() || !newOwner.role().consults()) {
            throw new ValidationException("owner", "error.counselor.invalid");
        }
        String why = Text.required("reason", reason, Text.LONG_MAX);
        return db.inTransaction(h -> {
            Households households = in(h);
            HouseholdCard card = households.card(householdId).orElseThrow(() -> new ValidationException("household",
                    "error.household.unknown"));
            households.setOwner(card, newOwner.id(), why, actor.id());
            return households.card(householdId).orElseThrow();
        });
    }
}
