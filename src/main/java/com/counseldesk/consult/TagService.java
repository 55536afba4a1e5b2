package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.OfficeService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Client-type tags (咨询者类型): the office's library (the four built-in types and the office's own,
 * which a manager adds, edits and deactivates) and the tags on each household, which a counselor
 * puts on and takes off; taking one off keeps the row, so who tagged and when stays on record.
 *
 * <p>Every call names who makes it ({@code actorId}, the person at this PC), read again inside the
 * transaction: a household's tags are read and changed only by those {@link Access} lets read its
 * records; the library is read by those who consult and changed by a manager.
 */
public class TagService {
    /** Refusals that concern no field: the tag is gone, deactivated, built in. */
    public static final String FIELD_TAG = "tag";
    private final Database db;
    private final Clock clock;
    private final HouseholdAccess access;

    public TagService(Database db, Clock clock, FamilyService families, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.access = new HouseholdAccess(families, office);
    }

    // --- the library ---------------------------------------------------------------------------

    /** Every tag of the office, deactivated ones too: the built-in types first, then the office's own. */
    public List<ClientTag> library(long actorId) {
        return db.read(h -> {
            if (!Access.consults(access.actor(h, actorId))) {
                throw new ValidationException(FIELD_TAG, "error.tag.counselorsOnly");
            }
            return h.attach(TagDao.class).all();
        });
    }

    /** Adds one of the office's own tags (a manager). */
    public ClientTag add(long actorId, TagDetails d) {
        return db.inTransaction(h -> {
            TagDao dao = managed(h, actorId);
            nameFree(dao, d.name(), -1);
            long id = dao.insert(d.name(), d.colour(), d.signs(), d.mistakes(), d.strategy(), actorId, now());
            return dao.find(id).orElseThrow();
        });
    }

    /** Changes one of the office's own tags (a manager); a built-in type stays as it is. */
    public ClientTag update(long actorId, long tagId, TagDetails d) {
        return db.inTransaction(h -> {
            TagDao dao = managed(h, actorId);
            officesOwn(dao, tagId);
            nameFree(dao, d.name(), tagId);
            dao.update(tagId, d.name(), d.colour(), d.signs(), d.mistakes(), d.strategy());
            return dao.find(tagId).orElseThrow();
        });
    }

    /**
     * Deactivates ({@code active} false) or reactivates one of the office's own tags (a manager). A
     * deactivated tag stays on the households that carry it; no household gets it any more.
     */
    public ClientTag setActive(long actorId, long tagId, boolean active) {
        return db.inTransaction(h -> {
            TagDao dao = managed(h, actorId);
            officesOwn(dao, tagId);
            dao.setActive(tagId, active);
            return dao.find(tagId).orElseThrow();
        });
    }

    // --- a household's tags --------------------------------------------------------------------

    /** The tags on the household now, in the order they were put on, with who put each on and when. */
    public List<HouseholdTag> on(long actorId, long householdId) {
        return db.read(h -> {
            access.require(h, actorId, householdId);
            return current(h.attach(TagDao.class), householdId);
        });
    }

    /** Puts an active tag on the household (nothing changes when it carries it already); returns its tags now. */
    public List<HouseholdTag> tag(long actorId, long householdId, long tagId) {
        return db.inTransaction(h -> {
            access.require(h, actorId, householdId);
            TagDao dao = h.attach(TagDao.class);
            ClientTag tag = existing(dao, tagId);
            List<HouseholdTag> now = current(dao, householdId);
            if (now.stream().anyMatch(t -> t.tag().id() == tagId)) {
                return now;
            }
            if (!tag.active()) {
                throw new ValidationException(FIELD_TAG, "error.tag.inactive", tag.name());
            }
            dao.tag(householdId, tagId, actorId, now());
            return current(dao, householdId);
        });
    }

    /** Takes a tag off the household (its row stays, with who took it off and when); returns its tags now. */
    public List<HouseholdTag> untag(long actorId, long householdId, long tagId) {
        return db.inTransaction(h -> {
            access.require(h, actorId, householdId);
            TagDao dao = h.attach(TagDao.class);
            dao.untag(householdId, tagId, actorId, now());
            return current(dao, householdId);
        });
    }

    // --- inside a transaction ------------------------------------------------------------------

    /** The office's tags by id. */
    static Map<Long, ClientTag> byId(TagDao dao) {
        return dao.all().stream().collect(Collectors.toMap(ClientTag::id, Function.identity()));
    }

    private static List<HouseholdTag> current(TagDao dao, long householdId) {
        Map<Long, ClientTag> tags = byId(dao);
        return dao.rowsOf(householdId).stream().filter(r -> r.removedAt() == null)
                .map(r -> new HouseholdTag(tags.get(r.tagId()), r.taggedBy(), r.taggedAt())).toList();
    }

    private TagDao managed(Handle h, long actorId) {
        if (!Access.managesLibrary(access.actor(h, actorId))) {
            throw new ValidationException(FIELD_TAG, "error.tag.managerOnly");
        }
        return h.attach(TagDao.class);
    }

    private static ClientTag existing(TagDao dao, long tagId) {
        return dao.find(tagId).orElseThrow(() -> new ValidationException(FIELD_TAG, "error.tag.unknown"));
    }

    /** One of the office's own tags: a built-in type stays as it is. */
    private static ClientTag officesOwn(TagDao dao, long tagId) {
        ClientTag tag = existing(dao, tagId);
        if (tag.isBuiltin()) {
            throw new ValidationException(FIELD_TAG, "error.tag.builtin");
        }
        return tag;
    }

    /** No two tags share a name (in either case), deactivated ones included: the list would not tell them apart. */
    private static void nameFree(TagDao dao, String name, long except) {
        if (dao.named(name, except) > 0) {
            throw new ValidationException(TagDetails.NAME, "error.tag.nameTaken", name);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
