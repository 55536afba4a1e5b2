package com.counseldesk.app;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.util.List;

/**
 * What the first window needs from the database, read off the FX thread while JavaFX starts: the
 * language and, for an office that is set up, its name and staff for "who is at this PC".
 * {@code office} is null for a new database (first run).
 */
public record Startup(Database db, String languageTag, Office office) {
    /** The office's name and active staff, as the login screen shows them. */
    public record Office(String name, List<Staff> staff) {
    }

    /** Reads on a plain connection: the first window does not wait for Jdbi to set itself up. */
    public static Startup read(Database db, Clock clock) {
        OfficeService.AtStart read = new OfficeService(db, clock).atStart();
        return new Startup(db, read.language().orElse(null),
                read.officeName().map(name -> new Office(name, read.activeStaff())).orElse(null));
    }

    /**
     * Opens the database a person chose and reads what its first screen shows; the database is closed
     * again when that fails. Refuses with a {@code DatabaseException} saying why.
     */
    static Startup open(DbAddress address, Clock clock) {
        Database db = Database.open(address, () -> { });
        try {
            return read(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Office office(OfficeService office) {
        return new Office(office.officeName(), office.activeStaff());
    }
}
