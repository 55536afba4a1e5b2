package com.counseldesk.office;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The staff list after first run: add, rename, change role, deactivate and reactivate, each kept in
 * the history ({@code staff_change}). A manager does this, or anyone while the office has no active
 * manager (so that an office whose only manager left is not locked out).
 *
 * <p>Rules: names as at first run (required, trimmed, at most {@link com.counseldesk.common.Text#NAME_MAX}
 * characters), and no two active people with the same name; the office keeps at least one active
 * counselor or manager; nobody deactivates themself. A deactivated person leaves the login list and
 * the counselor choices; their households keep them as owner on record, and under the ownership rule
 * an inactive owner no longer blocks another counselor.
 */
public class StaffService {
    public static final String FIELD_ROLE = "role";
    public static final String FIELD_ACTIVE = "active";
    /** Refusals that concern no one field: who may change the list, a person who is gone. */
    public static final String FIELD_STAFF = "staff";
    private final Database db;
    private final Clock clock;

    public StaffService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Whether this person may change the staff list: a manager, or anyone while no manager is active. */
    public static boolean mayManage(Staff actor, List<Staff> activeStaff) {
        return actor != null && actor.active() && (actor.role() == Role.MANAGER
                || activeStaff.stream().noneMatch(s -> s.role() == Role.MANAGER));
    }

    public List<Staff> all() {
        return db.read(h -> h.attach(StaffDao.class).listAll());
    }

    /** The whole history, newest first. */
    public List<StaffChange> history() {
        return db.read(h -> h.attach(StaffDao.class).changes());
    }

    public Staff add(long actorId, String name, Role role) {
        NewStaff s = new NewStaff(name, role);
        return db.inTransaction(h -> {
            StaffDao dao = allowed(h, actorId);
            uniqueName(dao, s.name(), null);
            long id = dao.insert(s.name(), s.role(), now());
            dao.insertChange(id, StaffChange.CREATED, null, s.name() + " · " + s.role().name(), actorId, now());
            return dao.findById(id).orElseThrow();
        });
    }

    /**
     * A person named in an old spreadsheet who no longer works here: added as former (inactive) staff,
     * inside the importer's transaction, so that the households they owned keep an owner. {@code by}
     * is the manager importing, or null from the command line.
     */
    public Staff addFormer(Handle h, String name, Long by) {
        NewStaff s = new NewStaff(name, Role.COUNSELOR);
        StaffDao dao = h.attach(StaffDao.class);
        long id = dao.insert(s.name(), s.role(), now());
        dao.setActive(id, 0);
        dao.insertChange(id, StaffChange.CREATED, null, s.name() + " · " + s.role().name(), by, now());
        dao.insertChange(id, StaffChange.ACTIVE, "1", "0", by, now());
        return dao.findById(id).orElseThrow();
    }

    public Staff rename(long actorId, long staffId, String name) {
        String typed = new NewStaff(name, Role.COUNSELOR).name();
        return db.inTransaction(h -> {
            StaffDao dao = allowed(h, actorId);
            rename(dao, actorId, existing(dao, staffId), typed);
            return dao.findById(staffId).orElseThrow();
        });
    }

    public Staff changeRole(long actorId, long staffId, Role role) {
        if (role == null) {
            throw new ValidationException(FIELD_ROLE, "error.required");
        }
        return db.inTransaction(h -> {
            StaffDao dao = allowed(h, actorId);
            changeRole(dao, actorId, existing(dao, staffId), role);
            return dao.findById(staffId).orElseThrow();
        });
    }

    /** The name and the role as edited on the staff screen, in one transaction (either both or neither). */
    public Staff update(long actorId, long staffId, String name, Role role) {
        NewStaff typed = new NewStaff(name, role);
        return db.inTransaction(h -> {
            StaffDao dao = allowed(h, actorId);
            rename(dao, actorId, existing(dao, staffId), typed.name());
            changeRole(dao, actorId, existing(dao, staffId), typed.role());
            return dao.findById(staffId).orElseThrow();
        });
    }

    private void rename(StaffDao dao, long actorId, Staff before, String name) {
        if (before.name().equals(name)) {
            return;
        }
        uniqueName(dao, name, before.id());
        dao.rename(before.id(), name);
        dao.insertChange(before.id(), StaffChange.NAME, before.name(), name, actorId, now());
    }

    private void changeRole(StaffDao dao, long actorId, Staff before, Role role) {
        if (before.role() == role) {
            return;
        }
        if (before.active() && !role.consults()) {
            keepsSomeoneWhoConsults(dao, before.id(), FIELD_ROLE);
        }
        dao.changeRole(before.id(), role);
        dao.insertChange(before.id(), StaffChange.ROLE, before.role().name(), role.name(), actorId, now());
    }

    /** Deactivates ({@code active} false) or reactivates a person. */
    public Staff setActive(long actorId, long staffId, boolean active) {
        return db.inTransaction(h -> {
            StaffDao dao = allowed(h, actorId);
            Staff before = existing(dao, staffId);
            if (before.active() == active) {
                return before;
            }
            if (!active) {
                if (staffId == actorId) {
                    throw new ValidationException(FIELD_ACTIVE, "error.staff.deactivateSelf");
                }
                if (before.role().consults()) {
                    keepsSomeoneWhoConsults(dao, staffId, FIELD_ACTIVE);
                }
            } else {
                uniqueName(dao, before.name(), staffId);
            }
            dao.setActive(staffId, active ? 1 : 0);
            dao.insertChange(staffId, StaffChange.ACTIVE, before.active() ? "1" : "0", active ? "1" : "0", actorId,
                    now());
            return dao.findById(staffId).orElseThrow();
        });
    }

    private StaffDao allowed(Handle h, long actorId) {
        StaffDao dao = h.attach(StaffDao.class);
        Staff actor = dao.findById(actorId).orElse(null);
        if (actor == null || !actor.active()) {
            throw new ValidationException(FIELD_STAFF, "error.staff.unknown");
        }
        if (!mayManage(actor, dao.listActive())) {
            throw new ValidationException(FIELD_STAFF, "error.staff.managerOnly");
        }
        return dao;
    }

    private static Staff existing(StaffDao dao, long staffId) {
        return dao.findById(staffId).orElseThrow(() -> new ValidationException(FIELD_STAFF, "error.staff.notFound"));
    }

    private static void uniqueName(StaffDao dao, String name, Long except) {
        if (dao.listActive().stream().anyMatch(s -> s.name().equals(name) && (except == null || s.id() != except))) {
            throw new ValidationException(Staff.FIELD_NAME, "error.staff.duplicate", name);
        }
    }

    private static void keepsSomeoneWhoConsults(StaffDao dao, long leaving, String field) {
        if (dao.listActive().stream().noneMatch(s -> s.id() != leaving && s.role().consults())) {
            throw new ValidationException(field, "error.staff.lastCounselor");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
