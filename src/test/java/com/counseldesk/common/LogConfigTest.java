package com.counseldesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
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

    /** An event as the app logs one, with or without what was thrown. */
    private static LoggingEvent event(LoggerContext context, String logger, Level level, String message,
            Throwable thrown, Object... args) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger(logger), level, message,
                thrown, args);
        event.setThreadName("JavaFX Application Thread");
        return event;
    }

    private static String asPatternLayoutWrites(LoggerContext context, String pattern, LoggingEvent event) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        return layout.doLayout(event);
    }

    @Test
    void aLineReadsAsLogbacksPatternWouldWriteIt() {
        LoggerContext context = context();
        IllegalStateException thrown = new IllegalStateException("no such table: staff",
                new java.sql.SQLException("[SQLITE_ERROR] SQL error"));
        List<LoggingEvent> events = List.of(
                event(context, "com.counseldesk.common.db.Database", Level.INFO, "Opened database {}", null,
                        "/home/office/counseldesk.db"),
                event(context, "com.counseldesk.app.App", Level.WARN, "短 {} ms", null, 700),
                event(context, "org.flywaydb.core.internal.command.DbMigrate", Level.ERROR, "Migration failed", thrown),
                event(context, "X", Level.DEBUG, "", null));

        for (LoggingEvent e : events) {
            assertEquals(asPatternLayoutWrites(context, LogConfig.FILE_PATTERN, e),
                    new LogConfig.Line("yyyy-MM-dd HH:mm:ss.SSS", true).doLayout(e));
            assertEquals(asPatternLayoutWrites(context, LogConfig.CONSOLE_PATTERN, e),
                    new LogConfig.Line("HH:mm:ss.SSS", false).doLayout(e));
        }
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
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String output = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stdout + output);
        assertTrue(stdout.startsWith("Created the sample office"), stdout);
        assertFalse(stdout.contains("INFO"), "a command's output holds no log lines: " + stdout);

        String log = Files.readString(logs.resolve("counseldesk.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("INFO  [main] c.c.common.db.Database - Opened database " + dir.resolve("office.db")),
                log);
        assertTrue(output.contains("INFO  c.c.common.db.Database - Opened database"), "and on the console's error stream: "
                + output);
        assertFalse(log.contains("DEBUG"), log);
    }
}
