package com.counseldesk;

import com.counseldesk.app.App;
import com.counseldesk.common.LogConfig;
import com.counseldesk.common.db.DataLocation;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.SqliteLibrary;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point. With no command it starts the desktop app; commands run headless (see {@link Cli},
 * {@code counseldesk --help}):
 * <pre>
 *   counseldesk [--db PATH]                         the desktop app
 *   counseldesk demo --db PATH [--families N]       create the sample office in a new database
 *   counseldesk find --db PATH [--limit N] TEXT     print the households found, tab-separated
 *   counseldesk migrate-to --db FILE --to postgresql://user[:password]@host[:port]/database
 *   counseldesk import --db PATH FILE [--kind calls|visits] [--dry-run] [--rejected FILE.xlsx] [--owner NAME]
 *   counseldesk report --db PATH --month YYYY-MM --out FILE.xlsx   (not available yet)
 * </pre>
 */
public final class Launcher {
    private Launcher() {
    }

    public static final String LOG_DIR_PROPERTY = LogConfig.LOG_DIR_PROPERTY;

    public static void main(String[] args) {
        Path dataFolder = DataLocation.dataFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        // sqlite-jdbc's native library is kept in the user's data folder, in "native" (beside the logs
        // when a folder for them is given, as the benchmarks do).
        Path nativeFolder = System.getProperty(LOG_DIR_PROPERTY) == null ? dataFolder.resolve("native")
                : Path.of(System.getProperty(LOG_DIR_PROPERTY)).resolveSibling("native");
        Optional<String> db = Cli.dbOption(args);
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logFolder(db, System.getenv(), dataFolder).toString());
        }
        // UTF-8 whatever the console's locale, so that names reach a script intact.
        Cli.Io io = new Cli.Io(utf8(FileDescriptor.out), utf8(FileDescriptor.err), Clock.systemDefaultZone());
        CommandLine cl = Cli.commandLine(io);
        if (Cli.namesACommand(args)) {
            // The desktop app does this in the background, while its window is made.
            SqliteLibrary.useCopyIn(nativeFolder);
        }
        int code = cl.execute(args);
        if (code != Cli.DESKTOP) {
            System.exit(code);
        }
        DataLocation.Located where;
        try {
            where = DataLocation.locateForThisMachine(db);
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
        List<String> all = new ArrayList<>(List.of("demo"));
        all.addAll(args);
        return Cli.execute(new Cli.Io(out, err, Clock.systemDefaultZone()), all.toArray(String[]::new));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** The command line's help, as {@code counseldesk --help} prints it. */
    static String usage() {
        return Cli.commandLine(new Cli.Io(System.out, System.err, Clock.systemDefaultZone())).getUsageMessage();
    }
}
