package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.Database;
import com.counseldesk.report.HandBuiltMonthAccess;
import com.counseldesk.testutil.SqliteOnly;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}: what a scheduled task sees. The workbook itself is MonthlyReportTest's; here, the
 * hand-built October of a small office written from the command line, and each way it is refused.
 */
@SqliteOnly
class ReportCommandTest {
    /** The 2nd of November 2026, when an office runs last month's report. */
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void anOffice() {
        try (Database d = HandBuiltMonthAccess.open(dir)) {
            db = dir.resolve("report.db");
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.execute(new Cli.Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), NOVEMBER), all);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("report.db")).sorted().toList();
        }
    }

    @Test
    void writesTheMonthsWorkbookWithItsFigures() throws IOException {
        Path workbook = dir.resolve("2026-10.xlsx");

        assertEquals(0, run("--db", db.toString(), "--month", "2026-10", "--out", workbook.toString()), err());

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2026-10"), out.toString(StandardCharsets.UTF_8));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet summary = wb.getSheet("汇总");
            Row contracts = null;
            for (Row r : summary) {
                if (r.getCell(0) != null && "签约".equals(r.getCell(0).getStringCellValue())) {
                    contracts = r;
                }
            }
            assertEquals(3, contracts.getCell(1).getNumericCellValue(), "October's contracts");
            assertEquals(1, contracts.getCell(2).getNumericCellValue(), "September's");
            assertTrue(wb.getSheet("说明") != null);
        }
        assertEquals(List.of(workbook), files(), "nothing else left in the folder");
    }

    @Test
    void aMonthNotBegunIsAUsageMistake() throws IOException {
        assertEquals(2, run("--db", db.toString(), "--month", "2026-12", "--out", dir.resolve("r.xlsx").toString()));

        assertTrue(err().contains("2026-12 has not begun"), err());
        assertEquals(List.of(), files());
    }

    @Test
    void theOutputMustBeAWorkbook() throws IOException {
        assertEquals(2, run("--db", db.toString(), "--month", "2026-10", "--out", dir.resolve("r.csv").toString()));

        assertTrue(err().contains("--out names an .xlsx workbook"), err());
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingDatabaseIsNotCreated() throws IOException {
        Path none = dir.resolve("none.db");

        assertEquals(1, run("--db", none.toString(), "--month", "2026-10", "--out", dir.resolve("r.xlsx").toString()));

        assertTrue(err().contains("No database at"), err());
        assertTrue(err().contains("Nothing was written"), err());
        assertEquals(List.of(), files());
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaid() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");

        assertEquals(1, run("--db", db.toString(), "--month", "2026-10", "--out",
                blocked.resolve("r.xlsx").toString()));

        assertTrue(err().contains("Could not write"), err());
        assertEquals(List.of(blocked), files());
    }
}
