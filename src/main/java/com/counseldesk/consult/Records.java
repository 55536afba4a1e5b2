package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import org.jdbi.v3.core.Handle;

/**
 * {@link Access} applied inside a transaction: the person at this PC as the store knows them now (one
 * deactivated since they chose their name reads nothing), and the household whose records they ask
 * for. A household whose owner has left counts as nobody's, as under the ownership rule.
 */
final class Records {
    private final FamilyService families;
    private final OfficeService office;

    Records(FamilyService families, OfficeService office) {
        this.families = families;
        this.office = office;
    }

    /** {@code who} as stored now, or null when unknown. */
    Staff actor(Handle h, Staff who) {
        return who == null ? null : office.staff(h, who.id()).orElse(null);
    }

    /** The household, when {@code actor} reads its consultation records in full; refused otherwise. */
    HouseholdCard household(Handle h, Staff actor, long householdId) {
        HouseholdCard card = families.in(h).card(householdId)
                .orElseThrow(() -> new ValidationException("household", "error.household.unknown"));
        Access.require(actor, card.activeOwnerId());
        return card;
    }

    /** The household as it is now, once access was checked. */
    HouseholdCard card(Handle h, long householdId) {
        return families.in(h).card(householdId).orElseThrow();
    }

    /** Whether {@code actor} reads the household's records in full (false for an unknown household). */
    boolean reads(Handle h, Staff actor, long householdId) {
        return families.in(h).card(householdId).map(c -> Access.readsInFull(actor, c.activeOwnerId()))
                .orElse(false);
    }
}
