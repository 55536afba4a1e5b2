package com.counseldesk.contract;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.NewHousehold;
import com.counseldesk.family.Stage;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;

/**
 * The last step of the office's session (要求客户转介绍): after signing, the counselor asks the family
 * for friends who might need tutoring and records each one at once as a new lead, channel 转介绍,
 * naming the referring household (whose page then lists it), owned by the counselor. A number the
 * office already has is refused, naming that household's owner, as at the desk.
 */
public class Referrals {
    private final Database db;
    private final FamilyService families;
    private final OfficeService office;

    public Referrals(Database db, FamilyService families, OfficeService office) {
        this.db = db;
        this.families = families;
        this.office = office;
    }

    /** Records a family referred by {@code referrerId}; returns the new household. */
    public HouseholdCard record(long actorId, long referrerId, ReferredFamily f) {
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            Long owner = actor.role().consults() ? actor.id() : null;
            return families.in(h).create(new NewHousehold(Channel.REFERRAL, referrerId, f.student(), f.parent(),
                    f.phone()), owner, Stage.NEW, actor.id());
        });
    }
}
