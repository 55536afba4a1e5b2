package com.counseldesk.common.db;

import com.counseldesk.common.db.DatabaseException.Reason;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file that holds the office. Opening it checks the file without changing it,
 * takes the lock that keeps a second copy of the app out, sets the pragmas that make a commit
 * survive power loss, and brings the schema up to date with the migrations.
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
    static final int SCHEMA_VERSION = 4;
    /**
     * Lock files this JVM holds. A second open in the same JVM is refused here, before it opens a
     * channel of its own: closing any channel on the lock file would drop the OS lock of the first.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SQLiteDataSource dataSource;
    private volatile Jdbi jdbi;

    private Database(Path file, FileChannel lockChannel, FileLock lock, SQLiteDataSource dataSource) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataSource = dataSource;
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
        Path path = file.toAbsolutePath();
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
            migrate(dataSource, path, beforeUpgrade);
            LOG.info("Opened database {}", path);
            return new Database(path, channel, lock, dataSource);
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

    public Path file() {
        return file;
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

    /** Runs one user action as one IMMEDIATE transaction: all of it is stored, or none. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        return jdbi().inTransaction(work);
    }

    /** Runs read-only work on a handle of its own. */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        return jdbi().withHandle(work);
    }

    /**
     * Runs read-only work on a plain JDBC connection of its own, for the reads the first window
     * waits for: they need not wait for Jdbi. A failure is a {@link DatabaseException} ({@code FAILED}).
     */
    public <R> R readPlain(ConnectionWork<R> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(file, Reason.FAILED, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!lockChannel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Could not release the lock on {}", file, e);
        }
        closeQuietly(lockChannel);
        HELD.remove(lockFile(file).normalize());
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

    private static void migrate(SQLiteDataSource dataSource, Path path, Runnable beforeUpgrade) {
        History history = history(dataSource);
        if (history == History.CURRENT) {
            return;
        }
        if (history == History.OLDER) {
            LOG.info("Upgrading database {} to version {}", path, SCHEMA_VERSION);
            beforeUpgrade.run();
        }
        Migrations.migrate(dataSource, path);
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

    static History history(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank")) {
            int expected = 1;
            while (rs.next()) {
                if (expected > SCHEMA_VERSION || !String.valueOf(expected).equals(rs.getString(1))
                        || rs.getInt(2) != 1) {
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

    /** Opens a handle for DAO tests and tools that manage their own transaction. */
    public Handle openHandle() {
        return jdbi().open();
    }
}
