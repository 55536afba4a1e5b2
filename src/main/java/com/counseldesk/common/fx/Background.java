package com.counseldesk.common.fx;

import com.counseldesk.common.ValidationException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database work off the UI thread and hands the result (or the failure) back on it. View
 * models take one of these; tests pass {@link #direct()} so that everything runs in line.
 */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private final Executor worker;
    private final Executor ui;

    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    public static Background direct() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Runs {@code r} on the UI thread (progress told by work running here). */
    public void onUi(Runnable r) {
        ui.execute(r);
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (e instanceof ValidationException) {
                    LOG.debug("Refused: {}", e.getMessage());
                } else {
                    LOG.error("Background work failed", e);
                }
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }
}
