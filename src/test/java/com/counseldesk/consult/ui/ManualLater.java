package com.counseldesk.consult.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Later} whose tasks run when the test says the time has come ({@link #elapse}). */
final class ManualLater implements Later {
    private final List<Runnable> pending = new ArrayList<>();
    private Duration lastDelay;

    @Override
    public Runnable after(Duration delay, Runnable task) {
        lastDelay = delay;
        pending.add(task);
        return () -> pending.remove(task);
    }

    /** The waiting tasks' time has come: they run. */
    void elapse() {
        List<Runnable> due = new ArrayList<>(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    int pending() {
        return pending.size();
    }

    Duration lastDelay() {
        return lastDelay;
    }
}
