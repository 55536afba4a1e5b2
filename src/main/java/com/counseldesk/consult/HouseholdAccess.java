package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link Access}'s rule inside a transaction: the person at this PC and the household's owner are
 * read there, so a person deactivated or a household given to another counselor a moment ago is
 * judged as it is now.
 */
final class HouseholdAccess {
    private final FamilyService families;
    private final OfficeService office;

    HouseholdAccess(FamilyService families, OfficeService office) {
        this.families = families;
        this.office = office;
    }

    /** The person with this id as stored now, or null. */
    Staff actor(Handle h, long actorId) {
        return office.staff(h, actorId).orElse(null);
    }

    /** The household, when {@code actorId} reads its records; else the refusal. */
    HouseholdCard require(Handle h, long actorId, long householdId) {
        HouseholdCard card = families.in(h).card(householdId)
                .orElseThrow(() -> new ValidationException("household", "error.household.unknown"));
        Access.require(actor(h, actorId), card.household().ownerId());
        return card;
    }

    /** The household, when {@code actorId} reads its records; else empty (a missing household too). */
    Optional<HouseholdCard> readable(Handle h, long actorId, long householdId) {
        Staff who = actor(h, actorId);
        return families.in(h).card(householdId).filter(c -> Access.readsInFull(who, c.household().ownerId()));
    }
}
