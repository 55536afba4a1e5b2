package com.counseldesk.testutil;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store the office tests run on: an SQLite file in the test's folder, or, with
 * {@code -Dcounseldesk.test.store=postgresql} (the {@code postgresql} run of {@code mvn verify}), a
 * new database of its own on a real PostgreSQL that the tests start from Maven's binaries once per
 * JVM. Each new database is a copy of a template made current by the app's own migrations, so a test
 * pays a file copy, not the migrations; databases of closed offices are dropped as new ones are made.
 */
public final class TestStore {
    public static final String PROPERTY = "counseldesk.test.store";
    public static final String POSTGRESQL = "postgresql";
    private static final String TEMPLATE = "office_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Deque<String> MADE = new ArrayDeque<>();
    private static EmbeddedPostgres server;

    private TestStore() {
    }

    /** Whether this run's offices are on PostgreSQL. */
    public static boolean isPostgresql() {
        return POSTGRESQL.equals(System.getProperty(PROPERTY));
    }

    /** A new, migrated, empty office database: {@code folder}/{@code name} or a new server database. */
    public static Database open(Path folder, String name) {
        if (!isPostgresql()) {
            return Database.open(folder.resolve(name));
        }
        return Database.open(newDatabase(), () -> { });
    }

    /** A new, migrated, empty office database on the test server, whatever store this run's offices use. */
    public static Database openServer() {
        return Database.open(newDatabase(), () -> { });
    }

    /** A new database on the test server, copied from the migrated template, as an address the app takes. */
    public static synchronized DbAddress.Server newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "office_" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            dropClosed(s);
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            MADE.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a test database", e);
        }
        return address(name);
    }

    /** A new database with nothing in it (no schema), for tests of what the app makes of an empty one. */
    public static synchronized DbAddress.Server emptyDatabase() {
        EmbeddedPostgres pg = server();
        String name = "empty_" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            dropClosed(s);
            s.execute("CREATE DATABASE " + name);
            MADE.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a test database", e);
        }
        return address(name);
    }

    /** The test server's address of a database, as the superuser the tests start it with. */
    public static DbAddress.Server address(String database) {
        return new DbAddress.Server("localhost", server().getPort(), database, "postgres", "");
    }

    /** The server, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestStore::stop));
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + TEMPLATE);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot make the template database", e);
            }
            Database.open(address(TEMPLATE), () -> { }).close();
        }
        return server;
    }

    /** Drops the databases no test holds any more (one still connected is kept for a later try). */
    private static void dropClosed(Statement s) {
        for (Iterator<String> it = MADE.iterator(); it.hasNext(); ) {
            String name = it.next();
            try {
                s.execute("DROP DATABASE IF EXISTS " + name);
                it.remove();
            } catch (SQLException e) {
                // Still in use by a test's office; dropped later.
            }
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("Could not stop the test PostgreSQL: " + e);
        }
    }
}
