package com.counseldesk.report;

import com.counseldesk.common.db.Database;
import java.nio.file.Path;

/** The hand-built October of {@link HandBuiltMonth}, for the tests of the report's screens in other packages. */
public final class HandBuiltMonthAccess {
    private HandBuiltMonthAccess() {
    }

    public static Database open(Path folder) {
        return HandBuiltMonth.open(folder);
    }
}
