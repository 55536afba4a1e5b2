package com.counseldesk.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for what the user would see. Database work finishes on a worker thread and comes back to
 * the JavaFX thread later, so a test waits for the visible outcome, never for a fixed time.
 */
public final class Wait {
    /** Generous: a wait returns as soon as its condition holds, and a loaded CI machine is slow. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);

    private Wait() {
    }

    /** Waits until {@code condition} holds; fails naming {@code what}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + timeout.toMillis() + " ms for: " + what);
        }
    }

    /** Waits until {@code actual} gives {@code expected}; fails showing both values. */
    public static <T> void forValue(String what, T expected, Supplier<T> actual) {
        forValue(what, DEFAULT, expected, actual);
    }

    public static <T> void forValue(String what, Duration timeout, T expected, Supplier<T> actual) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> Objects.equals(expected, actual.get()));
        } catch (TimeoutException e) {
            assertEquals(expected, actual.get(), what + " (after waiting " + timeout.toMillis() + " ms)");
        }
    }
}
