package com.counseldesk.office;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The office itself: first-run set-up, its name, its staff and office-wide preferences. */
public class OfficeService {
    private final Database db;
    private final Clock clock;

    public OfficeService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** An office is set up once it has a name and at least one staff member. */
    public boolean isSetUp() {
        return db.read(h -> h.attach(SettingsDao.class).get(SettingsDao.OFFICE_NAME).isPresent()
                && h.attach(StaffDao.class).count() > 0);
    }

    public String officeName() {
        return db.read(h -> h.attach(SettingsDao.class).get(SettingsDao.OFFICE_NAME).orElse(""));
    }

    /** The rule for an office's name (the first-run form checks it too). */
    public static String officeName(String typed) {
        return Text.required("officeName", typed, Text.SHORT_MAX);
    }

    /** An office starts with at least one person, and someone who consults. */
    public static void checkFirstStaff(List<NewStaff> staff) {
        if (staff.isEmpty()) {
            throw new ValidationException("staff", "error.staff.none");
        }
        if (staff.stream().noneMatch(s -> s.role().consults())) {
            throw new ValidationException("staff", "error.staff.noCounselor");
        }
    }

    /** Stores the office name and its first staff in one transaction; returns the staff as stored. */
    public List<Staff> createOffice(String officeName, List<NewStaff> staff) {
        String name = officeName(officeName);
        checkFirstStaff(staff);
        LocalDateTime now = LocalDateTime.now(clock);
        return db.inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.count() > 0) {
                throw new IllegalStateException("The database already holds an office");
            }
            h.attach(SettingsDao.class).put(SettingsDao.OFFICE_NAME, name);
            for (NewStaff s : staff) {
                long id = dao.insert(s.name(), s.role(), now);
                dao.insertChange(id, StaffChange.CREATED, null, s.name() + " · " + s.role().name(), null, now);
            }
            return dao.listActive();
        });
    }

    /** A staff member read inside another feature's transaction. */
    public Optional<Staff> staff(Handle handle, long id) {
        return handle.attach(StaffDao.class).findById(id);
    }

    /** Inside a transaction: the active counselor or manager with this id, or the field's message. */
    public Staff activeCounselor(Handle handle, long id) {
        return staff(handle, id).filter(s -> s.active() && s.role().consults())
                .orElseThrow(() -> new ValidationException("counselor", "error.counselor.invalid"));
    }

    /** Inside a transaction: the active staff member acting at this PC, or a message saying they are unknown. */
    public Staff activeStaff(Handle handle, long id) {
        return staff(handle, id).filter(Staff::active)
                .orElseThrow(() -> new ValidationException("staff", "error.staff.unknown"));
    }

    public List<Staff> activeStaff() {
        return db.read(h -> h.attach(StaffDao.class).listActive());
    }

    /** Staff who can consult and own families: counselors and managers. */
    public List<Staff> counselors() {
        return activeStaff().stream().filter(s -> s.role().consults()).toList();
    }

    /** What the login screen shows, read before it: the language stored, and the office when it is set up. */
    public record AtStart(Optional<String> language, Optional<String> officeName, List<Staff> activeStaff) {
        public AtStart {
            activeStaff = List.copyOf(activeStaff);
        }
    }

    /**
     * {@link #language()}, and {@link #officeName()} with {@link #activeStaff()} if {@link #isSetUp()},
     * in one read on a plain JDBC connection, so that the first window does not wait for Jdbi to set
     * itself up.
     */
    public AtStart atStart() {
        return db.readPlain(c -> {
            Optional<String> language = setting(c, SettingsDao.UI_LANGUAGE);
            Optional<String> name = setting(c, SettingsDao.OFFICE_NAME);
            if (name.isEmpty() || !hasStaff(c)) {
                return new AtStart(language, Optional.empty(), List.of());
            }
            return new AtStart(language, name, activeStaff(c));
        });
    }

    private static Optional<String> setting(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean hasStaff(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM staff LIMIT 1");
                ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    private static List<Staff> activeStaff(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, role, active FROM staff WHERE active = 1"
                + " ORDER BY id"); ResultSet rs = s.executeQuery()) {
            List<Staff> staff = new ArrayList<>();
            while (rs.next()) {
                staff.add(StaffDao.StaffMapper.staff(rs));
            }
            return staff;
        }
    }

    /**
     * An office-wide option of a feature (its own key), read inside the feature's transaction, so that
     * every PC of the office acts on the value stored now.
     */
    public Optional<String> option(Handle handle, String key) {
        return handle.attach(SettingsDao.class).get(key);
    }

    /** Stores an office-wide option inside the feature's transaction (who may is the feature's rule). */
    public void setOption(Handle handle, String key, String value) {
        handle.attach(SettingsDao.class).put(key, value);
    }

    /** The office's opening hours (the default when none were set). */
    public OfficeHours officeHours(Handle handle) {
        return option(handle, OfficeHours.SETTING).map(OfficeHours::parse).orElse(OfficeHours.DEFAULT);
    }

    public OfficeHours officeHours() {
        return db.read(this::officeHours);
    }

    /** A manager sets the office's opening hours. */
    public OfficeHours setOfficeHours(long actorId, OfficeHours hours) {
        return db.inTransaction(h -> {
            Staff actor = activeStaff(h, actorId);
            if (actor.role() != Role.MANAGER) {
                throw new ValidationException(OfficeHours.FIELD, "error.officeHours.managerOnly");
            }
            setOption(h, OfficeHours.SETTING, hours.text());
            return hours;
        });
    }

    public Optional<String> language() {
        return db.read(h -> h.attach(SettingsDao.class).get(SettingsDao.UI_LANGUAGE));
    }

    public void setLanguage(String languageTag) {
        db.inTransaction(h -> {
            h.attach(SettingsDao.class).put(SettingsDao.UI_LANGUAGE, languageTag);
            return null;
        });
    }

    /** For tests and the sample office: whether a role exists among the active staff. */
    public boolean hasRole(Role role) {
        return activeStaff().stream().anyMatch(s -> s.role() == role);
    }
}
