package com.counseldesk.bench;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The app's time from JVM start to its first window on the 200,000-household file, against a bare
 * JavaFX window ({@link BareWindow}) started the same way: same java, JavaFX jars and options. The
 * two alternate, so that whatever else the machine does weighs on both; one start of each first
 * is not counted (it fills the file cache).
 */
@Tag("bench")
class StartupBench {
    private static final int RUNS = 7;

    @Test
    void appAgainstABareWindow() {
        ChildJvm.app(BenchOffice.file());
        ChildJvm.bareWindow();
        long[] app = new long[RUNS];
        long[] bare = new long[RUNS];
        long[] appHeap = new long[RUNS];
        long[] bareHeap = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Map<String, Long> a = ChildJvm.app(BenchOffice.file());
            Map<String, Long> b = ChildJvm.bareWindow();
            app[i] = a.get("STARTUP_MS");
            bare[i] = b.get("STARTUP_MS");
            appHeap[i] = a.getOrDefault("HEAP_MB", -1L);
            bareHeap[i] = b.getOrDefault("HEAP_MB", -1L);
        }
        long appMedian = Figures.median(app);
        long bareMedian = Figures.median(bare);
        Figures.bench("startup_app_median", appMedian, "ms");
        Figures.bench("startup_bare_median", bareMedian, "ms");
        Figures.bench("startup_ratio", (double) appMedian / bareMedian, "x", 2);
        Figures.bench("startup_app_heap_after_gc_median", Figures.median(appHeap), "MB");
        Figures.bench("startup_bare_heap_after_gc_median", Figures.median(bareHeap), "MB");
        System.out.printf("startup runs (ms): app %s, bare %s%n", Arrays.toString(app),
                Arrays.toString(bare));
    }
}
