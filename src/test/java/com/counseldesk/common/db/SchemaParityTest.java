package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.TestStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both stores' migrations make the same tables with the same columns, each as nullable on one as on
 * the other, at the same schema version. What only one store has for its own search index (SQLite's
 * FTS5 table phone_digits and its shadow tables) is left out.
 */
class SchemaParityTest {
    @TempDir
    Path dir;

    @Test
    void sqliteAndPostgresqlHaveTheSameTablesAndColumns() throws SQLException {
        Set<String> sqlite;
        Set<String> postgresql;
        try (Database file = Database.open(dir.resolve("office.db"))) {
            sqlite = file.readPlain(SchemaParityTest::columns);
        }
        try (Database server = Database.open(TestStore.emptyDatabase(), () -> { })) {
            postgresql = server.readPlain(SchemaParityTest::columns);
        }

        assertTrue(sqlite.contains("household.last_contact_at nullable"), sqlite.toString());
        assertTrue(sqlite.contains("phone.number not null"), sqlite.toString());
        assertEquals(sqlite, postgresql);
    }

    @Test
    void bothStoresAreAtTheSameVersion() {
        try (Database file = Database.open(dir.resolve("office.db"));
                Database server = Database.open(TestStore.emptyDatabase(), () -> { })) {
            assertEquals(Database.History.CURRENT, Database.history(dataSource(file)));
            assertEquals(Database.History.CURRENT, Database.history(dataSource(server)));
        }
    }

    private static javax.sql.DataSource dataSource(Database db) {
        return db.dataSource();
    }

    /** Every table's columns as "table.column nullable|not null", in the schema the connection works in. */
    private static Set<String> columns(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("phone_digits") || table.startsWith("sqlite_")) {
                    continue;
                }
                try (ResultSet cols = meta.getColumns(null, schema, tables.getString("TABLE_NAME"), "%")) {
                    while (cols.next()) {
                        out.add(table + "." + cols.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                                + (cols.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "nullable"));
                    }
                }
            }
        }
        return out;
    }
}
