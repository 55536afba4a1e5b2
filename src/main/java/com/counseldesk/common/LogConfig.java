package com.counseldesk.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * How the app logs, set up in code: logback finds this class through {@code META-INF/services}
 * before it looks for a {@code logback.xml}. Reading an XML configuration (Joran, an XML parser and
 * some 500 classes) cost about half a second of every start, on the way to the first window, since
 * the database's first connection already logs.
 *
 * <p>The log file is {@code counseldesk.log} in the folder named by {@value #LOG_DIR_PROPERTY} (the
 * launcher sets it to {@code logs} in the data folder; without it {@code ~/.counseldesk-logs}),
 * started afresh each day and at 5 MB, the old ones kept 30 days and 100 MB in all. The same lines
 * go to the console. INFO and up; Flyway only its warnings.
 *
 * <p>A {@code logback-test.xml} on the class path (the tests') or a file named by
 * {@code -Dlogback.configurationFile} is left to logback, which reads it as before.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfig extends ContextAwareBase implements Configurator {
    public static final String LOG_DIR_PROPERTY = "counseldesk.logdir";
    public static final String FILE_NAME = "counseldesk.log";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";

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
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
