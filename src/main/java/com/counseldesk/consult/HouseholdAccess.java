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
 * judged as it is now. A household whose owner has left counts as nobody's, as under the ownership rule.
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

    /** {@code who} as stored now, or null when unknown. */
    Staff actor(Handle h, Staff who) {
        return who == null ? null : actor(h, who.id());
    }

    /** The household, when {@code actorId} reads its records; else the refusal. */
    HouseholdCard require(Handle h, long actorId, long householdId) {
        return require(h, actor(h, actorId), householdId);
    }

    /** The household, when {@code actor} (as stored now) reads its records in full; else the refusal. */
    HouseholdCard require(Handle h, Staff actor, long householdId) {
        HouseholdCard card = card(h, householdId)
                .orElseThrow(() -> new ValidationException("household", "error.household.unknown"));
        Access.require(actor, card.activeOwnerId());
        return card;
    }

    /** The household, when {@code actorId} reads its records; else empty (a missing household too). */
    Optional<HouseholdCard> readable(Handle h, long actorId, long householdId) {
        Staff who = actor(h, actorId);
        return card(h, householdId).filter(c -> Access.readsInFull(who, c.activeOwnerId()));
    }

    /** Whether {@code actor} (as stored now) reads the household's records in full (false for an unknown one). */
    boolean reads(Handle h, Staff actor, long householdId) {
        return card(h, householdId).map(c -> Access.readsInFull(actor, c.activeOwnerId())).orElse(false);
    }

    /** The household as it is now. */
    Optional<HouseholdCard> card(Handle h, long householdId) {
        return families.in(h).card(householdId);
    }
}
