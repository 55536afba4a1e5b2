package com.counseldesk;

import com.counseldesk.app.App;
import com.counseldesk.common.Args;
import com.counseldesk.common.LogConfig;
import com.counseldesk.common.db.DataLocation;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.SqliteLibrary;
import com.counseldesk.sample.SampleOffice;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point. With no sub-command it starts the desktop app; sub-commands run headless:
 * <pre>
 *   counseldesk [--db PATH]                         the desktop app
 *   counseldesk demo --db PATH [--families N]       create the sample office in a new database
 *   counseldesk find --db PATH [--limit N] TEXT     print the households found, tab-separated
 *   counseldesk migrate-to --db FILE --to postgresql://user[:password]@host[:port]/database
 *                                                   move the office from its file to a PostgreSQL server
 * </pre>
 */
public final class Launcher {
    private Launcher() {
    }

    public static final String LOG_DIR_PROPERTY = LogConfig.LOG_DIR_PROPERTY;

    public static void main(String[] args) {
        List<String> list = List.of(args);
        Path dataFolder = DataLocation.dataFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        // sqlite-jdbc's native library is kept in the user's data folder, in "native" (beside the logs
        // when a folder for them is given, as the benchmarks do).
        Path nativeFolder = System.getProperty(LOG_DIR_PROPERTY) == null ? dataFolder.resolve("native")
                : Path.of(System.getProperty(LOG_DIR_PROPERTY)).resolveSibling("native");
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY,
                    logFolder(Args.option(list, "--db"), System.getenv(), dataFolder).toString());
        }
        if (!list.isEmpty() && list.get(0).equals("demo")) {
            SqliteLibrary.useCopyIn(nativeFolder);
            System.exit(demo(list.subList(1, list.size()), System.out, System.err));
        }
        if (!list.isEmpty() && list.get(0).equals("find")) {
            SqliteLibrary.useCopyIn(nativeFolder);
            // UTF-8 whatever the console's locale, so that names reach a script intact.
            System.exit(FindCommand.run(list.subList(1, list.size()), utf8(FileDescriptor.out),
                    utf8(FileDescriptor.err), Clock.systemDefaultZone()));
        }
        if (!list.isEmpty() && list.get(0).equals(MigrateCommand.COMMAND)) {
            SqliteLibrary.useCopyIn(nativeFolder);
            System.exit(MigrateCommand.run(list.subList(1, list.size()), utf8(FileDescriptor.out),
                    utf8(FileDescriptor.err)));
        }
        if (list.contains("--help") || list.contains("-h")) {
            System.out.println(usage());
            return;
        }
        DataLocation.Located where;
        try {
            where = DataLocation.locateForThisMachine(Args.option(list, "--db"));
        } catch (IllegalArgumentException e) {
            System.err.println("--db / " + DataLocation.ENV_VAR + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        App.run(where, nativeFolder, args);
    }

    /**
     * Where the log goes: beside the database file in use ({@code logs} in its folder), so that the log
     * of an office kept on a shared drive or a USB stick travels with it; for a server or the default
     * file, {@code logs} in the user's data folder.
     */
    static Path logFolder(Optional<String> db, Map<String, String> env, Path dataFolder) {
        Optional<String> named = db.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(DataLocation.ENV_VAR)).filter(s -> !s.isBlank()));
        try {
            if (named.isPresent() && DbAddress.parse(named.get()) instanceof DbAddress.File file
                    && file.path().getParent() != null) {
                return file.path().getParent().resolve("logs");
            }
        } catch (IllegalArgumentException e) {
            // Not an address: the command says so; its log goes to the data folder.
        }
        return dataFolder.resolve("logs");
    }

    /** {@code demo --db PATH [--families N]}: returns the process exit code. */
    static int demo(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> db = Args.option(args, "--db");
        Optional<String> families = Args.option(args, "--families");
        if (db.isEmpty()) {
            err.println("demo needs --db PATH\n" + usage());
            return 2;
        }
        int n;
        try {
            n = families.map(Integer::parseInt).orElse(SampleOffice.DEFAULT_FAMILIES);
        } catch (NumberFormatException e) {
            err.println("--families takes a whole number, not '" + families.get() + "'");
            return 2;
        }
        if (n < 0 || n > 5_000_000) {
            err.println("--families must be between 0 and 5000000");
            return 2;
        }
        DbAddress address = address(db, err).orElse(null);
        if (address == null) {
            return 2;
        }
        long start = System.nanoTime();
        try (Database database = Database.open(address, () -> { })) {
            new SampleOffice(database, Clock.systemDefaultZone(), 20261127L).create(n);
        } catch (DatabaseException e) {
            err.println("Cannot use " + e.address() + ": " + e.reason() + (e.getCause() == null ? "" : " (" + e.getMessage() + ")"));
            return 1;
        } catch (IllegalStateException e) {
            err.println(address + ": " + e.getMessage());
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.printf("Created the sample office with %d families in %s (%d ms)%n", n, address, ms);
        return 0;
    }

    /** The database {@code --db} (or the environment, or the default) names; empty, said on {@code err}, when it is no address. */
    static Optional<DbAddress> address(Optional<String> db, PrintStream err) {
        try {
            return Optional.of(DataLocation.addressForThisMachine(db));
        } catch (IllegalArgumentException e) {
            err.println("--db: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    static String usage() {
        return String.join("\n",
                "Usage:",
                "  counseldesk [--db PATH]                     start the desktop app",
                "  counseldesk demo --db PATH [--families N]   create a sample office (default 300 families)",
                "  counseldesk find --db PATH [--limit N] TEXT the households found for a name, pinyin or 4+ digits",
                "                                              of a phone: id, students, contacts, owner, last contact",
                "  counseldesk migrate-to --db FILE --to " + MigrateCommand.TO_FORM,
                "                                              move the office from its file to a PostgreSQL server",
                "                                              database that holds none (all rows, ids kept, all or nothing)",
                "The database defaults to $" + DataLocation.ENV_VAR + ", else the one chosen in the app, else the file",
                "in the user's data folder.");
    }
}
