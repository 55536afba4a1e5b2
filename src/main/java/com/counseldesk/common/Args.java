package com.counseldesk.common;

import java.util.List;
import java.util.Optional;

/** Reading an option from a command line, shared by the launcher and the desktop app. */
public final class Args {
    private Args() {
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}. */
    public static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i >= 0 && i + 1 < args.size()) {
            return Optional.of(args.get(i + 1));
        }
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst();
    }
}
