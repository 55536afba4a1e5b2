package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ui.FollowUpNotice;
import com.counseldesk.hotline.AppointmentRow;
import javafx.stage.Window;

/** A family's visit in half an hour, as the follow-ups' desktop notification: call to remind them. */
public final class AppointmentNotice {
    private AppointmentNotice() {
    }

    public static void show(Window owner, AppointmentRow a, I18n i18n, Runnable openFamily) {
        FollowUpNotice.show(owner, i18n.t("hotline.reminder.title"), i18n.t("hotline.reminder.text",
                Formats.time(a.startsAt()), a.studentName(), a.parentName(), a.phone() == null ? ""
                        : a.phone().display()), openFamily);
    }
}
