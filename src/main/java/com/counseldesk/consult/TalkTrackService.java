package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.consult.TalkTrackDao.TrackRow;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * The office's talk-track library (话术): a text for each of the ten steps, and for each client type
 * its own text and a text per step. It starts with the office's training material for the steps
 * ({@link SeedTalkTracks}), which a step shows until the office writes its own; only a manager
 * edits it ({@link Access#managesLibrary}). A note's checklist reads the steps' texts with those of
 * the household's client types.
 */
public class TalkTrackService {
    /** The refusals that concern the library rather than one of its texts. */
    public static final String FIELD_LIBRARY = "library";
    private final Database db;
    private final Clock clock;
    private final HouseholdAccess records;

    public TalkTrackService(Database db, Clock clock, FamilyService families, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.records = new HouseholdAccess(families, office);
    }

    /** What a note's checklist shows for the household: the steps' texts, and those of its client types. */
    public HouseholdTracks forHousehold(Staff who, long householdId) {
        return db.read(h -> {
            records.require(h, records.actor(h, who), householdId);
            TalkTrackDao dao = h.attach(TalkTrackDao.class);
            List<ClientTag> types = dao.typesOf(householdId);
            List<TrackRow> rows = types.isEmpty() ? List.of()
                    : dao.forTypes(types.stream().map(ClientTag::id).toList());
            List<TypeTracks> out = new ArrayList<>();
            for (ClientTag type : types) {
                List<TrackRow> own = rows.stream().filter(r -> r.tagId() == type.id()).toList();
                String general = text(own, null);
                Map<ConsultStep, String> steps = new EnumMap<>(ConsultStep.class);
                for (ConsultStep step : ConsultStep.values()) {
                    String t = text(own, step.number());
                    if (t != null && !t.isEmpty()) {
                        steps.put(step, t);
                    }
                }
                out.add(new TypeTracks(type, general != null && !general.isEmpty() ? general : null, steps));
            }
            return new HouseholdTracks(everySession(dao), out);
        });
    }

    /** The client types the library has pages for. */
    public List<ClientTag> types() {
        return db.read(h -> h.attach(TalkTrackDao.class).activeTypes());
    }

    /** One page of the library as it reads now: every session's ({@code typeId} null) or one client type's. */
    public LibraryPage page(Long typeId) {
        return db.read(h -> page(h, typeId));
    }

    /** A manager's edit of one page: each text that changed is stored (with who and when), in one transaction. */
    public LibraryPage save(Staff who, LibraryPage edited) {
        return db.inTransaction(h -> {
            Staff actor = records.actor(h, who);
            if (!Access.managesLibrary(actor)) {
                throw new ValidationException(FIELD_LIBRARY, "error.talkTrack.managerOnly");
            }
            TalkTrackDao dao = h.attach(TalkTrackDao.class);
            Long typeId = edited.typeId();
            if (typeId != null && dao.type(typeId).isEmpty()) {
                throw new ValidationException(FIELD_LIBRARY, "error.talkTrack.unknownType");
            }
            List<TrackRow> rows = typeId == null ? dao.forEverySession() : dao.forTypes(List.of(typeId));
            LibraryPage before = page(h, typeId);
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            if (typeId != null && !before.general().equals(edited.general())) {
                store(dao, rows, null, typeId, edited.general(), actor.id(), now);
            }
            for (ConsultStep step : ConsultStep.values()) {
                if (!before.step(step).equals(edited.step(step))) {
                    store(dao, rows, step.number(), typeId, edited.step(step), actor.id(), now);
                }
            }
            return page(h, typeId);
        });
    }

    private static void store(TalkTrackDao dao, List<TrackRow> rows, Integer step, Long typeId, String text, long by,
            LocalDateTime now) {
        TrackRow row = rows.stream().filter(r -> Objects.equals(r.step(), step)).findFirst().orElse(null);
        if (row == null) {
            dao.insert(step, typeId, text, by, now);
        } else {
            dao.update(row.id(), text, by, now);
        }
    }

    private static LibraryPage page(Handle h, Long typeId) {
        TalkTrackDao dao = h.attach(TalkTrackDao.class);
        if (typeId == null) {
            return new LibraryPage(null, "", everySession(dao));
        }
        List<TrackRow> rows = dao.forTypes(List.of(typeId));
        Map<ConsultStep, String> steps = new HashMap<>();
        for (ConsultStep step : ConsultStep.values()) {
            steps.put(step, text(rows, step.number()));
        }
        return new LibraryPage(typeId, text(rows, null), steps);
    }

    /** The text of each step for every session: the office's, or the one it started with. */
    private static Map<ConsultStep, String> everySession(TalkTrackDao dao) {
        List<TrackRow> rows = dao.forEverySession();
        Map<ConsultStep, String> out = new EnumMap<>(ConsultStep.class);
        for (ConsultStep step : ConsultStep.values()) {
            String t = text(rows, step.number());
            out.put(step, t != null ? t : SeedTalkTracks.text(step));
        }
        return out;
    }

    /** The first row's text for the step (null: the type's own text), or null when the office wrote none. */
    private static String text(List<TrackRow> rows, Integer step) {
        return rows.stream().filter(r -> Objects.equals(r.step(), step)).map(TrackRow::text).findFirst().orElse(null);
    }
}
