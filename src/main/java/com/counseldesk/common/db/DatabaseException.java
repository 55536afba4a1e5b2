package com.counseldesk.common.db;

import com.counseldesk.common.i18n.Msg;
import java.nio.file.Path;

/**
 * The database could not be used. Says which file or server and why (a message key for the UI,
 * with the address as its first argument); the database has not been touched.
 */
public class DatabaseException extends RuntimeException {
    /** Why a database could not be opened. Message keys are {@code db.error.<name>}. */
    public enum Reason {
        IN_USE, NOT_SQLITE, UNREADABLE, NOT_WRITABLE, NEWER_SCHEMA, FAILED,
        /** A server that cannot be reached (wrong host or port, server down, network). */
        UNREACHABLE,
        /** A server that refused the user or password. */
        LOGIN_REFUSED,
        /** A server database that holds another application's tables. */
        NOT_OFFICE,
        /** A server's database that does not exist (it is created by its owner: see the README). */
        NO_DATABASE
    }

    private final DbAddress address;
    private final Reason reason;

    public DatabaseException(Path file, Reason reason, String detail, Throwable cause) {
        this(new DbAddress.File(file), reason, detail, cause);
    }

    public DatabaseException(DbAddress address, Reason reason, String detail, Throwable cause) {
        super(reason + " " + address + (detail == null ? "" : ": " + detail), cause);
        this.address = address;
        this.reason = reason;
    }

    /**
     * Whether a failure is the office's server not answering (down, unreachable, the connection
     * lost): worth telling as such, and trying again later, rather than as an error in the app.
     */
    public static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException d && d.reason() == Reason.UNREACHABLE) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return ServerPool.reason(e) == Reason.UNREACHABLE;
    }

    /**
     * What a person is told of a failure that reached a screen: that the office's database cannot be
     * reached (and nothing was stored; try again when it is back), or the system error with its detail.
     */
    public static Msg describe(Throwable e) {
        return isUnreachable(e) ? new Msg("error.unreachable") : new Msg("error.system", e.getMessage());
    }

    /** The file, for a database on this PC; null for a server. */
    public Path file() {
        return address instanceof DbAddress.File f ? f.path() : null;
    }

    /** Where the database is (a file, or a server without its password): the messages' first argument. */
    public DbAddress address() {
        return address;
    }

    public Reason reason() {
        return reason;
    }
}
