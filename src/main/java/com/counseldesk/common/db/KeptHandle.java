package com.counseldesk.common.db;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * A connection kept open for reads that come again and again (the search as one types, the start
 * page): opening a new one, with an empty page cache, cost more than the read. On an SQLite file it
 * gets a page cache of its own; after a failure the next read starts on a new connection.
 */
public final class KeptHandle implements AutoCloseable {
    private final Database db;
    private final int cacheKib;
    private Handle handle;

    /** {@code cacheKib}: the page cache of the connection to an SQLite file, in KiB. */
    public KeptHandle(Database db, int cacheKib) {
        this.db = db;
        this.cacheKib = cacheKib;
    }

    /** Runs {@code work} on the kept connection. */
    public synchronized <T> T read(Function<Handle, T> work) {
        if (handle == null) {
            handle = db.openHandle();
            if (db.isSqlite()) {
                handle.execute("PRAGMA cache_size = -" + cacheKib);
            }
        }
        try {
            return work.apply(handle);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (handle != null) {
            handle.close();
            handle = null;
        }
    }
}
