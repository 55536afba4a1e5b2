package com.counseldesk.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffDaoTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    @TempDir
    Path dir;
    private TestOffice office;
    private Handle handle;
    private StaffDao staff;

    @BeforeEach
    void open() {
        office = TestOffice.empty(dir);
        handle = office.db.openHandle();
        staff = handle.attach(StaffDao.class);
    }

    @AfterEach
    void close() {
        handle.close();
        office.close();
    }

    @Test
    void staffAreListedInTheOrderTheyWereAdded() {
        long wang = staff.insert("王芳", Role.FRONT_DESK, NOW);
        long zhao = staff.insert("赵丽", Role.MANAGER, NOW);
        long anna = staff.insert("Anna-Lena O'Brien", Role.COUNSELOR, NOW);

        assertEquals(List.of(new Staff(wang, "王芳", Role.FRONT_DESK, true), new Staff(zhao, "赵丽", Role.MANAGER, true),
                new Staff(anna, "Anna-Lena O'Brien", Role.COUNSELOR, true)), staff.listActive());
        assertEquals(3, staff.count());
    }

    @Test
    void inactiveStaffAreFoundButNotListed() {
        long li = staff.insert("李明", Role.COUNSELOR, NOW);
        long zhang = staff.insert("张伟", Role.COUNSELOR, NOW);
        handle.execute("UPDATE staff SET active = 0 WHERE id = ?", li);

        assertEquals(List.of(zhang), staff.listActive().stream().map(Staff::id).toList());
        Staff former = staff.findById(li).orElseThrow();
        assertEquals("李明", former.name());
        assertFalse(former.active());
        assertEquals(2, staff.count());
    }

    @Test
    void anUnknownIdFindsNobody() {
        assertTrue(staff.findById(42).isEmpty());
        assertEquals(0, staff.count());
    }
}
