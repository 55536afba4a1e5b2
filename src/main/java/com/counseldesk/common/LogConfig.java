package com.counseldesk.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the app logs, set up in code: logback finds this class through {@code META-INF/services}
 * before it looks for a {@code logback.xml}. Reading an XML configuration (Joran, an XML parser and
 * some 500 classes) cost about half a second of every start, on the way to the first window, since
 * the database's first connection already logs.
 *
 * <p>The log file is {@code counseldesk.log} in the folder named by {@value #LOG_DIR_PROPERTY} (the
 * launcher sets it to {@code logs} in the data folder; without it {@code ~/.counseldesk-logs}),
 * started afresh each day and at 5 MB, the old ones kept 30 days and 100 MB in all. The same lines
 * go to the console's error stream. INFO and up; Flyway only its warnings. A line reads
 * {@code 2026-11-27 09:30:00.123 INFO  [main] c.c.common.db.Database - Opened database …} in the file
 * and {@code 09:30:00.123 INFO  c.c.common.db.Database - …} on the console (logback's patterns
 * {@value #FILE_PATTERN} and {@value #CONSOLE_PATTERN}, written by {@link Line} without logback's
 * pattern parser), a stack trace after its line.
 *
 * <p>A {@code logback-test.xml} on the class path (the tests') or a file named by
 * {@code -Dlogback.configurationFile} is left to logback, which reads it as before.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfig extends ContextAwareBase implements Configurator {
    public static final String LOG_DIR_PROPERTY = "counseldesk.logdir";
    public static final String FILE_NAME = "counseldesk.log";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null
                || LogConfig.class.getClassLoader().getResource(ContextInitializer.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, logFolder());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Path logFolder() {
        String dir = System.getProperty(LOG_DIR_PROPERTY);
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".counseldesk-logs");
    }

    /** The file and console appenders on the root logger, writing to {@code folder}. */
    static void configure(LoggerContext context, Path folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve(FILE_NAME).toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("counseldesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, new Line("yyyy-MM-dd HH:mm:ss.SSS", true)));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        // The error stream: what a command prints on its standard output (find's lines) stays clean for scripts.
        console.setTarget("System.err");
        console.setEncoder(encoder(context, new Line("HH:mm:ss.SSS", false)));
        console.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, Line line) {
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();
        return encoder;
    }

    /**
     * One event as a line: time, level padded to five, the thread in brackets (in the file), the
     * logger's name shortened to about 30 characters as logback does, the message; a stack trace
     * follows on lines of its own. Logback's pattern layout would do the same after parsing the
     * pattern and setting up its 60-odd converters, which the first window waited for.
     */
    static final class Line extends LayoutBase<ILoggingEvent> {
        private static final int LOGGER_LENGTH = 30;
        private static final int LEVEL_WIDTH = 5;
        private final DateTimeFormatter time;
        private final boolean withThread;
        private final TargetLengthBasedClassNameAbbreviator abbreviator =
                new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);

        Line(String timePattern, boolean withThread) {
            this.time = DateTimeFormatter.ofPattern(timePattern).withZone(ZoneId.systemDefault());
            this.withThread = withThread;
        }

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128);
            time.formatTo(Instant.ofEpochMilli(event.getTimeStamp()), line);
            String level = event.getLevel().toString();
            line.append(' ').append(level);
            for (int i = level.length(); i < LEVEL_WIDTH; i++) {
                line.append(' ');
            }
            if (withThread) {
                line.append(" [").append(event.getThreadName()).append(']');
            }
            line.append(' ').append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
                    .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown));
            }
            return line.toString();
        }
    }
}
