package com.counseldesk.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.db.Database;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.V1Office;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office that was working before the client types came has them after its upgrade, as a new office does. */
@SqliteOnly
class BuiltinTypesUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradedOfficeHasTheFourTypes() {
        Path file = dir.resolve("v1.db");
        V1Office.create(file);

        try (Database db = Database.open(file)) {
            assertEquals(List.of("HESITANT 犹豫不决型", "INTROVERTED 内向型", "SUSPICIOUS 猜忌型", "TIMID 胆怯型"),
                    db.read(h -> h.createQuery("SELECT builtin || ' ' || name FROM client_tag ORDER BY id")
                            .mapTo(String.class).list()));
            assertEquals(0L, (long) db.read(h -> h.createQuery("SELECT COUNT(*) FROM household_tag")
                    .mapTo(Long.class).one()));
        }
    }
}
