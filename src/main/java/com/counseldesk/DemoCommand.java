package com.counseldesk;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.sample.SampleOffice;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo --db PATH [--families N]}: creates the sample office in a new database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the sample office (staff, families, visits, calls, notes) in a database that holds none.")
final class DemoCommand implements Callable<Integer> {
    private final Cli.Io io;

    @Option(names = "--db", paramLabel = "PATH", description = "the database file (made if missing) or server")
    String db;

    @Option(names = "--families", paramLabel = "N", description = "how many families (default ${DEFAULT-VALUE})")
    int families = SampleOffice.DEFAULT_FAMILIES;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    DemoCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (db == null) {
            return Commands.usageMistake(spec, "demo needs --db PATH");
        }
        if (families < 0 || families > 5_000_000) {
            return Commands.usageMistake(spec, "--families must be between 0 and 5000000");
        }
        DbAddress address = Commands.address(Optional.of(db), io.err()).orElse(null);
        if (address == null) {
            return 2;
        }
        long start = System.nanoTime();
        try (Database database = Database.open(address, () -> { })) {
            new SampleOffice(database, io.clock(), 20261127L).create(families);
        } catch (DatabaseException e) {
            io.err().println("Cannot use " + e.address() + ": " + e.reason()
                    + (e.getCause() == null ? "" : " (" + e.getMessage() + ")"));
            return 1;
        } catch (IllegalStateException e) {
            io.err().println(address + ": " + e.getMessage());
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        io.out().printf("Created the sample office with %d families in %s (%d ms)%n", families, address, ms);
        return 0;
    }
}
