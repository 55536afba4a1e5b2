package com.counseldesk.app;

import com.counseldesk.common.db.ConnectionSettings;
import com.counseldesk.common.db.PcMemory;

/**
 * What choosing the office's database needs: where this user's choice is kept, and whether the
 * command line or the environment named the database (a saved choice then waits until they do not).
 */
public record DbSettings(ConnectionSettings settings, boolean overridden) {
    /** What this PC remembers (who signed in last, the window's place), kept in the same folder as the choice. */
    public PcMemory memory() {
        return PcMemory.beside(settings);
    }
}
