package com.counseldesk.testutil;

import com.counseldesk.app.AppContext;
import com.counseldesk.app.DbSettings;
import com.counseldesk.app.Shell;
import com.counseldesk.app.Startup;
import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app on the TestFX stage, as {@code App} starts it, but on a {@link TestOffice} database
 * and its {@link TestClock}: the shell decides between first run and "who is at this PC", exactly
 * as for a user. The database a person chooses in the app, and what this PC remembers (who signed in
 * last), are kept in a settings folder of the harness's own (or the test's), never the user's. Close it
 * after each test; that closes the app's context and its database (the one chosen last, when the
 * person switched).
 */
public final class AppHarness implements AutoCloseable {
    private final TestOffice office;
    private final Path settingsFolder;
    /** Whether the settings folder is the harness's own, deleted when it closes (else the test's). */
    private final boolean ownFolder;
    private final FxRobot robot = new FxRobot();
    /** Where the app's file choosers save, and the folders it opened (a headless run shows neither). */
    private final RecordingDialogs files = new RecordingDialogs();
    private Shell shell;
    private boolean closed;

    private AppHarness(TestOffice office, Path settingsFolder, boolean ownFolder) {
        this.office = office;
        this.settingsFolder = settingsFolder;
        this.ownFolder = ownFolder;
    }

    /** Starts the app on the office's database and waits until its first screen is shown and focused. */
    public static AppHarness start(TestOffice office) {
        try {
            return start(office, Files.createTempDirectory("counseldesk-settings"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #start(TestOffice)}, with this PC's settings (the choice of database, what it remembers)
     * in {@code settingsFolder}, which the test owns: what an earlier run left there, say.
     */
    public static AppHarness start(TestOffice office, Path settingsFolder) {
        return start(office, settingsFolder, false);
    }

    private static AppHarness start(TestOffice office, Path settingsFolder, boolean ownFolder) {
        try {
            FxToolkit.registerPrimaryStage();
            // As App does it: what the first window shows is read before it is built.
            Startup startup = Startup.read(office.db, office.clock);
            AppContext ctx = new AppContext(office.db, office.clock, startup.languageTag());
            AppHarness harness = new AppHarness(office, settingsFolder, ownFolder);
            DbSettings dbSettings = new DbSettings(harness.settings(), false);
            FxToolkit.setupStage(stage -> harness.show(stage, ctx, startup.office(), dbSettings));
            WaitForAsyncUtils.waitForFxEvents();
            return harness;
        } catch (TimeoutException e) {
            throw new IllegalStateException("The JavaFX toolkit did not start", e);
        }
    }

    private void show(Stage stage, AppContext ctx, Startup.Office first, DbSettings dbSettings) {
        // The primary stage is shared by the tests: each starts at the window's own size, whatever an
        // earlier test resized it to.
        stage.setMaximized(false);
        stage.setWidth(Shell.WIDTH);
        stage.setHeight(Shell.HEIGHT);
        shell = new Shell(stage, ctx, dbSettings, real -> new DialogService() {
            @Override
            public void showError(Msg title, Msg message) {
                real.showError(title, message);
            }

            @Override
            public boolean confirm(Msg title, Msg message) {
                return real.confirm(title, message);
            }

            @Override
            public Optional<Path> chooseFileToOpen(Msg title, List<String> extensions) {
                return real.chooseFileToOpen(title, extensions);
            }

            @Override
            public Optional<Path> saveFile(Msg title, String suggested, Path folder, String extension) {
                return files.saveFile(title, suggested, folder, extension);
            }

            @Override
            public void openFolder(Path folder) {
                files.openFolder(folder);
            }
        });
        // The tests of a JVM share the primary stage: each starts with the window a fresh start gives it,
        // whatever size an earlier test left it at (1366×768, say).
        stage.setMaximized(false);
        stage.setWidth(Shell.WIDTH);
        stage.setHeight(Shell.HEIGHT);
        shell.start(first);
        stage.show();
        stage.toFront();
        // JavaFX 20+ no longer focuses a shown stage by itself; key events need a focused window.
        stage.requestFocus();
    }

    /** The app's file choosers: where they save ({@code saveAs}), the names they proposed, the folders opened. */
    public RecordingDialogs files() {
        return files;
    }

    public TestOffice office() {
        return office;
    }

    /** The context of the database in use: the office's, or the one the person chose in the app. */
    public AppContext context() {
        return Fx.get(shell::context);
    }

    /** Where this run keeps the database the person chose (a folder of the harness's own, or the test's). */
    public ConnectionSettings settings() {
        return ConnectionSettings.in(settingsFolder);
    }

    public FxRobot robot() {
        return robot;
    }

    /**
     * Waits until the database worker has run everything queued so far and its results have reached
     * the JavaFX thread. For "nothing happened" checks; for outcomes, wait for what the user sees.
     */
    public void settle() {
        for (int pass = 0; pass < 2; pass++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            context().background().run(() -> null, r -> done.complete(null), done::completeExceptionally);
            try {
                done.get(Wait.DEFAULT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("The database worker did not become idle", e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * The app's timer fires now, as it does every half minute (a follow-up falling due is announced, a
     * new day's start page is read): a test moves the office's clock and calls this instead of waiting.
     */
    public void tick() {
        Fx.run(() -> context().ticker().tickNow());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            settle();
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not hide the test stages", e);
        } finally {
            context().close();
            if (ownFolder) {
                deleteSettingsFolder();
            }
        }
    }

    private void deleteSettingsFolder() {
        try (var files = Files.walk(settingsFolder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
