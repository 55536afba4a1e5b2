package com.counseldesk.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys, foreign keys and indexes of a server's tables, set aside for a bulk load inside its
 * transaction and made again after it from the server's own definitions ({@code pg_get_constraintdef},
 * {@code pg_get_indexdef}), so a table's index is built once from its rows and a foreign key checked
 * once over the whole table, instead of both for every row. Checks and NOT NULL stay (they cost
 * little per row). Dropping and making are both part of the transaction: if anything fails, the
 * rollback gives the tables back exactly as they were.
 */
final class SetAside {
    /** Memory the server may use to sort a table for one index (its default is 64 MB), for this transaction only. */
    static final String SORT_MEMORY = "256MB";

    /** One constraint or index: the table it is on, its name, and the statement that makes it. */
    record Definition(String table, String name, String make) {
    }

    private final List<Definition> keys;
    private final List<Definition> indexes;
    private final List<Definition> foreignKeys;

    private SetAside(List<Definition> keys, List<Definition> indexes, List<Definition> foreignKeys) {
        this.keys = keys;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
    }

    /** Reads the definitions of the tables' keys and indexes, then drops them: foreign keys first. */
    static SetAside of(Connection c, List<StoreCopy.Table> tables) throws SQLException {
        List<Definition> keys = new ArrayList<>();
        List<Definition> indexes = new ArrayList<>();
        List<Definition> foreignKeys = new ArrayList<>();
        for (StoreCopy.Table t : tables) {
            try (PreparedStatement s = c.prepareStatement("SELECT conname, contype, pg_get_constraintdef(oid)"
                    + " FROM pg_constraint WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'f') ORDER BY conname")) {
                s.setString(1, t.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Definition d = new Definition(t.name(), rs.getString(1), "ALTER TABLE " + t.name()
                                + " ADD CONSTRAINT " + quote(rs.getString(1)) + " " + rs.getString(3));
                        (rs.getString(2).equals("f") ? foreignKeys : keys).add(d);
                    }
                }
            }
            // Indexes of their own; those of a key or an exclusion constraint come and go with it.
            try (PreparedStatement s = c.prepareStatement("SELECT i.indexrelid::regclass::text,"
                    + " pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ?::regclass AND NOT EXISTS"
                    + " (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))"
                    + " ORDER BY 1")) {
                s.setString(1, t.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        indexes.add(new Definition(t.name(), rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (Definition d : foreignKeys) {
                s.execute("ALTER TABLE " + d.table() + " DROP CONSTRAINT " + quote(d.name()));
            }
            for (Definition d : indexes) {
                s.execute("DROP INDEX " + d.name());
            }
            for (Definition d : keys) {
                s.execute("ALTER TABLE " + d.table() + " DROP CONSTRAINT " + quote(d.name()));
            }
        }
        return new SetAside(keys, indexes, foreignKeys);
    }

    /**
     * Makes them again, each table's at a time: its keys, then its indexes; then every foreign key,
     * which needs the keys it refers to. A duplicate key or a row whose parent is missing fails here,
     * naming the table and what was being made.
     */
    void restore(Connection c, StoreCopy.Progress progress) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL maintenance_work_mem = '" + SORT_MEMORY + "'");
            List<String> tables = new ArrayList<>();
            keys.forEach(d -> add(tables, d.table()));
            indexes.forEach(d -> add(tables, d.table()));
            for (String table : tables) {
                long start = System.nanoTime();
                int made = 0;
                for (Definition d : keys) {
                    made += make(s, d, table);
                }
                for (Definition d : indexes) {
                    made += make(s, d, table);
                }
                progress.note(String.format(Locale.ROOT, "%s: %d key(s) and index(es) made (%.1f s)", table, made,
                        (System.nanoTime() - start) / 1e9));
            }
            long start = System.nanoTime();
            for (Definition d : foreignKeys) {
                make(s, d, d.table());
            }
            progress.note(String.format(Locale.ROOT, "%d foreign keys checked (%.1f s)", foreignKeys.size(),
                    (System.nanoTime() - start) / 1e9));
        }
    }

    private static int make(Statement s, Definition d, String table) throws SQLException {
        if (!d.table().equals(table)) {
            return 0;
        }
        try {
            s.execute(d.make());
            return 1;
        } catch (SQLException e) {
            throw new StoreCopy.Refused("table " + d.table() + ": making " + d.name() + " again failed: "
                    + StoreCopy.describe(e), e);
        }
    }

    private static void add(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
