package com.counseldesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import com.counseldesk.Launcher;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class LogConfigTest {
    @TempDir
    Path dir;

    /** A logger context of its own, as logback makes one for the app. */
    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private static List<String> appenders(LoggerContext context) {
        List<String> names = new ArrayList<>();
        Iterator<Appender<ILoggingEvent>> it = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        it.forEachRemaining(a -> names.add(a.getName()));
        return names;
    }

    @Test
    void linesOfInfoAndUpGoToTheLogFileAndFlywaySaysOnlyWarnings() throws Exception {
        LoggerContext context = context();
        LogConfig.configure(context, dir);

        context.getLogger("com.counseldesk.app.App").info("First window shown {} ms", 700);
        context.getLogger("com.counseldesk.app.App").debug("not this");
        context.getLogger("org.flywaydb.core.FlywayExecutor").info("nor this");
        context.getLogger("org.flywaydb.core.FlywayExecutor").warn("but this");
        context.stop();

        List<String> lines = Files.readAllLines(dir.resolve("counseldesk.log"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+\\]"
                + " com\\.counseldesk\\.app\\.App - First window shown 700 ms"), lines.get(0));
        assertTrue(lines.get(1).contains("WARN ") && lines.get(1).endsWith(" - but this"), lines.get(1));
    }

    @Test
    void theFileRollsOverDailyAndAt5MbKeeping30DaysAnd100MbInAll() {
        LoggerContext context = context();
        LogConfig.configure(context, dir);

        assertEquals(List.of("FILE", "CONSOLE"), appenders(context));
        RollingFileAppender<ILoggingEvent> file = (RollingFileAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy =
                (SizeAndTimeBasedRollingPolicy<ILoggingEvent>) file.getRollingPolicy();
        assertEquals(dir.resolve("counseldesk.log").toString(), file.getFile());
        assertEquals(dir.resolve("counseldesk.%d{yyyy-MM-dd}.%i.log").toString(), policy.getFileNamePattern());
        assertEquals(30, policy.getMaxHistory());
        context.stop();
    }

    @Test
    void aTestConfigurationOnTheClassPathIsLeftToLogback() {
        LoggerContext context = context();
        LogConfig config = new LogConfig();
        config.setContext(context);

        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, config.configure(context), "logback-test.xml is here");
        assertEquals(List.of(), appenders(context));
    }

    @Test
    void theAppAsInstalledLogsToTheFolderTheLauncherNames() throws Exception {
        Path logs = dir.resolve("logs");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-D" + Launcher.LOG_DIR_PROPERTY + "=" + logs, Launcher.class.getName(),
                "demo", "--db", dir.resolve("office.db").toString(), "--families", "0")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);

        String log = Files.readString(logs.resolve("counseldesk.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("INFO  [main] c.c.common.db.Database - Opened database " + dir.resolve("office.db")),
                log);
        assertTrue(output.contains("INFO  c.c.common.db.Database - Opened database"), "and on the console: "
                + output);
        assertFalse(log.contains("DEBUG"), log);
    }
}
