package com.counseldesk.bench;

import com.counseldesk.common.db.Database;
import com.counseldesk.sample.SampleOffice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The office of 200,000 households every benchmark runs on, made by the demo generator once per
 * run (timed: {@code demo_create_200k_families}) in a temp folder that is deleted when the run ends.
 * With {@code -Dbench.office=PATH} the file at PATH is used instead, and made there first when it
 * does not exist; it is kept, so that a later run (say, of one benchmark) skips the minute it takes.
 *
 * <p>A benchmark opens the file in its {@code @BeforeAll} and closes it in its {@code @AfterAll}:
 * one JVM holds it once, and a benchmark that starts the app in another process needs it closed.
 * {@link RegistrationBench}, {@link StartupBench}, {@link SearchBench} and {@link SearchHeapBench}
 * all run on this same file.
 */
final class BenchOffice {
    static final int HOUSEHOLDS = 200_000;
    private static final long SEED = 1L;
    private static Path file;
    private static Path folder;

    private BenchOffice() {
    }

    /** The office file, made on first use. */
    static synchronized Path file() {
        if (file == null) {
            String given = System.getProperty("bench.office", "");
            folder = temporaryFolder();
            file = given.isBlank() ? folder.resolve("office.db") : Path.of(given).toAbsolutePath();
            if (!Files.exists(file)) {
                create(file);
            }
        }
        return file;
    }

    static Database open() {
        return Database.open(file());
    }

    /** A folder for the run's other files (the app's logs), deleted when the run ends. */
    static synchronized Path folder() {
        file();
        return folder;
    }

    private static void create(Path target) {
        try (Database db = Database.open(target)) {
            long start = System.nanoTime();
            new SampleOffice(db, Clock.systemDefaultZone(), SEED).create(HOUSEHOLDS);
            Figures.bench("demo_create_200k_families", Figures.msSince(start), "ms");
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("counseldesk-bench");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e);
        }
    }
}
