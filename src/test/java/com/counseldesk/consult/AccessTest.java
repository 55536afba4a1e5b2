package com.counseldesk.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import org.junit.jupiter.api.Test;

class AccessTest {
    private static final Staff MANAGER = new Staff(1, "赵丽", Role.MANAGER, true);
    private static final Staff LI_MING = new Staff(2, "李明", Role.COUNSELOR, true);
    private static final Staff ZHANG_WEI = new Staff(3, "张伟", Role.COUNSELOR, true);
    private static final Staff DESK = new Staff(4, "王芳", Role.FRONT_DESK, true);

    @Test
    void theOwnerAndManagersReadAHouseholdsRecordsOtherCounselorsAndTheDeskDoNot() {
        assertTrue(Access.readsInFull(LI_MING, 2L));
        assertTrue(Access.readsInFull(MANAGER, 2L));
        assertFalse(Access.readsInFull(ZHANG_WEI, 2L));
        assertFalse(Access.readsInFull(DESK, 2L));
    }

    @Test
    void aHouseholdNobodyOwnsIsOpenToEveryCounselor() {
        assertTrue(Access.readsInFull(ZHANG_WEI, null));
        assertFalse(Access.readsInFull(DESK, null));
    }

    @Test
    void aDeactivatedOwnerReadsNothing() {
        assertFalse(Access.readsInFull(new Staff(2, "李明", Role.COUNSELOR, false), 2L));
        assertFalse(Access.readsInFull(null, 2L));
    }

    @Test
    void aRefusalSaysWhy() {
        ValidationException e = assertThrows(ValidationException.class, () -> Access.require(ZHANG_WEI, 2L));
        assertEquals(Access.REFUSED, e.messageKey());
    }

    @Test
    void onlyAManagerKeepsTheLibrary() {
        assertTrue(Access.managesLibrary(MANAGER));
        assertFalse(Access.managesLibrary(LI_MING));
        assertFalse(Access.managesLibrary(DESK));
    }
}
