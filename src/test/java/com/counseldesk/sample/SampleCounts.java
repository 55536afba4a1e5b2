package com.counseldesk.sample;

import com.counseldesk.testutil.TestOffice;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

/** The sample tests' counting queries, which may name the office's day ({@code :today}) and time ({@code :now}). */
final class SampleCounts {
    private SampleCounts() {
    }

    /** The one number {@code sql} gives on {@code t}'s database, as of {@code t}'s clock. */
    static long count(TestOffice t, String sql) {
        return t.db.read(h -> {
            Query q = h.createQuery(sql);
            q.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
            return q.bind("today", t.clock.localNow().toLocalDate().atStartOfDay()).bind("now", t.clock.localNow())
                    .mapTo(Long.class).one();
        });
    }
}
