package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.SqliteOnly;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a scheduled task meets it: help, exit codes and the messages of mistakes. */
@SqliteOnly
class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.execute(new Cli.Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone()), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "find", "migrate-to", "report", "import"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));

        assertTrue(out().startsWith("Usage: counseldesk " + command), out());
        assertTrue(out().contains("--db"), out());
        assertEquals("", err());
    }

    @Test
    void theHelpListsTheCommands() {
        assertEquals(0, run("--help"));

        for (String command : new String[] {"demo", "find", "migrate-to", "report", "import"}) {
            assertTrue(out().contains("  " + command + " "), out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageMistake() {
        assertEquals(2, run("exprot", "--db", "x.db"));

        assertTrue(err().contains("Unmatched argument") || err().contains("exprot"), err());
        assertTrue(err().contains("Usage:"), err());
    }

    @Test
    void theReportNeedsItsOptions() {
        assertEquals(2, run("report", "--db", dir.resolve("office.db").toString()));

        assertTrue(err().contains("Missing required options: '--month=YYYY-MM', '--out=FILE.xlsx'"), err());
    }

    @Test
    void theReportRefusesAMonthThatIsNone() {
        assertEquals(2, run("report", "--db", "x.db", "--month", "2025-13", "--out", "r.xlsx"));

        assertTrue(err().contains("--month"), err());
        assertTrue(err().contains("2025-13"), err());
    }
}
