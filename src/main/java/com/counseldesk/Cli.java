package com.counseldesk;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line (picocli): with no sub-command the desktop app starts; each sub-command runs
 * headless, says what went wrong on the error stream and ends with exit code 0 on success, 1 when
 * the work failed or was refused, 2 for a usage mistake — so that a scheduled task can tell.
 */
@Command(name = "counseldesk", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Front office of a tutoring school's counseling office.",
                "With no command the desktop app starts; the commands below run without a window."},
        footer = {"", "The database defaults to $COUNSELDESK_DB, else the one chosen in the app, else the file"
                + " in the user's data folder.", "`counseldesk COMMAND --help` tells a command's options."})
final class Cli implements Callable<Integer> {
    /** What {@link #call} returns when no command was given: the launcher starts the desktop app. */
    static final int DESKTOP = -1;

    @Option(names = "--db", paramLabel = "PATH", description = "the office's database file or server address")
    String db;

    /** The streams and the clock the commands work with (tests give their own). */
    record Io(PrintStream out, PrintStream err, Clock clock) {
    }

    @Override
    public Integer call() {
        return DESKTOP;
    }

    /** The whole command line, writing to {@code io}'s streams. */
    static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand(new DemoCommand(io));
        cl.addSubcommand(new FindCommand(io));
        cl.addSubcommand(new MigrateCommand(io));
        cl.addSubcommand(new ReportCommand(io));
        cl.addSubcommand(new ImportCommand(io));
        cl.setOut(new PrintWriter(io.out(), true));
        cl.setErr(new PrintWriter(io.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs one command line and returns its exit code (never {@link #DESKTOP}: no command is a usage mistake). */
    static int execute(Io io, String... args) {
        CommandLine cl = commandLine(io);
        int code = cl.execute(args);
        if (code == DESKTOP) {
            io.err().println("Name a command.");
            cl.usage(io.err());
            return CommandLine.ExitCode.USAGE;
        }
        return code;
    }

    /** The {@code --db} given to the command line or its sub-command, when it can be read at all. */
    static Optional<String> dbOption(String[] args) {
        try {
            CommandLine.ParseResult result = commandLine(new Io(System.out, System.err, Clock.systemDefaultZone()))
                    .parseArgs(args);
            while (result != null) {
                if (result.hasMatchedOption("--db")) {
                    return Optional.ofNullable(result.matchedOptionValue("--db", (String) null));
                }
                result = result.subcommand();
            }
        } catch (CommandLine.ParameterException e) {
            // Said when the command runs.
        }
        return Optional.empty();
    }

    /** True when the command line names a command (rather than starting the desktop app). */
    static boolean namesACommand(String[] args) {
        try {
            return commandLine(new Io(System.out, System.err, Clock.systemDefaultZone())).parseArgs(args)
                    .hasSubcommand();
        } catch (CommandLine.ParameterException e) {
            return true;
        }
    }

    /** The version from the jar's manifest ("development" when run from the classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"CounselDesk " + (v == null ? "development" : v)};
        }
    }
}
