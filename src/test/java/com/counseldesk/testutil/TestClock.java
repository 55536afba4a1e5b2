package com.counseldesk.testutil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, in the office's zone (Asia/Shanghai). */
public final class TestClock extends Clock {
    public static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private Instant now;

    public TestClock(LocalDateTime start) {
        this.now = start.atZone(OFFICE).toInstant();
    }

    /** 2026-11-27 10:00 in the office. */
    public static TestClock morning() {
        return new TestClock(LocalDateTime.of(2026, 11, 27, 10, 0));
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Moves the clock to that wall-clock time in the office (forwards or backwards). */
    public void set(LocalDateTime t) {
        now = t.atZone(OFFICE).toInstant();
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, OFFICE);
    }

    @Override
    public ZoneId getZone() {
        return OFFICE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
