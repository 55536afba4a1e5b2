package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The monthly workbook of the 200,000-household office's busiest month ({@link BenchOffice}), written
 * in a JVM whose heap is capped at 128 MB, beside the floor of the same detail rows dumped bare to CSV
 * over JDBC: {@code report_ms}, {@code report_floor_ms}, their ratio {@code report_vs_floor} (goal ≤ 3),
 * {@code report_peak_heap_mb} (goal ≤ 128), the rows and columns; then an export cancelled half-way and
 * one failing half-way: {@code report_files_left} and {@code report_poi_temp_left} must be 0.
 */
@Tag("bench")
class ReportBench {
    private static final int HEAP_MB = 128;

    @Test
    void theMonthlyWorkbookOfABusyMonth() {
        Map<String, Long> run = ChildJvm.report(BenchOffice.file(), HEAP_MB);
        Figures.bench("report_detail_rows", run.get("REPORT_ROWS"), "rows", 0);
        Figures.bench("report_detail_columns_max", run.get("REPORT_COLUMNS"), "columns", 0);
        Figures.bench("report_ms", run.get("REPORT_MS"), "ms", 0);
        Figures.bench("report_floor_ms", run.get("REPORT_FLOOR_MS"), "ms", 0);
        double ratio = (double) run.get("REPORT_MS") / Math.max(1, run.get("REPORT_FLOOR_MS"));
        Figures.bench("report_vs_floor", ratio, "x", 2);
        Figures.bench("report_peak_heap_mb", run.get("REPORT_PEAK_HEAP_MB"), "MB", 0);
        Figures.bench("report_xlsx_kb", run.get("REPORT_XLSX_KB"), "KB", 0);
        Figures.bench("report_files_left", run.get("REPORT_FILES_LEFT"), "files", 0);
        Figures.bench("report_poi_temp_left", run.get("REPORT_POI_TEMP_LEFT"), "files", 0);
        assertEquals(0, run.get("REPORT_FILES_LEFT"), "a cancelled or failed export leaves no file");
        assertEquals(0, run.get("REPORT_POI_TEMP_LEFT"), "nor POI's temporary files");
        assertTrue(!run.containsKey("REPORT_STOP_FAILED_TO_STOP"), "the exports stopped half-way did stop");
    }
}
