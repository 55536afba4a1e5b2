package com.counseldesk.common;

import java.util.concurrent.CancellationException;

/**
 * How far a long piece of work has come, and whether the person waiting for it gave up. The work
 * calls {@link #advance} as it goes and {@link #checkCancelled} between steps; a cancelled job stops
 * by throwing {@link CancellationException} and leaves nothing half-made behind.
 */
public interface Progress {
    /** For work nobody watches. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units; a total of 0 or less means "not known yet". */
    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work here when it was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
