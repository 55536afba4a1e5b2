package com.counseldesk.common.db;

import java.nio.file.Path;

/**
 * The database file could not be used. Says which file and why (a message key for the UI,
 * with the file as its first argument); the file has not been touched.
 */
public class DatabaseException extends RuntimeException {
    /** Why a database could not be opened. Message keys are {@code db.error.<name>}. */
    public enum Reason { IN_USE, NOT_SQLITE, UNREADABLE, NOT_WRITABLE, NEWER_SCHEMA, FAILED }

    private final Path file;
    private final Reason reason;

    public DatabaseException(Path file, Reason reason, String detail, Throwable cause) {
        super(reason + " " + file + (detail == null ? "" : ": " + detail), cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
