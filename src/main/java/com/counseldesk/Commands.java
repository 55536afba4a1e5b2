package com.counseldesk;

import com.counseldesk.common.db.DataLocation;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.i18n.I18n;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine;

/** What the headless commands share: how a usage mistake and a refused database are said. */
final class Commands {
    private Commands() {
    }

    /** Says the mistake and the command's usage on the error stream; returns the usage exit code (2). */
    static int usageMistake(CommandLine.Model.CommandSpec spec, String message) {
        CommandLine cl = spec.commandLine();
        cl.getErr().println(message);
        cl.usage(cl.getErr());
        cl.getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }

    /** The database {@code --db} (or the environment, or the default) names; empty, said on {@code err}, when it is no address. */
    static Optional<DbAddress> address(Optional<String> db, PrintStream err) {
        try {
            return Optional.of(DataLocation.addressForThisMachine(db));
        } catch (IllegalArgumentException e) {
            err.println("--db: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A database that refused, in words; the cause's message for a failure. */
    static String message(DatabaseException e) {
        String text = new I18n(I18n.ENGLISH).t("db.error." + e.reason().name(), e.address().toString());
        return e.reason() == DatabaseException.Reason.FAILED && e.getCause() != null
                ? text + " (" + e.getCause().getMessage() + ")" : text;
    }

    /** Opens an office that must exist already (a file that is missing is not created). */
    static Database openExisting(DbAddress address, PrintStream err) {
        if (address instanceof DbAddress.File file && !java.nio.file.Files.exists(file.path())) {
            throw new Missing("No database at " + file);
        }
        return Database.open(address, () -> err.println(FindCommand.UPGRADING));
    }

    /** An office that is not there. */
    static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing(String message) {
            super(message);
        }
    }
}
