package com.counseldesk;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import an old spreadsheet.")
final class ImportCommand implements Callable<Integer> {
    private final Cli.Io io;

    ImportCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.err().println("not yet");
        return 1;
    }
}
