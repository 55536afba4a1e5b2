package com.counseldesk;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.OfficeService;
import com.counseldesk.report.Month;
import com.counseldesk.report.MonthlyReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report --db PATH --month YYYY-MM --out FILE.xlsx}: the monthly workbook, the same one the
 * app's 月度报表 screen exports, in the office's language. The file appears only when it is complete.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the monthly workbook (月度报表) of a month: summary, by channel, by counselor, client",
                "type and intent, each counselor's work-summary draft, the month's detail rows and the definitions."},
        footer = {"", "Exit code: 0 written, 1 nothing written (database or file refused), 2 a usage mistake."})
final class ReportCommand implements Callable<Integer> {
    private final Cli.Io io;

    @Option(names = "--db", paramLabel = "PATH", required = true, description = "the office's database file or server address")
    String db;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "the month, e.g. 2025-03")
    YearMonth month;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
            description = "the workbook to write (replaced when it exists)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ReportCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream err = io.err();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return Commands.usageMistake(spec, "--out names an .xlsx workbook, such as " + month + ".xlsx");
        }
        if (month.isAfter(YearMonth.now(io.clock()))) {
            return Commands.usageMistake(spec, "--month " + month + " has not begun yet");
        }
        if (Files.isDirectory(out)) {
            err.println("--out " + out + " is a folder: name the workbook in it, such as " + out.resolve(month
                    + ".xlsx") + ". Nothing was written.");
            return 1;
        }
        DbAddress address = Commands.address(Optional.of(db), err).orElse(null);
        if (address == null) {
            return 2;
        }
        try (Database database = Commands.openExisting(address, err)) {
            OfficeService office = new OfficeService(database, io.clock());
            if (!office.isSetUp()) {
                err.println("The database holds no office yet: open it in the app first. Nothing was written.");
                return 1;
            }
            I18n i18n = I18n.forTag(office.language().orElse(null));
            MonthlyReport.write(database, new Month(month), out, com.counseldesk.common.Progress.NONE, i18n);
            io.out().println("Wrote the workbook of " + month + " to " + out.toAbsolutePath());
            return 0;
        } catch (Commands.Missing e) {
            err.println(e.getMessage() + ". Nothing was written.");
            return 1;
        } catch (DatabaseException e) {
            err.println(Commands.message(e) + " Nothing was written.");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("Could not write " + out + ": " + e.getCause().getMessage() + ". Nothing was written.");
            return 1;
        }
    }
}
