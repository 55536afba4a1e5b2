package com.counseldesk.report;

import com.counseldesk.common.Progress;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.I18n;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own by {@code ReportBench}, with the heap the bench allows: on an office file,
 * the month with the most detail rows; its workbook written (time, and the peak of the heap while it
 * was), beside the floor — the same detail queries dumped bare to CSV over JDBC — then an export
 * cancelled half-way and one that fails half-way, and what each left in the folder and in POI's
 * temporary folder. Prints {@code NAME number} lines.
 */
public final class ReportProbe {
    private ReportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Files.createTempDirectory("report-probe");
        try (Database db = Database.open(file)) {
            Month month = busiestMonth(db);
            long rows = db.read(h -> DetailSheets.rows(h, month));
            System.out.println("REPORT_MONTH " + (month.value().getYear() * 100 + month.value().getMonthValue()));
            System.out.println("REPORT_ROWS " + rows);
            System.out.println("REPORT_COLUMNS " + columns());
            floor(db, month, out.resolve("floor.csv"));
            long[] floor = new long[3];
            long[] book = new long[3];
            long peak = 0;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                floor(db, month, out.resolve("floor.csv"));
                floor[i] = System.nanoTime() - t;
                System.gc();
                HeapSampler sampler = new HeapSampler();
                t = System.nanoTime();
                MonthlyReport.write(db, month, out.resolve("report.xlsx"), Progress.NONE, new I18n(I18n.CHINESE));
                book[i] = System.nanoTime() - t;
                peak = Math.max(peak, sampler.stop());
            }
            System.out.println("REPORT_MS " + median(book) / 1_000_000);
            System.out.println("REPORT_FLOOR_MS " + median(floor) / 1_000_000);
            System.out.println("REPORT_PEAK_HEAP_MB " + peak / (1024 * 1024));
            System.out.println("REPORT_XLSX_KB " + Files.size(out.resolve("report.xlsx")) / 1024);
            Files.delete(out.resolve("floor.csv"));

            long poiBefore = poiFiles();
            stopHalfWay(db, month, out.resolve("cancelled.xlsx"), rows, false);
            stopHalfWay(db, month, out.resolve("failed.xlsx"), rows, true);
            try (Stream<Path> left = Files.list(out)) {
                System.out.println("REPORT_FILES_LEFT " + (left.count() - 1));
            }
            System.out.println("REPORT_POI_TEMP_LEFT " + (poiFiles() - poiBefore));
        } finally {
            try (Stream<Path> left = Files.walk(out)) {
                left.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The month of the office with the most detail rows. */
    static Month busiestMonth(Database db) {
        String last = db.read(h -> h.createQuery("SELECT MAX(arrived_at) FROM visit").mapTo(String.class).one());
        Month m = new Month(java.time.YearMonth.parse(last.substring(0, 7)));
        Month best = m;
        long most = -1;
        for (int i = 0; i < 13; i++, m = m.previous()) {
            Month month = m;
            long n = db.read(h -> DetailSheets.rows(h, month));
            if (n > most) {
                most = n;
                best = month;
            }
        }
        return best;
    }

    private static int columns() {
        int n = 0;
        for (Detail d : Detail.values()) {
            n = Math.max(n, d.columns.size());
        }
        return n;
    }

    /** The floor: the detail sheets' own queries, every value written as text to one CSV file. */
    private static void floor(Database db, Month month, Path csv) {
        db.readPlain(c -> {
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                for (Detail d : Detail.values()) {
                    dump(c, d, month, w);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void dump(Connection c, Detail d, Month month, BufferedWriter w)
            throws java.sql.SQLException, IOException {
        List<String> parts = new ArrayList<>();
        String sql = d.sql();
        StringBuilder jdbc = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(from|to)\\b").matcher(sql);
        while (m.find()) {
            parts.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement ps = c.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < parts.size(); i++) {
                ps.setString(i + 1, parts.get(i).equals("from") ? month.from() : month.to());
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        if (i > 1) {
                            w.write(',');
                        }
                        String v = rs.getString(i);
                        if (v != null) {
                            w.write('"');
                            w.write(v.replace("\"", "\"\""));
                            w.write('"');
                        }
                    }
                    w.write('\n');
                }
            }
        }
    }

    /** An export stopped half-way: cancelled, or failing (an error thrown from its progress). */
    private static void stopHalfWay(Database db, Month month, Path out, long rows, boolean fail) {
        Progress p = new Progress() {
            private long done;

            @Override
            public void update(long d, long total) {
                done = d;
                if (fail && total > 0 && d > total / 2) {
                    throw new IllegalStateException("disk full (simulated)");
                }
            }

            @Override
            public boolean isCancelled() {
                return !fail && done > rows / 2;
            }
        };
        try {
            MonthlyReport.write(db, month, out, p, new I18n(I18n.CHINESE));
            System.out.println("REPORT_STOP_FAILED_TO_STOP 1");
        } catch (RuntimeException expected) {
            // what a cancelled or failed export does
        }
    }

    /** The most heap in use at once, sampled every 5 ms while the workbook is written (in a heap capped by -Xmx). */
    private static final class HeapSampler {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap sampler");
            t.setDaemon(true);
            return t;
        });
        private volatile long peak;

        HeapSampler() {
            timer.scheduleAtFixedRate(() -> peak = Math.max(peak,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), 0, 5, TimeUnit.MILLISECONDS);
        }

        long stop() throws InterruptedException {
            timer.shutdown();
            timer.awaitTermination(1, TimeUnit.MINUTES);
            return peak;
        }
    }

    private static long poiFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
