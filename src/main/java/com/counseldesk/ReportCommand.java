package com.counseldesk;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report --db PATH --month YYYY-MM --out FILE.xlsx}: the monthly workbook. The workbook is
 * not built yet: the command reads its options and says so, with a failing exit code, so that a
 * scheduled task set up now notices rather than finding no file.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the monthly workbook of a month (not available yet in this version).")
final class ReportCommand implements Callable<Integer> {
    static final String NOT_YET = "The monthly workbook is not available yet in this version: nothing was written.";

    private final Cli.Io io;

    @Option(names = "--db", paramLabel = "PATH", required = true, description = "the office's database file or server address")
    String db;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "the month, e.g. 2025-03")
    YearMonth month;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "the workbook to write")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ReportCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.err().println(NOT_YET);
        return 1;
    }
}
