package com.counseldesk.bench;

import com.counseldesk.common.db.Database;
import org.junit.jupiter.api.Tag;

/** {@link RegistrationBench}'s figures on the PostgreSQL office ({@link BenchServer}), named with {@code _postgresql}. */
@Tag("bench")
class ServerRegistrationBench extends RegistrationBench {
    @Override
    protected Database office() {
        return BenchServer.open();
    }

    @Override
    protected String store() {
        return "_postgresql";
    }
}
