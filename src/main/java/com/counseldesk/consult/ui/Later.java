package com.counseldesk.consult.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task a while from now unless it is called off: how a draft is saved a second after the last
 * keystroke. View models take one; the app's runs the task on the JavaFX thread, a test's when the
 * test says.
 */
public interface Later {
    /** Runs {@code task} after {@code delay}; the returned action calls it off (harmless once it ran). */
    Runnable after(Duration delay, Runnable task);

    /** Waits on a timer thread of its own (a daemon, shared), then hands the task to {@code ui}. */
    static Later on(Executor ui) {
        return (delay, task) -> {
            ScheduledFuture<?> f = Timer.TIMER.schedule(() -> ui.execute(task), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }

    /** The one timer thread of {@link #on}. */
    final class Timer {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "later");
            t.setDaemon(true);
            return t;
        });

        private Timer() {
        }
    }
}
