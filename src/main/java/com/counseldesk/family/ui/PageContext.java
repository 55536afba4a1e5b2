package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.family.FamilyService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * What the family page's forms share: the service, where work runs, the dialogs, who is at this PC,
 * the office's clock, and what to do after a save (read the page again).
 */
record PageContext(FamilyService families, Background background, DialogService dialogs, Supplier<Staff> staff,
        Clock clock, Runnable saved) {

    /** The id recorded as "by" in the history. */
    Long by() {
        Staff s = staff.get();
        return s == null ? null : s.id();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
