package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.app.App;
import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyCard;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.WalkInBuilder;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.RegistrationService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the foundation issue asks for, on an office of 200,000 families made by the demo
 * generator: creating it, finding a family by phone, suggesting by prefix, registering a visit,
 * and the time from JVM start to the first window. Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationBench {
    private static final int FAMILIES = 200_000;
    private static final int LOOKUPS = 2_000;
    private static final int REGISTRATIONS = 200;

    @TempDir
    static Path dir;
    private Database db;
    private RegistrationService registration;
    private Path file;

    @BeforeAll
    void createOffice() {
        file = dir.resolve("bench.db");
        db = Database.open(file);
        long start = System.nanoTime();
        new SampleOffice(db, Clock.systemDefaultZone(), 1L).create(FAMILIES);
        bench("demo_create_200k_families", ms(start), "ms");
        registration = new RegistrationService(db, Clock.systemDefaultZone());
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void findFamilyByPhone() {
        Random random = new Random(7);
        long[] nanos = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String typed = spaced(SampleOffice.phone(random.nextInt(FAMILIES)));
            long start = System.nanoTime();
            Optional<FamilyCard> card = registration.findByPhone(Phone.parse(typed));
            nanos[i] = System.nanoTime() - start;
            assertTrue(card.isPresent(), typed);
        }
        bench("find_family_by_phone_200k_median", median(nanos) / 1_000.0, "us");
        bench("find_family_by_phone_200k_p99", percentile(nanos, 99) / 1_000.0, "us");
    }

    @Test
    void suggestByPrefix() {
        Random random = new Random(11);
        long[] nanos = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String prefix = SampleOffice.phone(random.nextInt(FAMILIES)).substring(0, 7);
            long start = System.nanoTime();
            List<FamilyCard> found = registration.suggest(prefix);
            nanos[i] = System.nanoTime() - start;
            assertTrue(!found.isEmpty(), prefix);
        }
        bench("suggest_by_7_digit_prefix_200k_median", median(nanos) / 1_000.0, "us");
    }

    @Test
    void registerWalkIns() {
        List<Staff> counselors = new OfficeService(db, Clock.systemDefaultZone()).counselors();
        long[] nanos = new long[REGISTRATIONS];
        List<Registration> done = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            boolean returning = i % 2 == 0;
            String phone = returning ? SampleOffice.phone(i * 97) : "199" + String.format("%08d", i);
            var walkIn = WalkInBuilder.aWalkIn().phone(phone).channel(Channel.DIRECT)
                    .counselor(counselors.get(i % counselors.size()).id()).build();
            long start = System.nanoTime();
            done.add(registration.registerWalkIn(walkIn, null));
            nanos[i] = System.nanoTime() - start;
        }
        assertEquals(REGISTRATIONS / 2, done.stream().filter(Registration::newFamily).count());
        bench("register_walk_in_200k_median", median(nanos) / 1_000_000.0, "ms");
        bench("register_walk_in_200k_p99", percentile(nanos, 99) / 1_000_000.0, "ms");
    }

    @Test
    void startupToFirstWindow() throws Exception {
        db.close();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = startOnce();
        }
        db = Database.open(file);
        registration = new RegistrationService(db, Clock.systemDefaultZone());
        bench("startup_to_first_window_headless_median", median(ms), "ms");
    }

    /** Starts the app in a new JVM on the 200k office (headless platform) and reads its start-up time. */
    private long startOnce() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-D" + App.EXIT_AFTER_SHOWN + "=true", "-Dcounseldesk.logdir=" + dir.resolve("logs"),
                "com.counseldesk.Launcher", "--db", file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        long result = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("STARTUP_MS ")) {
                    result = Long.parseLong(line.substring("STARTUP_MS ".length()).trim());
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "app did not exit");
        assertTrue(result > 0, "app printed no start-up time");
        return result;
    }

    private static String spaced(String mobile) {
        return mobile.substring(0, 3) + " " + mobile.substring(3, 7) + "-" + mobile.substring(7);
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static long median(long[] values) {
        return percentile(values, 50);
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static void bench(String name, double value, String unit) {
        System.out.printf("BENCH %s %.1f %s%n", name, value, unit);
    }
}
