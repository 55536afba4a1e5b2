package com.counseldesk.testutil;

import com.counseldesk.common.db.Database;

/**
 * Makes the store refuse writes to a table from inside, as a full disk or a lost server would: a
 * trigger that raises an error, spelled for SQLite or for PostgreSQL.
 */
public final class FailingWrites {
    private FailingWrites() {
    }

    /** From now on every {@code operation} ({@code INSERT} or {@code UPDATE}) on {@code table} fails. */
    public static void start(Database db, String operation, String table) {
        String name = name(operation, table);
        if (db.isSqlite()) {
            db.inTransaction(h -> h.execute("CREATE TRIGGER " + name + " BEFORE " + operation + " ON " + table
                    + " BEGIN SELECT RAISE(ABORT, 'disk full'); END;"));
        } else {
            db.inTransaction(h -> {
                h.execute("CREATE FUNCTION " + name + "() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full';"
                        + " END $$ LANGUAGE plpgsql");
                return h.execute("CREATE TRIGGER " + name + " BEFORE " + operation + " ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION " + name + "()");
            });
        }
    }

    /** Lets the writes {@link #start} refused through again. */
    public static void stop(Database db, String operation, String table) {
        String name = name(operation, table);
        if (db.isSqlite()) {
            db.inTransaction(h -> h.execute("DROP TRIGGER " + name));
        } else {
            db.inTransaction(h -> {
                h.execute("DROP TRIGGER " + name + " ON " + table);
                return h.execute("DROP FUNCTION " + name + "()");
            });
        }
    }

    private static String name(String operation, String table) {
        return "fail_" + operation.toLowerCase(java.util.Locale.ROOT) + "_" + table;
    }
}
