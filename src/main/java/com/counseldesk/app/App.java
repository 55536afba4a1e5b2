package com.counseldesk.app;

import com.counseldesk.common.Args;
import com.counseldesk.common.db.DataLocation;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.SqliteLibrary;
import com.counseldesk.common.fx.FxDialogService;
import com.counseldesk.common.i18n.I18n;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: opens the database named on the command line (or the default) and shows the shell. */
public final class App extends Application {
    /** Set to true, the app prints its start-up time and the heap in use, then exits (benchmarks). */
    public static final String EXIT_AFTER_SHOWN = "counseldesk.exitAfterShown";
    private static volatile Opening opening;
    private AppContext ctx;

    /**
     * Starts the desktop app on the database named by {@code --db}, the environment or the default;
     * sqlite-jdbc's native library is kept in {@code nativeFolder}.
     */
    public static void run(Path file, Path nativeFolder, String[] args) {
        openInBackground(file, nativeFolder);
        Application.launch(App.class, args);
    }

    /**
     * Starts opening (and migrating) the database while JavaFX starts up, so that the two overlap.
     * Called by the launcher before the toolkit starts.
     */
    public static void openInBackground(Path file, Path nativeFolder) {
        opening = new Opening(file, CompletableFuture.supplyAsync(() -> {
            SqliteLibrary.useCopyIn(nativeFolder);
            return startup(Database.open(file));
        }));
    }

    /** A database being opened in the background, and which file it is. */
    private record Opening(Path file, CompletableFuture<Startup> startup) {
    }

    /** Reads what the first window shows; the database is closed again if that fails. */
    private static Startup startup(Database db) {
        try {
            return Startup.read(db, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        Path file = DataLocation.resolveForThisMachine(Args.option(getParameters().getRaw(), "--db"));
        // The window is made ready while the database may still be opening; only then wait for it.
        Scene scene = Shell.prepare(stage);
        Startup startup;
        try {
            startup = opened(file);
        } catch (DatabaseException e) {
            log().error("Cannot open the database {}", file, e);
            I18n i18n = new I18n(I18n.CHINESE);
            FxDialogService.error(null, i18n.t("db.error.title"), cannotOpen(i18n, e));
            Platform.exit();
            return;
        }
        ctx = new AppContext(startup.db(), Clock.systemDefaultZone(), startup.languageTag());
        new Shell(stage, ctx, scene).start(startup.office());
        stage.show();
        stage.requestFocus();
        long startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log().info("First window shown {} ms after the JVM started", startupMs);
        ctx.warmUp();
        if (Boolean.getBoolean(EXIT_AFTER_SHOWN)) {
            System.out.println("STARTUP_MS " + startupMs);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.println("HEAP_MB " + ((rt.totalMemory() - rt.freeMemory()) >> 20));
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (ctx != null) {
            ctx.close();
        }
    }

    /** The database opened in the background for this file, or opened now when there is none. */
    private static Startup opened(Path file) {
        Opening started = opening;
        opening = null;
        if (started == null || !started.file().equals(file)) {
            return startup(Database.open(file));
        }
        try {
            return started.startup().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The app's logger, looked up when first used: a static one would set logging up on the main
     * thread before JavaFX starts, while the database thread does it anyway (sqlite-jdbc logs
     * through SLF4J) and JavaFX can start alongside.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(App.class);
    }

    /** The message for a database that cannot be used: which file, why, and that it was left untouched. */
    public static String cannotOpen(I18n i18n, DatabaseException e) {
        return i18n.t("db.error." + e.reason().name(), e.file().toString()) + "\n\n" + i18n.t("db.error.untouched");
    }
}
