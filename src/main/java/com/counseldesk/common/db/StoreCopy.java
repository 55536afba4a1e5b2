package com.counseldesk.common.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Moves an office from its SQLite file to a PostgreSQL server database that holds none: every row of
 * every table, ids kept, in one transaction on the server, so that either all of it arrives or
 * nothing does.
 *
 * <p>The tables and their columns are read from the two schemas themselves (the file's
 * {@code sqlite_master}, the server's catalog), not from a list kept here; both must have the same
 * tables with the same columns. Left out: Flyway's history (each store has its own), SQLite's own
 * tables ({@code sqlite_*}) and its full-text index {@code phone_digits*}, which the server's
 * trigram index replaces. Tables are copied parents first, by the server's foreign keys. Rows go in
 * through PostgreSQL's {@code COPY}, read from the file as a stream.
 *
 * <p>Inside the transaction the tables' keys, foreign keys and indexes are set aside while the rows
 * go in and made again from the server's own definitions afterwards ({@link SetAside}): checked and
 * built once over a whole table instead of row by row, which took the 4 million search terms of
 * 200,000 households from 46 s to under 10 s. So a column that refers to its own table (a
 * household's referrer) is copied with the rest of the row, and checked with the other foreign keys
 * when they are made again; a row whose parent is missing fails the move there.
 *
 * <p>Before the commit the rows of each table are counted on both sides; a difference rolls the
 * whole move back. Then each identity column's generator is set past the highest id, so the next
 * row the app adds gets a new one, and after the commit the tables are analysed for the planner.
 */
public final class StoreCopy {
    /** Flyway's history: each store has its own. */
    static final String HISTORY = "flyway_schema_history";
    /** Settings may be on the server before an office is (the language chosen at its first screen). */
    static final String SETTINGS = "settings";
    /**
     * Rows the migrations write themselves (the built-in client types of V6), by table: the condition
     * that picks them. On the server they give way to the file's, which has the same rows.
     */
    static final Map<String, String> WRITTEN_BY_MIGRATIONS = Map.of("client_tag", "builtin IS NOT NULL");
    /** How many rows between two progress reports of one table. */
    static final long REPORT_EVERY = 500_000;
    private static final int BUFFER_CHARS = 256 * 1024;
    /** How long the move waits for another program's transaction on the server's tables. */
    static final String LOCK_WAIT = "10s";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** What the copy reports as it goes, for a person watching. */
    public interface Progress {
        /** A table's copy starts; the file has {@code rows} rows in it. */
        void started(String table, long rows);

        /** {@code rows} of the table have been sent so far (every {@value StoreCopy#REPORT_EVERY} rows, and at its end). */
        void copied(String table, long rows, boolean done);

        /** Something else worth a line. */
        void note(String line);
    }

    /** A table's rows in the file and on the server, counted before the commit. */
    public record Count(String table, long source, long target) {
    }

    /**
     * The move was refused or failed and nothing was written to the server: the message says why,
     * naming the table when one is at fault.
     */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A table of the schema as the server has it. */
    record Table(String name, List<String> columns, Set<String> parents) {
    }

    private StoreCopy() {
    }

    /** Whether a table of the file is one the move copies. */
    static boolean copied(String table) {
        return !table.equals(HISTORY) && !table.startsWith("sqlite_") && !table.startsWith("phone_digits");
    }

    /**
     * Copies the file's office into the server's database; returns each table's rows on both sides,
     * in the order they were copied. Throws {@link Refused} when the server already holds an office, the
     * schemas differ, a row is refused or a count differs; the server then holds what it held before.
     */
    public static List<Count> copy(Database from, Database to, Progress progress) {
        if (!from.isSqlite() || to.isSqlite()) {
            throw new IllegalArgumentException("copies an SQLite file to a PostgreSQL server");
        }
        return from.readPlain(source -> {
            try (Handle h = to.openHandle()) {
                return copy(source, h, to, progress);
            }
        });
    }

    private static List<Count> copy(Connection source, Handle h, Database to, Progress progress) throws SQLException {
        Connection target = h.getConnection();
        // One read transaction on the file: every table is read from the same moment.
        source.setAutoCommit(false);
        // Nobody else reads or writes while the move runs (the file is locked; the server's tables are
        // locked below), so the serializable checks the app's transactions need are of no use here.
        target.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        h.begin();
        boolean committed = false;
        try {
            List<Table> tables = order(serverTables(target));
            compare(sourceColumns(source), tables);
            lock(target, tables);
            makeRoom(target, tables, progress);
            Map<String, Long> sourceRows = new LinkedHashMap<>();
            for (Table t : tables) {
                sourceRows.put(t.name(), count(source, t.name()));
            }
            SetAside aside = SetAside.of(target, tables);
            for (Table t : tables) {
                progress.started(t.name(), sourceRows.get(t.name()));
                copyTable(source, target, t, progress);
            }
            aside.restore(target, progress);
            List<Count> counts = new ArrayList<>();
            for (Table t : tables) {
                counts.add(new Count(t.name(), sourceRows.get(t.name()), count(target, t.name())));
            }
            for (Count c : counts) {
                if (c.source() != c.target()) {
                    throw new Refused("table " + c.table() + " has " + c.source() + " rows in the file but "
                            + c.target() + " on the server");
                }
            }
            to.idsWritten(h, identityTables(target, tables));
            h.commit();
            committed = true;
            analyse(target, tables, progress);
            return counts;
        } catch (SQLException e) {
            throw new Refused(describe(e), e);
        } finally {
            if (!committed) {
                rollback(h);
            }
            source.rollback();
            source.setAutoCommit(true);
        }
    }

    /** The server's tables (its current schema), with their columns in order, keys and foreign keys. */
    static Map<String, Table> serverTables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (copied(name)) {
                    names.add(checked(name));
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    columns.add(checked(rs.getString("COLUMN_NAME")));
                }
            }
            Set<String> parents = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(name)) {
                        parents.add(parent);
                    }
                }
            }
            tables.put(name, new Table(name, columns, parents));
        }
        return tables;
    }

    /** Parents before children: each table after every table its foreign keys name (its own aside). */
    static List<Table> order(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            Table next = tables.values().stream()
                    .filter(t -> !placed.contains(t.name()) && placed.containsAll(t.parents()))
                    .findFirst()
                    .orElseThrow(() -> new Refused("the server's tables refer to each other in a circle: "
                            + tables.keySet().stream().filter(n -> !placed.contains(n)).toList()));
            for (String parent : next.parents()) {
                if (!tables.containsKey(parent)) {
                    throw new Refused("table " + next.name() + " refers to " + parent + ", which is not copied");
                }
            }
            ordered.add(next);
            placed.add(next.name());
        }
        return ordered;
    }

    /** The file's tables that are copied, each with its columns. */
    static Map<String, Set<String>> sourceColumns(Connection c) throws SQLException {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                if (copied(rs.getString(1))) {
                    tables.put(checked(rs.getString(1)), new TreeSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> t : tables.entrySet()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + t.getKey() + ")")) {
                while (rs.next()) {
                    t.getValue().add(rs.getString("name"));
                }
            }
        }
        return tables;
    }

    /** The file and the server must have the same tables with the same columns. */
    static void compare(Map<String, Set<String>> source, List<Table> target) {
        Set<String> serverNames = new TreeSet<>();
        for (Table t : target) {
            serverNames.add(t.name());
            Set<String> columns = source.get(t.name());
            if (columns == null) {
                throw new Refused("the server has table " + t.name() + ", the file has not");
            }
            if (!columns.equals(new TreeSet<>(t.columns()))) {
                throw new Refused("table " + t.name() + " has columns " + columns + " in the file but "
                        + new TreeSet<>(t.columns()) + " on the server");
            }
        }
        for (String name : source.keySet()) {
            if (!serverNames.contains(name)) {
                throw new Refused("the file has table " + name + ", the server has not");
            }
        }
    }

    /**
     * Keeps everyone else out of the tables until the commit (the app on another PC that starts
     * meanwhile waits for the move), taken at once for all of them, as setting their keys aside
     * needs; a program that holds one of them in a transaction of its own is waited for, up to
     * {@value #LOCK_WAIT}.
     */
    private static void lock(Connection c, List<Table> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '" + LOCK_WAIT + "'");
            s.execute("LOCK TABLE " + String.join(", ", tables.stream().map(Table::name).toList())
                    + " IN ACCESS EXCLUSIVE MODE");
            s.execute("SET LOCAL lock_timeout = 0");
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw new Refused("another program is using the server's database (CounselDesk on another PC?);"
                        + " close it and try again", e);
            }
            throw e;
        }
    }

    /**
     * Refuses a server that holds an office (or any row but settings and the rows the migrations
     * wrote); settings alone, such as the language a PC chose at the server's first screen, give way
     * to the file's, as do the rows the migrations wrote.
     */
    private static void makeRoom(Connection c, List<Table> tables, Progress progress) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (Table t : tables) {
            String ownRows = WRITTEN_BY_MIGRATIONS.get(t.name());
            if (!t.name().equals(SETTINGS) && any(c, t.name(), ownRows == null ? null : "NOT (" + ownRows + ")")) {
                filled.add(t.name());
            }
        }
        if (!filled.isEmpty()) {
            throw new Refused("the server's database already holds an office (rows in " + String.join(", ", filled)
                    + "); migrate-to moves an office only into a database that has none");
        }
        if (tables.stream().anyMatch(t -> t.name().equals(SETTINGS)) && any(c, SETTINGS, null)) {
            try (Statement s = c.createStatement()) {
                int n = s.executeUpdate("DELETE FROM " + SETTINGS);
                progress.note("The server's " + n + " setting(s) give way to the file's.");
            }
        }
        // Children before parents (the tables come parents first).
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (WRITTEN_BY_MIGRATIONS.containsKey(tables.get(i).name())) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM " + tables.get(i).name());
                }
            }
        }
    }

    /** Whether the table has a row ({@code where}: one that meets this condition; null: any row). */
    private static boolean any(Connection c, String table, String where) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table
                + (where == null ? "" : " WHERE " + where) + " LIMIT 1")) {
            return rs.next();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One table's rows through COPY, streamed from the file. */
    private static void copyTable(Connection source, Connection target, Table t, Progress progress)
            throws SQLException {
        String columns = String.join(", ", t.columns());
        CopyIn in = target.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + t.name() + " (" + columns + ") FROM STDIN");
        long rows = 0;
        try (Statement s = source.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + t.name())) {
            int n = t.columns().size();
            StringBuilder buffer = new StringBuilder(BUFFER_CHARS + 4096);
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        buffer.append('\t');
                    }
                    String value = rs.getString(i + 1);
                    if (value == null) {
                        buffer.append("\\N");
                    } else {
                        escape(value, buffer);
                    }
                }
                buffer.append('\n');
                rows++;
                if (buffer.length() >= BUFFER_CHARS) {
                    send(in, buffer);
                }
                if (rows % REPORT_EVERY == 0) {
                    progress.copied(t.name(), rows, false);
                }
            }
            send(in, buffer);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException e) {
                    // The copy failed already: the transaction is rolled back anyway.
                }
            }
        }
        progress.copied(t.name(), rows, true);
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private static void send(CopyIn in, StringBuilder buffer) throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** The copied tables whose {@code id} is an identity column. */
    private static List<String> identityTables(Connection c, List<Table> tables) throws SQLException {
        Set<String> identity = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM"
                + " information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id'"
                + " AND is_identity = 'YES'")) {
            while (rs.next()) {
                identity.add(rs.getString(1));
            }
        }
        return tables.stream().map(Table::name).filter(identity::contains).toList();
    }

    /** Fresh statistics, so that the app's first searches on the server are planned on the real sizes. */
    private static void analyse(Connection c, List<Table> tables, Progress progress) {
        try {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE " + String.join(", ", tables.stream().map(Table::name).toList()));
            }
        } catch (SQLException e) {
            progress.note("The tables could not be analysed now (the server does it by itself later): "
                    + e.getMessage());
        }
    }

    private static void rollback(Handle h) {
        try {
            h.rollback();
        } catch (RuntimeException e) {
            // The connection is gone; the server rolled the transaction back itself.
        }
    }

    /** What went wrong, with the server's own words on where (COPY names the table, line and column). */
    static String describe(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return m.getMessage() + (m.getDetail() == null ? "" : " (" + m.getDetail() + ")")
                    + (m.getWhere() == null ? "" : "; " + m.getWhere());
        }
        return String.valueOf(e.getMessage());
    }

    private static String checked(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new Refused("unexpected table or column name " + name);
        }
        return name;
    }
}
