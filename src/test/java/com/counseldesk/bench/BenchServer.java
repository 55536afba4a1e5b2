package com.counseldesk.bench;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.TestStore;
import java.time.Clock;

/**
 * The 200,000-household office on PostgreSQL (the tests' embedded server, this machine): made by
 * the demo generator once per run, timed as {@code demo_create_200k_families_postgresql}, with the
 * same seed as {@link BenchOffice}'s file, so the two stores hold the same office.
 */
final class BenchServer {
    private static final long SEED = 1L;
    private static DbAddress.Server address;

    private BenchServer() {
    }

    static synchronized DbAddress.Server address() {
        if (address == null) {
            DbAddress.Server made = TestStore.newDatabase();
            try (Database db = Database.open(made, () -> { })) {
                long start = System.nanoTime();
                new SampleOffice(db, Clock.systemDefaultZone(), SEED).create(BenchOffice.HOUSEHOLDS);
                Figures.bench("demo_create_200k_families_postgresql", Figures.msSince(start), "ms");
                db.inTransaction(h -> h.execute("ANALYZE"));
            }
            address = made;
        }
        return address;
    }

    /** A copy of the app on the office's server (one PC). */
    static Database open() {
        return Database.open(address(), () -> { });
    }
}
