package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.Launcher;
import com.counseldesk.app.App;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A JavaFX main class started in a new JVM: this JVM's java and class path, JavaFX on Monocle's
 * headless platform with software rendering (as the headless tests run), and
 * {@code counseldesk.exitAfterShown}, so that the app prints {@code STARTUP_MS} and {@code HEAP_MB}
 * once its first window is shown and exits. Returns the lines the child printed as
 * {@code NAME number}, as name → number.
 */
final class ChildJvm {
    private static final long TIMEOUT_S = 600;

    private ChildJvm() {
    }

    /** The app on this database file. Its class path leaves out the test classes: it logs as installed. */
    static Map<String, Long> app(Path db) {
        return run("STARTUP_MS", withoutTestClasses(), List.of(), Launcher.class.getName(), "--db", db.toString());
    }

    /** {@link BareWindow}: a stage with one label. */
    static Map<String, Long> bareWindow() {
        return run("STARTUP_MS", System.getProperty("java.class.path"), List.of(), BareWindow.class.getName());
    }

    /**
     * {@link SearchListProbe} on this database file: the heap with the desk open and with the search
     * list open. It needs the test classes; it logs with the app's own configuration.
     */
    static Map<String, Long> searchList(Path db) {
        return run("SEARCH_HEAP_KB", System.getProperty("java.class.path"),
                List.of("-Dlogback.configurationFile=logback.xml"), SearchListProbe.class.getName(), db.toString());
    }

    /**
     * {@code report.ReportProbe} on this database file, in a heap of {@code heapMb}: the monthly workbook of
     * the office's busiest month beside its floor, and what a cancelled and a failed export leave.
     */
    static Map<String, Long> report(Path db, int heapMb) {
        return run("REPORT_MS", System.getProperty("java.class.path"),
                List.of("-Xmx" + heapMb + "m", "-Dlogback.configurationFile=logback.xml"),
                "com.counseldesk.report.ReportProbe", db.toString());
    }

    /** Runs the main class; {@code expected} names a figure it must print. */
    private static Map<String, Long> run(String expected, String classPath, List<String> options, String mainClass,
            String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-D" + App.EXIT_AFTER_SHOWN + "=true",
                "-D" + Launcher.LOG_DIR_PROPERTY + "=" + BenchOffice.folder().resolve("logs")));
        command.addAll(options);
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(output::add);
            }
            assertTrue(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS), mainClass + " did not exit");
            assertEquals(0, p.exitValue(), () -> mainClass + " failed:\n" + String.join("\n", output));
            Map<String, Long> figures = new HashMap<>();
            for (String line : output) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && parts[0].matches("[A-Z_]+") && parts[1].matches("\\d+")) {
                    figures.put(parts[0], Long.parseLong(parts[1]));
                }
            }
            assertTrue(figures.containsKey(expected), () -> mainClass + " printed no " + expected + ":\n"
                    + String.join("\n", output));
            return figures;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String withoutTestClasses() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
