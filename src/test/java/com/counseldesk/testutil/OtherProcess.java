package com.counseldesk.testutil;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A second copy of the app in a process of its own: it tries to open a database and says what happened.
 * File locks only keep other processes out, so this is how a test sees what a second app would see.
 */
public final class OtherProcess {
    public static final String OPENED = "OPENED";

    private OtherProcess() {
    }

    /** Runs in the child process: prints OPENED, or the reason the database was refused. */
    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println(OPENED);
        } catch (DatabaseException e) {
            System.out.println(e.reason());
        }
    }

    /** Tries to open the database from another JVM; returns OPENED or the DatabaseException reason. */
    public static String tryOpen(Path db) throws IOException, InterruptedException {
        return run(System.getProperty("java.class.path"), db);
    }

    /**
     * The same with the jars whose file name starts with {@code jar} left off the class path: what
     * opening does without that library (a missing class ends the process without saying OPENED).
     */
    public static String tryOpenWithout(String jar, Path db) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith(jar))
                .collect(Collectors.joining(File.pathSeparator));
        return run(classPath, db);
    }

    private static String run(String classPath, Path db) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath,
                OtherProcess.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("The other process did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return out.lines().reduce((a, b) -> b).orElse("(no output, exit code " + p.exitValue() + ")");
    }
}
