package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.ui.HistoryText;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.V1Office;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V1 let two families share a switchboard number with different extensions (or one with and one
 * without); a number now belongs to one household. The upgrade must neither fail nor lose a row:
 * the earlier family keeps the number, the later one keeps it inactive, and its history says why.
 */
@SqliteOnly
class UpgradeSharedNumberTest {
    @TempDir
    Path dir;

    @Test
    void theEarlierFamilyKeepsASharedNumberAndTheLaterOnesCopyIsStoppedWithItsReason() {
        Path file = dir.resolve("office.db");
        V1Office.createSchema(file);
        try (Handle h = Jdbi.open("jdbc:sqlite:" + file.toAbsolutePath())) {
            h.execute("INSERT INTO settings (setting_key, setting_value) VALUES ('office.name', '望京校区')");
            h.execute("INSERT INTO staff (id, name, role, active, created_at) VALUES"
                    + " (1, '李明', 'COUNSELOR', 1, '2024-09-01T09:00:00')");
            String family = "INSERT INTO family (id, student_name, phone, channel, owner_id, created_at)"
                    + " VALUES (?, ?, ?, 'DIRECT', 1, '2025-03-01T10:00:00')";
            h.execute(family, 1, "张子涵", "01062345678#12");
            h.execute(family, 2, "李浩然", "01062345678#34");
            h.execute(family, 3, "王一诺", "01062345678");
            h.execute(family, 4, "赵思琪", "01062345679");
        }

        try (Database db = Database.open(file)) {
            FamilyService families = new FamilyService(db, TestClock.morning());

            assertEquals(1, families.findByPhone(Phone.parse("010 6234 5678")).orElseThrow().id());
            assertEquals(1, families.findByPhone(Phone.parse("010 6234 5678 转 34")).orElseThrow().id());
            assertEquals(4, families.findByPhone(Phone.parse("010 6234 5679")).orElseThrow().id());
            List<Integer> active = db.read(h -> h.createQuery("SELECT active FROM phone ORDER BY household_id")
                    .mapTo(Integer.class).list());
            assertEquals(List.of(1, 0, 0, 1), active, "every family keeps its row; only the first number is active");
            int households = db.read(h -> h.createQuery("SELECT COUNT(*) FROM household").mapTo(Integer.class).one());
            assertEquals(4, households);

            Change stopped = families.history(2).get(0);
            assertEquals("phone", stopped.entity());
            assertEquals("removed", stopped.field());
            assertEquals("01062345678", stopped.before());
            assertNull(stopped.after());
            assertEquals(HistoryText.SHARED_NUMBER, stopped.reason());
            assertEquals(List.of(), families.history(1));
        }
    }
}
