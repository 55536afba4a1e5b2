package com.counseldesk.consult;

import com.counseldesk.family.HouseholdCard;
import com.counseldesk.walkin.VisitRow;
import java.time.LocalDate;

/**
 * What a counselor sees first on {@code day}: their follow-ups due that day, the overdue ones (a
 * manager's: every counselor's, {@code everyone}), their families waiting or in consultation now,
 * their notes still in draft, and the families they own with no follow-up planned.
 */
public record StartPage(
        LocalDate day,
        boolean everyone,
        Listed<FollowUpLine> dueToday,
        Listed<FollowUpLine> overdue,
        Listed<VisitRow> atTheOffice,
        Listed<DraftNote> drafts,
        Listed<HouseholdCard> unplanned) {
}
