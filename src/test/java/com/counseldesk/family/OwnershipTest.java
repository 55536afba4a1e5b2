package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OwnershipTest {
    private static final long LI_MING = 3;
    private static final long ZHANG_WEI = 4;

    @Test
    void aNewFamilyBelongsToTheCounselorAtTheDesk() {
        assertEquals(LI_MING, Ownership.ownerFor(null, LI_MING));
        assertFalse(Ownership.isTakeOver(null, LI_MING));
    }

    @Test
    void anOwnedFamilyKeepsItsOwnerWhoeverReceivesIt() {
        assertEquals(LI_MING, Ownership.ownerFor(LI_MING, ZHANG_WEI));
        assertTrue(Ownership.isTakeOver(LI_MING, ZHANG_WEI));
    }

    @Test
    void theOwnerReceivingTheirOwnFamilyIsNoTakeOver() {
        assertEquals(LI_MING, Ownership.ownerFor(LI_MING, LI_MING));
        assertFalse(Ownership.isTakeOver(LI_MING, LI_MING));
    }

    @Test
    void largeIdsCompareByValue() {
        Long owner = Long.valueOf(100_000L);

        assertFalse(Ownership.isTakeOver(owner, 100_000L));
        assertTrue(Ownership.isTakeOver(owner, 100_001L));
        assertEquals(100_000L, Ownership.ownerFor(owner, 100_001L));
    }
}
