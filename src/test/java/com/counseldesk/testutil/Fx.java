package com.counseldesk.testutil;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Reads and changes the scene graph on the JavaFX thread, from a test thread. */
public final class Fx {
    private static final long TIMEOUT_S = 10;

    private Fx() {
    }

    /** The value {@code read} gives on the JavaFX thread. */
    public static <T> T get(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> future = WaitForAsyncUtils.asyncFx(read);
        try {
            return future.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The JavaFX thread did not answer within " + TIMEOUT_S + " s", e);
        }
    }

    /** Runs {@code action} on the JavaFX thread and waits for it. */
    public static void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }
}
