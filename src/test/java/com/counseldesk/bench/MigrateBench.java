package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.StoreCopy;
import com.counseldesk.testutil.TestStore;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate-to}'s copy of the 200,000-household office ({@link BenchOffice}) to a new database
 * on the tests' PostgreSQL (Maven's binaries, on this machine, so no network between the two):
 * the whole move ({@code migrate_to_200k_families}, from the file's first read to the server's
 * commit and analysis), the rows it moved and their rate. The new database's migrations run
 * before the clock starts.
 */
@Tag("bench")
class MigrateBench {
    @Test
    void moveTheOfficeToAServer() {
        try (Database file = BenchOffice.open();
                Database server = Database.open(TestStore.emptyDatabase(), () -> { })) {
            long start = System.nanoTime();
            List<StoreCopy.Count> counts = StoreCopy.copy(file, server, new Quiet());
            double ms = Figures.msSince(start);

            long rows = counts.stream().mapToLong(StoreCopy.Count::target).sum();
            assertEquals(counts.stream().mapToLong(StoreCopy.Count::source).sum(), rows);
            Figures.bench("migrate_to_200k_families", ms, "ms");
            Figures.bench("migrate_to_200k_rows", rows, "rows", 0);
            Figures.bench("migrate_to_200k_rows_per_s", rows / (ms / 1000), "rows/s", 0);
        }
    }

    private static final class Quiet implements StoreCopy.Progress {
        @Override
        public void started(String table, long rows) {
        }

        @Override
        public void copied(String table, long rows, boolean done) {
        }

        @Override
        public void note(String line) {
        }
    }
}
