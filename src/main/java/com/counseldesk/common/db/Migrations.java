package com.counseldesk.common.db;

import com.counseldesk.common.db.DatabaseException.Reason;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a file that is not current up to date with Flyway, or refuses it (a newer schema, a failed
 * migration). Apart from {@link Database} so that opening a current file loads none of Flyway.
 */
final class Migrations {
    private Migrations() {
    }

    static void migrate(SQLiteDataSource dataSource, Path path) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .ignoreMigrationPatterns("")
                .load();
        try {
            boolean newer = Arrays.stream(flyway.info().all())
                    .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS);
            if (newer) {
                throw new DatabaseException(path, Reason.NEWER_SCHEMA, null, null);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            Reason reason = isBusy(e) ? Reason.IN_USE : Reason.FAILED;
            throw new DatabaseException(path, reason, e.getMessage(), e);
        }
    }

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
                return true;
            }
        }
        return false;
    }
}
