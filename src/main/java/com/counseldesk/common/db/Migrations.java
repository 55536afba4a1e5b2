package com.counseldesk.common.db;

import com.counseldesk.common.db.DatabaseException.Reason;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a database that is not current up to date with Flyway, or refuses it (a newer schema, a
 * failed migration, a server database that holds another application's tables). Apart from
 * {@link Database} so that opening a current one loads none of Flyway.
 *
 * <p>Each store has its migrations: {@code db/migration} for SQLite (where the Java migration V3
 * lives too) and {@code db/postgresql} for PostgreSQL, the same versions making the same tables and
 * columns ({@code SchemaParityTest}).
 */
final class Migrations {
    private Migrations() {
    }

    static String location(Database.Kind kind) {
        return kind == Database.Kind.SQLITE ? "classpath:db/migration" : "classpath:db/postgresql";
    }

    static void migrate(DataSource dataSource, DbAddress address, Database.Kind kind) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(location(kind))
                .ignoreMigrationPatterns("")
                .load();
        try {
            boolean newer = Arrays.stream(flyway.info().all())
                    .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS);
            if (newer) {
                throw new DatabaseException(address, Reason.NEWER_SCHEMA, null, null);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(address, reason(e), e.getMessage(), e);
        }
    }

    private static Reason reason(FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
                return Reason.IN_USE;
            }
            if (m.toLowerCase(Locale.ROOT).contains("non-empty schema")) {
                return Reason.NOT_OFFICE;
            }
        }
        return Reason.FAILED;
    }
}
