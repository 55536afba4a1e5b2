package com.counseldesk;

import com.counseldesk.app.App;
import com.counseldesk.service.SampleOffice;
import com.counseldesk.store.DataLocation;
import com.counseldesk.store.Database;
import com.counseldesk.store.DatabaseException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;

/**
 * Entry point. With no sub-command it starts the desktop app; sub-commands run headless:
 * <pre>
 *   counseldesk [--db PATH]                         the desktop app
 *   counseldesk demo --db PATH [--families N]       create the sample office in a new database
 * </pre>
 */
public final class Launcher {
    private Launcher() {
    }

    public static final String LOG_DIR_PROPERTY = "counseldesk.logdir";

    public static void main(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, DataLocation.dataFolder(System.getenv(),
                    System.getProperty("os.name"), System.getProperty("user.home")).resolve("logs").toString());
        }
        List<String> list = List.of(args);
        if (!list.isEmpty() && list.get(0).equals("demo")) {
            System.exit(demo(list.subList(1, list.size()), System.out, System.err));
        }
        if (list.contains("--help") || list.contains("-h")) {
            System.out.println(usage());
            return;
        }
        App.openInBackground(DataLocation.resolveForThisMachine(option(list, "--db")));
        Application.launch(App.class, args);
    }

    /** {@code demo --db PATH [--families N]}: returns the process exit code. */
    static int demo(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> db = option(args, "--db");
        Optional<String> families = option(args, "--families");
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
        Path file = DataLocation.resolveForThisMachine(db);
        long start = System.nanoTime();
        try (Database database = Database.open(file)) {
            new SampleOffice(database, Clock.systemDefaultZone(), 20261127L).create(n);
        } catch (DatabaseException e) {
            err.println("Cannot use " + e.file() + ": " + e.reason() + (e.getCause() == null ? "" : " (" + e.getMessage() + ")"));
            return 1;
        } catch (IllegalStateException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.printf("Created the sample office with %d families in %s (%d ms)%n", n, file, ms);
        return 0;
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}. */
    public static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i >= 0 && i + 1 < args.size()) {
            return Optional.of(args.get(i + 1));
        }
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst();
    }

    static String usage() {
        return String.join("\n",
                "Usage:",
                "  counseldesk [--db PATH]                     start the desktop app",
                "  counseldesk demo --db PATH [--families N]   create a sample office (default 300 families)",
                "The database defaults to $" + DataLocation.ENV_VAR + ", else the user's data folder.");
    }
}
