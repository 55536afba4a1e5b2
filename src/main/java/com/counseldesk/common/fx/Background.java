package com.counseldesk.common.fx;

import com.counseldesk.common.Progress;
import com.counseldesk.common.ValidationException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database work off the UI thread and hands the result (or the failure) back on it. View
 * models take one of these; tests pass {@link #direct()} so that everything runs in line.
 *
 * <p>Long work (an export of thousands of rows) goes through {@link #track}: on a thread of its own,
 * so that the quick reads of every other screen do not wait behind it, with its progress handed to
 * the UI a few times a second and a {@link Job} to cancel it by.
 */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    /** The least time between two progress reports handed to the UI. */
    private static final long REPORT_NANOS = 100_000_000L;
    private final Executor worker;
    private final Executor ui;
    private final Executor longWork;

    public Background(Executor worker, Executor ui) {
        this(worker, ui, Background::ownThread);
    }

    public Background(Executor worker, Executor ui, Executor longWork) {
        this.worker = worker;
        this.ui = ui;
        this.longWork = longWork;
    }

    public static Background direct() {
        return new Background(Runnable::run, Runnable::run, Runnable::run);
    }

    private static void ownThread(Runnable work) {
        Thread t = new Thread(work, "long work");
        t.setDaemon(true);
        t.start();
    }

    /** Where a tracked job's progress goes, on the UI thread: {@code done} of {@code total} (total 0: not known yet). */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total);
    }

    /** Long work under way: its progress, and the way to stop it. */
    public final class Job implements Progress {
        private final ProgressListener listener;
        private volatile boolean cancelled;
        private long lastReport;

        private Job(ProgressListener listener) {
            this.listener = listener;
        }

        /** Asks the work to stop at its next step; it then ends through {@code onCancelled}. */
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void update(long done, long total) {
            long now = System.nanoTime();
            if (done < total && done != 0 && now - lastReport < REPORT_NANOS) {
                return;
            }
            lastReport = now;
            ui.execute(() -> listener.progress(done, total));
        }
    }

    /**
     * Runs long {@code work} that reports its progress and stops when cancelled. Exactly one of
     * {@code onSuccess}, {@code onFailure} or {@code onCancelled} then runs on the UI thread.
     */
    public <T> Job track(Function<Progress, T> work, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<Exception> onFailure, Runnable onCancelled) {
        Job job = new Job(onProgress);
        longWork.execute(() -> {
            T result;
            try {
                result = work.apply(job);
            } catch (CancellationException e) {
                LOG.info("Long work cancelled");
                ui.execute(onCancelled);
                return;
            } catch (Exception e) {
                if (job.isCancelled()) {
                    LOG.info("Long work cancelled ({})", e.toString());
                    ui.execute(onCancelled);
                    return;
                }
                LOG.error("Long work failed", e);
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
        return job;
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
