package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.family.Directory;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The app's heap on the 200,000-household file with the desk open (signed in, today's visitors
 * read) and then with the search list open on a common surname, its first page of 50 households
 * shown ({@link SearchListProbe}, in a JVM of its own): in use after a full GC, the median of three
 * starts, in MB. {@code heap_search_open_mb} less {@code heap_desk_mb} is what the open search holds.
 */
@Tag("bench")
class SearchHeapBench {
    private static final int RUNS = 3;

    @Test
    void heapWithTheSearchListOpen() {
        long[] desk = new long[RUNS];
        long[] search = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Map<String, Long> run = ChildJvm.searchList(BenchOffice.file());
            assertEquals(Directory.PAGE, run.get("SEARCH_ROWS"), "rows in the search list");
            desk[i] = run.get("DESK_HEAP_KB");
            search[i] = run.get("SEARCH_HEAP_KB");
        }
        Figures.bench("heap_desk_mb", Figures.median(desk) / 1024.0, "MB");
        Figures.bench("heap_search_open_mb", Figures.median(search) / 1024.0, "MB");
        System.out.printf("heap runs (KB): desk %s, search open %s%n", Arrays.toString(desk), Arrays.toString(search));
    }
}
