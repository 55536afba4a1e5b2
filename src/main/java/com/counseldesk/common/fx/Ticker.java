package com.counseldesk.common.fx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The app's timer on the JavaFX thread: every {@code period} it runs what the screens asked it to
 * (see whether a follow-up fell due, whether the day changed). The tasks read the app's clock
 * themselves, so a test moves its clock and calls {@link #tickNow} instead of waiting.
 */
public final class Ticker {
    private final Duration period;
    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();
    private Timeline timeline;

    public Ticker(Duration period) {
        this.period = period;
    }

    /** Runs {@code task} at every tick from now on (on the JavaFX thread); returns what stops it. */
    public Runnable add(Runnable task) {
        tasks.add(task);
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(period, e -> tickNow()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
        }
        return () -> tasks.remove(task);
    }

    /** Runs every task now, as a tick does (on the JavaFX thread). */
    public void tickNow() {
        tasks.forEach(Runnable::run);
    }

    /** No more ticks (the app's context is closing); from any thread. */
    public void stop() {
        tasks.clear();
        Timeline t = timeline;
        if (t == null) {
            return;
        }
        if (Platform.isFxApplicationThread()) {
            t.stop();
        } else {
            try {
                Platform.runLater(t::stop);
            } catch (IllegalStateException e) {
                // The toolkit has ended, and its timers with it.
            }
        }
    }
}
