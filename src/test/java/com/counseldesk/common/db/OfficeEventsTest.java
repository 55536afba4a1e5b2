package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.testutil.TestStore;
import com.counseldesk.testutil.Wait;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News travels with the transaction that stored it, and only when it commits; on a server, to every PC. */
class OfficeEventsTest {
    @TempDir
    Path dir;

    @Test
    void onAFileNewsIsHandedOnAfterTheCommitAndNeverForARollback() {
        try (Database db = Database.open(dir.resolve("office.db"))) {
            List<OfficeEvents.Event> heard = new CopyOnWriteArrayList<>();
            db.events().subscribe(heard::add);

            assertThrows(IllegalStateException.class, () -> db.inTransaction(h -> {
                db.announce(h, "arrival", "1 2");
                throw new IllegalStateException("disk full");
            }));
            db.inTransaction(h -> {
                db.announce(h, "arrival", "3 4");
                assertEquals(List.of(), heard, "not before the commit");
                return null;
            });

            assertEquals(List.of(new OfficeEvents.Event("arrival", "3 4")), heard);
        }
    }

    @Test
    void onAServerNewsReachesTheOtherPcAndARolledBackTransactionSendsNone() {
        DbAddress.Server server = TestStore.newDatabase();
        try (Database deskPc = Database.open(server, () -> { });
                Database counselorPc = Database.open(server, () -> { })) {
            List<OfficeEvents.Event> heard = new CopyOnWriteArrayList<>();
            Runnable stop = counselorPc.events().subscribe(heard::add);
            // The listener connects on its own thread: wait until a first piece of news arrives.
            Wait.until("the counselor's PC to listen", () -> {
                deskPc.inTransaction(h -> {
                    deskPc.announce(h, "hello", "");
                    return null;
                });
                return !heard.isEmpty();
            });

            assertThrows(IllegalStateException.class, () -> deskPc.inTransaction(h -> {
                deskPc.announce(h, "arrival", "1 2");
                throw new IllegalStateException("disk full");
            }));
            deskPc.inTransaction(h -> {
                deskPc.announce(h, "arrival", "3 4");
                return null;
            });

            Wait.until("the news on the counselor's PC", () -> heard.stream().anyMatch(e -> e.topic().equals("arrival")));
            assertEquals(List.of(new OfficeEvents.Event("arrival", "3 4")),
                    heard.stream().filter(e -> e.topic().equals("arrival")).toList(), "the rolled back one never came");
            stop.run();
        }
    }
}
