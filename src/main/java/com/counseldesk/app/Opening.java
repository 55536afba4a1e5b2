package com.counseldesk.app;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.SqliteLibrary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The office's database being opened off the FX thread, and what the first window shows read from
 * it ({@link Startup}); {@code upgrading} completes when an older file starts to be upgraded (a
 * large office takes a minute), so that the window can say so.
 */
public record Opening(DbAddress address, CompletableFuture<Startup> startup, CompletableFuture<Void> upgrading) {
    /**
     * Starts opening the database at {@code address} on a thread of its own; sqlite-jdbc's native library is kept in
     * {@code nativeFolder} (null: where sqlite-jdbc puts it). Safe to call before JavaFX starts.
     */
    public static Opening start(DbAddress address, Path nativeFolder) {
        CompletableFuture<Void> upgrading = new CompletableFuture<>();
        CompletableFuture<Startup> startup = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                if (nativeFolder != null) {
                    SqliteLibrary.useCopyIn(nativeFolder);
                }
                startup.complete(read(Database.open(address, () -> upgrading.complete(null))));
            } catch (RuntimeException | Error e) {
                startup.completeExceptionally(e);
            }
        }, "open-database");
        opener.setDaemon(true);
        opener.start();
        return new Opening(address, startup, upgrading);
    }

    /** Reads what the first window shows; the database is closed again if that fails. */
    private static Startup read(Database db) {
        try {
            return Startup.read(db, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public boolean isDone() {
        return startup.isDone();
    }

    /**
     * Hands the outcome to {@code ready} or {@code failed} on the FX thread: at once when the database
     * is open already (called on the FX thread, the first window then waits for no pulse), else when
     * it is.
     */
    public void whenDone(Consumer<Startup> ready, Consumer<RuntimeException> failed) {
        if (isDone() && Platform.isFxApplicationThread()) {
            deliver(ready, failed);
        } else {
            startup.whenComplete((s, e) -> Platform.runLater(() -> deliver(ready, failed)));
        }
    }

    /** Runs {@code action} on the FX thread once the upgrade has started (never, for a file that needs none). */
    public void whenUpgrading(Runnable action) {
        upgrading.thenRun(() -> Platform.runLater(action));
    }

    private void deliver(Consumer<Startup> ready, Consumer<RuntimeException> failed) {
        Startup s;
        try {
            s = startup.join();
        } catch (CompletionException e) {
            failed.accept(e.getCause() instanceof RuntimeException r ? r : e);
            return;
        }
        ready.accept(s);
    }
}
