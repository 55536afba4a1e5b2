package com.counseldesk.bench;

import java.util.Arrays;

/** The benchmarks' arithmetic and output: each figure is one line {@code BENCH <name> <value> <unit>}. */
final class Figures {
    private Figures() {
    }

    static void bench(String name, double value, String unit) {
        bench(name, value, unit, 1);
    }

    static void bench(String name, double value, String unit, int decimals) {
        System.out.printf("BENCH %s %." + decimals + "f %s%n", name, value, unit);
    }

    /** {@code <name>_p50} and {@code <name>_p95} of these durations, in ms. */
    static void percentiles(String name, long[] nanos) {
        bench(name + "_p50", ms(median(nanos)), "ms", 2);
        bench(name + "_p95", ms(percentile(nanos, 95)), "ms", 2);
    }

    static long median(long[] values) {
        return percentile(values, 50);
    }

    /** The value below which {@code p} percent of the values lie (nearest rank). */
    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    static double us(long nanos) {
        return nanos / 1_000.0;
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
