package com.counseldesk.app;

import com.counseldesk.common.Args;
import com.counseldesk.common.db.DataLocation;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.PcMemory;
import com.counseldesk.common.db.PcMemory.WindowPlace;
import com.counseldesk.common.fx.FxDialogService;
import com.counseldesk.common.i18n.I18n;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    private static volatile DataLocation.Located located;
    /** Where the window was, read while JavaFX starts. */
    private static volatile CompletableFuture<Optional<WindowPlace>> windowPlace;
    private Shell shell;
    private WindowPlacement placement;

    /**
     * Starts the desktop app on the database named by {@code --db}, the environment, this user's
     * choice or the default; sqlite-jdbc's native library is kept in {@code nativeFolder}.
     */
    public static void run(DataLocation.Located where, Path nativeFolder, String[] args) {
        located = where;
        openInBackground(where.address(), nativeFolder);
        windowPlace = WindowPlacement.readInBackground(PcMemory.beside(DataLocation.settingsForThisMachine()));
        Application.launch(App.class, args);
    }

    /**
     * Starts opening (and migrating) the database while JavaFX starts up, so that the two overlap.
     * Called by the launcher before the toolkit starts.
     */
    public static void openInBackground(DbAddress address, Path nativeFolder) {
        opening = Opening.start(address, nativeFolder);
    }

    @Override
    public void start(Stage stage) {
        DataLocation.Located where = located != null ? located
                : DataLocation.locateForThisMachine(Args.option(getParameters().getRaw(), "--db"));
        DbAddress address = where.address();
        DbSettings dbSettings = new DbSettings(DataLocation.settingsForThisMachine(),
                where.source().overridesSettings());
        // The window is made ready while the database may still be opening.
        Scene scene = Shell.prepare(stage);
        PcMemory memory = dbSettings.memory();
        placement = WindowPlacement.restore(stage, windowPlace != null ? windowPlace.join() : memory.window(), memory);
        FirstWindow.open(stage, scene, opening(address), startup -> show(stage, scene, startup, dbSettings),
                e -> cannotOpen(stage, scene, address, dbSettings, e));
    }

    /** The first screen, once the database is open. */
    private void show(Stage stage, Scene scene, Startup startup, DbSettings dbSettings) {
        AppContext ctx = new AppContext(startup.db(), Clock.systemDefaultZone(), startup.languageTag());
        shell = new Shell(stage, ctx, scene, dbSettings);
        shell.start(startup.office());
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
        // A benchmark's window was never a person's: it leaves the place of theirs as it was.
        if (placement != null && !Boolean.getBoolean(EXIT_AFTER_SHOWN)) {
            placement.save();
        }
        if (shell != null) {
            shell.saveDrafts();
            shell.context().close();
        }
    }

    /** The database being opened in the background for this file, or one started now when there is none. */
    private static Opening opening(DbAddress address) {
        Opening started = opening;
        opening = null;
        if (started == null || !started.address().equals(address)) {
            return Opening.start(address, null);
        }
        return started;
    }

    /**
     * Says why the database cannot be used. A server (switched off, out of reach, a changed password)
     * leaves the person the choice of database, to try again or use another; a file on this PC (in
     * use by another copy, not a database …) ends the app.
     */
    private void cannotOpen(Stage stage, Scene scene, DbAddress address, DbSettings dbSettings, RuntimeException e) {
        log().error("Cannot open the database {}", address, e);
        I18n i18n = new I18n(I18n.CHINESE);
        DatabaseException reason = e instanceof DatabaseException d ? d
                : new DatabaseException(address, DatabaseException.Reason.FAILED, e.toString(), e);
        if (address instanceof DbAddress.Server) {
            CannotOpen.show(stage, scene, reason, dbSettings, Clock.systemDefaultZone(),
                    startup -> show(stage, scene, startup, dbSettings));
            return;
        }
        FxDialogService.error(null, i18n.t("db.error.title"), cannotOpen(i18n, reason));
        Platform.exit();
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
        return i18n.t("db.error." + e.reason().name(), e.address().toString()) + "\n\n"
                + i18n.t("db.error.untouched");
    }
}
