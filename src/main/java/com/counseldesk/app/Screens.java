package com.counseldesk.app;

import com.counseldesk.common.fx.Screen;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Makes the screens that open in tabs, each when first asked for (none at start-up). */
final class Screens {
    private Screens() {
    }

    static Screen search(Workspace ws, LongConsumer openFamily) {
        throw new UnsupportedOperationException("search screen not built yet");
    }

    static Optional<Screen> family(Workspace ws, long householdId) {
        return Optional.empty();
    }
}
