package com.counseldesk;

import com.counseldesk.common.db.DataLocation;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.StoreCopy;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-to --db FILE --to postgresql://user[:password]@host[:port]/database}: moves an office
 * from its SQLite file to a PostgreSQL server database that holds no office yet ({@link StoreCopy}):
 * every row, ids kept, all or nothing. An older file is upgraded first, as the app does; the server's
 * database gets the current schema from its migrations. Progress goes to stderr, table by table; at
 * the end each table's rows in the file and on the server go to stdout. The file is left as it was.
 */
@Command(name = MigrateCommand.COMMAND, mixinStandardHelpOptions = true,
        description = {"Move the office from its SQLite file to a PostgreSQL server database that holds none",
                "(all rows, ids kept, all or nothing). The file is left as it was."})
final class MigrateCommand implements Callable<Integer> {
    static final String COMMAND = "migrate-to";
    static final String TO_FORM = "postgresql://user[:password]@host[:port]/database";

    private final Cli.Io io;

    @Option(names = "--db", paramLabel = "FILE", description = "the office's database file")
    String db;

    @Option(names = "--to", paramLabel = "SERVER", description = "the server's database: " + TO_FORM)
    String to;

    /** Words that are no option: said without repeating a server address (it may hold a password). */
    @CommandLine.Unmatched
    List<String> unmatched = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    MigrateCommand(Cli.Io io) {
        this.io = io;
    }

    /** Returns the process exit code: 0 moved, 1 refused or failed (nothing moved), 2 a usage mistake. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> all = new ArrayList<>(List.of(COMMAND));
        all.addAll(args);
        return Cli.execute(new Cli.Io(out, err, java.time.Clock.systemDefaultZone()), all.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        PrintStream err = io.err();
        Optional<String> stray = stray(unmatched);
        if (stray.isPresent()) {
            return Commands.usageMistake(spec, stray.get());
        }
        if (db == null || db.isBlank()) {
            return Commands.usageMistake(spec, COMMAND + " needs --db FILE, the office's database file");
        }
        if (to == null || to.isBlank()) {
            return Commands.usageMistake(spec, COMMAND + " needs --to " + TO_FORM);
        }
        DbAddress source;
        DbAddress target;
        try {
            source = DbAddress.parse(db);
        } catch (IllegalArgumentException e) {
            err.println("--db: " + e.getMessage());
            return 2;
        }
        try {
            target = DbAddress.parse(to);
        } catch (IllegalArgumentException e) {
            err.println("--to: " + e.getMessage());
            return 2;
        }
        if (!(source instanceof DbAddress.File file)) {
            err.println("--db is a server (" + source + "): " + COMMAND + " moves an office from its SQLite file;"
                    + " the database file goes in --db, the server in --to.");
            return 1;
        }
        if (!(target instanceof DbAddress.Server server)) {
            // Not echoed: a mistyped server address may hold a password.
            err.println("--to is not a server address: " + COMMAND + " moves the office to a PostgreSQL server,"
                    + " given as " + TO_FORM + ".");
            return 1;
        }
        if (!Files.isRegularFile(file.path())) {
            err.println("No database at " + file);
            return 1;
        }
        long start = System.nanoTime();
        List<StoreCopy.Count> counts;
        err.println("Connecting to " + server + " …");
        try (Database into = Database.open(server, () -> { });
                Database from = Database.open(file, () -> err.println(FindCommand.UPGRADING))) {
            err.println("Moving the office from " + file + " to " + server + ", all or nothing …");
            counts = StoreCopy.copy(from, into, new Progress(err));
        } catch (DatabaseException e) {
            err.println(Commands.message(e));
            return 1;
        } catch (StoreCopy.Refused e) {
            err.println("Nothing was moved: " + e.getMessage() + ". The server's database is as it was.");
            return 1;
        }
        print(counts, out);
        err.printf(Locale.ROOT, "Moved the office to %s in %.1f s. The file %s is unchanged; from now on start every"
                + " PC with --db (or %s) set to the server.%n", server, (System.nanoTime() - start) / 1e9, file,
                DataLocation.ENV_VAR);
        return 0;
    }

    /** A word that is neither an option nor its value: a usage mistake, said without repeating a server address. */
    static Optional<String> stray(List<String> words) {
        for (String a : words) {
            String lower = a.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("postgres") || lower.contains("@")
                    ? "A server address must follow --to (--to " + TO_FORM + ")"
                    : COMMAND + " takes --db FILE and --to SERVER only, not '" + a + "'");
        }
        return Optional.empty();
    }

    /** Each table's rows in the file and on the server, aligned, with the totals. */
    static void print(List<StoreCopy.Count> counts, PrintStream out) {
        int width = Math.max("total".length(), counts.stream().mapToInt(c -> c.table().length()).max().orElse(0));
        String row = "%-" + width + "s  %12s  %12s%n";
        out.printf(Locale.ROOT, row, "table", "source", "target");
        long source = 0;
        long target = 0;
        for (StoreCopy.Count c : counts) {
            out.printf(Locale.ROOT, row, c.table(), c.source(), c.target());
            source += c.source();
            target += c.target();
        }
        out.printf(Locale.ROOT, row, "total", source, target);
    }

    /** Progress on the error stream: a line when a table starts, one every so many rows, one at its end. */
    private static final class Progress implements StoreCopy.Progress {
        private final PrintStream err;
        private long tableStart;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(String table, long rows) {
            tableStart = System.nanoTime();
            err.printf(Locale.ROOT, "  %s: %,d rows …%n", table, rows);
        }

        @Override
        public void copied(String table, long rows, boolean done) {
            if (done) {
                err.printf(Locale.ROOT, "  %s: %,d rows copied (%.1f s)%n", table, rows,
                        (System.nanoTime() - tableStart) / 1e9);
            } else {
                err.printf(Locale.ROOT, "  %s: %,d rows so far%n", table, rows);
            }
        }

        @Override
        public void note(String line) {
            err.println("  " + line);
        }
    }
}
