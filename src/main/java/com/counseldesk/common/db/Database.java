package com.counseldesk.common.db;

import com.counseldesk.common.db.DatabaseException.Reason;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.core.transaction.UnableToManipulateTransactionIsolationLevelException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The office's database: this PC's SQLite file (the default), or a PostgreSQL server that all the
 * office's PCs share. Opening a file checks it without changing it, takes the lock that keeps a
 * second copy of the app out, sets the pragmas that make a commit survive power loss, and brings
 * the schema up to date with the migrations. Connecting to a server opens a small pool, says
 * plainly what is wrong (unreachable, login refused, a database of another application, a newer
 * version) and brings the schema up to date the same way ({@link Migrations}).
 *
 * <p>Every user action is one transaction: on SQLite an IMMEDIATE one (one writer at a time); on
 * PostgreSQL a SERIALIZABLE one, run again from the start when the server reports that it collided
 * with another PC's (serialization failure or deadlock), so a rule that reads then writes holds
 * across PCs as it does on one.
 *
 * <p>A file whose schema is already current is opened without Flyway: the migration history is read
 * with one plain query, and Flyway is loaded only for a new file, an older schema, or a history that
 * is anything but the migrations this build ships, all applied (it then refuses a newer schema or
 * a failed migration). Loading and asking Flyway took about half a second of every start.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * The newest migration this build ships: {@code db/migration} holds V1 to this version, each once
     * (DatabaseTest checks it against the migration files and against what Flyway finds).
     */
    static final int SCHEMA_VERSION = 12;
    /**
     * Lock files this JVM holds. A second open in the same JVM is refused here, before it opens a
     * channel of its own: closing any channel on the lock file would drop the OS lock of the first.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** How often a transaction that collided with another PC's is run again before the failure is the user's. */
    static final int SERIALIZATION_TRIES = 8;

    /** Which kind of store a database is. */
    public enum Kind { SQLITE, POSTGRESQL }

    private final DbAddress address;
    private final Kind kind;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final DataSource dataSource;
    private final OfficeEvents events;
    /**
     * On a file, the connection the last read left for the next one (null while none is): opening a
     * connection cost more than most reads (the schema read again, an empty page cache), and a family
     * page asks the services a dozen times.
     */
    private final AtomicReference<Handle> spareRead = new AtomicReference<>();
    private volatile boolean closed;
    private volatile Jdbi jdbi;

    private Database(DbAddress address, Kind kind, FileChannel lockChannel, FileLock lock, DataSource dataSource) {
        this.address = address;
        this.kind = kind;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataSource = dataSource;
        this.events = new OfficeEvents(address instanceof DbAddress.Server s ? s : null);
    }

    /** Work on a plain JDBC connection. */
    @FunctionalInterface
    public interface ConnectionWork<R> {
        R run(Connection connection) throws SQLException;
    }

    /** Opens (creating if new) and migrates the database; throws {@link DatabaseException} saying why not. */
    public static Database open(Path file) {
        return open(file, () -> { });
    }

    /**
     * As {@link #open(Path)}; {@code beforeUpgrade} runs (on this thread) just before an office's file
     * of an older version is upgraded, which on a large office takes a minute: the app says so
     * instead of seeming to hang. It does not run for a new file or one already current.
     */
    public static Database open(Path file, Runnable beforeUpgrade) {
        return open(new DbAddress.File(file), beforeUpgrade);
    }

    /** Opens the file or connects to the server; see {@link #open(Path, Runnable)}. */
    public static Database open(DbAddress address, Runnable beforeUpgrade) {
        if (address instanceof DbAddress.Server server) {
            return connect(server, beforeUpgrade);
        }
        return openFile(((DbAddress.File) address).path(), beforeUpgrade);
    }

    private static Database openFile(Path path, Runnable beforeUpgrade) {
        inspect(path);
        Path lockFile = lockFile(path).normalize();
        if (!HELD.add(lockFile)) {
            throw new DatabaseException(path, Reason.IN_USE, null, null);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(path.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, path);
            SQLiteDataSource dataSource = dataSource(path);
            migrate(dataSource, new DbAddress.File(path), Kind.SQLITE, beforeUpgrade);
            LOG.info("Opened database {}", path);
            return new Database(new DbAddress.File(path), Kind.SQLITE, channel, lock, dataSource);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw new DatabaseException(path, Reason.NOT_WRITABLE, e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw e;
        }
    }

    /**
     * Connects to a PostgreSQL server's database. Nothing is kept out: every PC of the office uses it
     * at once. The pool opens its first connection here, so a server that cannot be reached or a
     * refused login is known before any screen.
     */
    private static Database connect(DbAddress.Server server, Runnable beforeUpgrade) {
        HikariDataSource pool = ServerPool.open(server);
        try {
            migrate(pool, server, Kind.POSTGRESQL, beforeUpgrade);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        LOG.info("Connected to database {}", server);
        return new Database(server, Kind.POSTGRESQL, null, null, pool);
    }

    /** The file, for a database on this PC; null for a server. */
    public Path file() {
        return address instanceof DbAddress.File f ? f.path() : null;
    }

    /** Where the database is: a file or a server (never with a password). */
    public DbAddress address() {
        return address;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this is an SQLite file (its pragmas and its own full-text index apply). */
    public boolean isSqlite() {
        return kind == Kind.SQLITE;
    }

    /** Jdbi on this file, set up on first use (that takes a few hundred milliseconds, so not before the first window). */
    public Jdbi jdbi() {
        Jdbi j = jdbi;
        if (j == null) {
            synchronized (this) {
                j = jdbi;
                if (j == null) {
                    j = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
                    StoreMappers.register(j);
                    jdbi = j;
                }
            }
        }
        return j;
    }

    /**
     * Runs one user action as one transaction: all of it is stored, or none. On a server a transaction
     * that collided with another PC's is run again from the start, up to {@value #SERIALIZATION_TRIES}
     * times, so {@code work} must do nothing but database work; so is one whose pooled connection
     * turned out dead as it began (before any of the work ran).
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        if (kind == Kind.SQLITE) {
            R result;
            try {
                result = jdbi().inTransaction(work);
            } catch (Exception | Error e) {
                events.rolledBack();
                throw e;
            }
            events.committed();
            return result;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi().inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
            } catch (UnableToManipulateTransactionIsolationLevelException e) {
                // The pooled connection was found dead as the transaction began (the server restarted):
                // nothing of the work ran; the pool drops it, and the next try takes another.
                if (attempt >= SERIALIZATION_TRIES) {
                    throw e;
                }
                LOG.info("A connection to {} was lost; beginning again on another", address);
            } catch (RuntimeException e) {
                if (attempt >= SERIALIZATION_TRIES || !ServerPool.isCollision(e)) {
                    throw e;
                }
                LOG.debug("Transaction collided with another one (try {}); running it again", attempt);
            }
        }
    }

    /**
     * Runs read-only work on a handle of its own: on a server one from the pool; on a file the one the
     * last read left, if no other read has it (else a new one), kept for the next read afterwards unless
     * the work failed.
     */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        if (kind != Kind.SQLITE) {
            return jdbi().withHandle(work);
        }
        Handle h = spareRead.getAndSet(null);
        if (h == null) {
            h = jdbi().open();
        }
        R result;
        try {
            result = work.withHandle(h);
        } catch (Throwable e) {
            h.close();
            throw e;
        }
        keepForNextRead(h);
        return result;
    }

    /** Keeps a read's connection for the next one, or closes it: when one is kept already, or the database closed. */
    private void keepForNextRead(Handle h) {
        if (closed || h.isInTransaction() || !spareRead.compareAndSet(null, h)) {
            h.close();
        } else if (closed && spareRead.compareAndSet(h, null)) {
            h.close();
        }
    }

    /**
     * Runs read-only work on a plain JDBC connection of its own, for the reads the first window
     * waits for: they need not wait for Jdbi. A failure is a {@link DatabaseException} ({@code FAILED}).
     */
    public <R> R readPlain(ConnectionWork<R> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(address, Reason.FAILED, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        events.close();
        closed = true;
        Handle spare = spareRead.getAndSet(null);
        if (spare != null) {
            spare.close();
        }
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
            return;
        }
        if (!lockChannel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Could not release the lock on {}", address, e);
        }
        closeQuietly(lockChannel);
        HELD.remove(lockFile(file()).normalize());
    }

    static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    private static void inspect(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new DatabaseException(path, Reason.UNREADABLE, null, null);
        }
        if (!Files.isWritable(path)) {
            throw new DatabaseException(path, Reason.NOT_WRITABLE, null, null);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new DatabaseException(path, Reason.NOT_SQLITE, null, null);
            }
        } catch (IOException e) {
            throw new DatabaseException(path, Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path path) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new DatabaseException(path, Reason.IN_USE, null, null);
        }
        return lock;
    }

    private static SQLiteDataSource dataSource(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + path);
        return ds;
    }

    private static void migrate(DataSource dataSource, DbAddress address, Kind kind, Runnable beforeUpgrade) {
        History history = history(dataSource);
        if (history == History.CURRENT) {
            return;
        }
        if (history == History.OLDER) {
            LOG.info("Upgrading database {} to version {}", address, SCHEMA_VERSION);
            beforeUpgrade.run();
        }
        Migrations.migrate(dataSource, address, kind);
    }

    /** What the file's migration history says of it. */
    enum History {
        /** V1 to {@link #SCHEMA_VERSION} in order, each applied: nothing for Flyway to do. */
        CURRENT,
        /** V1 up to an older version in order, each applied: an office to upgrade. */
        OLDER,
        /** No history (a new file), a newer schema, a failed migration or a history that cannot be read: Flyway decides. */
        OTHER
    }

    static History history(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank")) {
            int expected = 1;
            while (rs.next()) {
                if (expected > SCHEMA_VERSION || !String.valueOf(expected).equals(rs.getString(1))
                        || !rs.getBoolean(2)) {
                    return History.OTHER;
                }
                expected++;
            }
            if (expected == SCHEMA_VERSION + 1) {
                return History.CURRENT;
            }
            return expected > 1 ? History.OLDER : History.OTHER;
        } catch (SQLException e) {
            return History.OTHER;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not close the lock file", e);
        }
    }

    /**
     * After rows were written with ids of their own (the sample office, a move from a file): on a
     * server, each table's id generator is set past its highest id, so that the next row the app
     * adds gets a new one. SQLite takes the next id from the table itself: nothing to do.
     */
    public void idsWritten(Handle h, List<String> tables) {
        if (kind == Kind.SQLITE) {
            return;
        }
        for (String table : tables) {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException("table " + table);
            }
            h.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), COALESCE((SELECT MAX(id) FROM "
                    + table + "), 0) + 1, false)");
        }
    }

    /**
     * Ids for {@code n} rows of {@code table} that a batch writes with ids of its own (so that it can
     * insert them in JDBC batches and link rows to each other without reading each id back). In
     * SQLite's one write transaction the next ids are free; on a server they are taken from the table's
     * id generator, so that rows other PCs add meanwhile get others.
     */
    public long[] reserveIds(Handle h, String table, int n) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table " + table);
        }
        long[] ids = new long[n];
        if (n == 0) {
            return ids;
        }
        if (kind == Kind.SQLITE) {
            long max = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM " + table).mapTo(Long.class).one();
            for (int i = 0; i < n; i++) {
                ids[i] = max + 1 + i;
            }
            return ids;
        }
        List<Long> taken = h.createQuery("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id'))"
                + " FROM generate_series(1, :n)").bind("n", n).mapTo(Long.class).list();
        for (int i = 0; i < n; i++) {
            ids[i] = taken.get(i);
        }
        return ids;
    }

    /** News of what every copy of the app on this database stores ({@link #announce}). */
    public OfficeEvents events() {
        return events;
    }

    /**
     * Tells every copy of the app on this database, once {@code h}'s transaction has committed, that
     * {@code topic} happened to {@code payload} (an id, say). Nothing is told if it rolls back.
     */
    public void announce(Handle h, String topic, String payload) {
        OfficeEvents.Event e = new OfficeEvents.Event(topic, payload);
        if (kind == Kind.SQLITE) {
            events.queue(e);
        } else {
            h.execute("SELECT pg_notify(?, ?)", OfficeEvents.CHANNEL, e.text());
        }
    }

    /** The connections, for this package's checks of the schema. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Opens a handle for DAO tests and tools that manage their own transaction. */
    public Handle openHandle() {
        return jdbi().open();
    }
}
