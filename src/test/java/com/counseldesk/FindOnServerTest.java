package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.TestStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code find --db postgresql://…}: the same lines from an office on a server; a wrong address is a usage mistake. */
@SqliteOnly
class FindOnServerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int find(String... args) {
        return FindCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestClock.morning());
    }

    @Test
    void aHouseholdOnTheServerIsFoundByItsLastFourDigits() {
        DbAddress.Server server = TestStore.newDatabase();
        try (TestOffice office = TestOffice.typicalOn(Database.open(server, () -> { }))) {
            office.register(office.walkIn(TestOffice.COUNSELOR).phone("138 1234 5678").student("张子涵"));
        }

        assertEquals(0, find("--db", server.withPassword(), "5678"), err.toString(StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(FindCommand.HEADER, lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("张子涵") && lines.get(1).contains("13812345678"), lines.get(1));
    }

    @Test
    void anIncompleteServerAddressIsAUsageMistake() {
        assertEquals(2, find("--db", "postgresql://main-pc/office", "5678"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no user"), err.toString(StandardCharsets.UTF_8));
    }
}
