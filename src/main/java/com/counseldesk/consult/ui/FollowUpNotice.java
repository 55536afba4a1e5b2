package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.FollowUpLine;
import javafx.util.Duration;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * A follow-up falling due as a desktop notification (ControlsFX) over the main window: the time, the
 * family and the number to call, and the purpose. A click on it opens the family page. ControlsFX finds
 * no window by itself when none is focused, so the main window is always given as its owner.
 */
public final class FollowUpNotice {
    /** How long the notification stays (a counselor on the phone looks up a minute later). */
    private static final Duration SHOWN = Duration.minutes(2);

    private FollowUpNotice() {
    }

    public static void show(Window owner, FollowUpLine line, I18n i18n, Runnable openFamily) {
        show(owner, i18n.t("followUp.notice.title"), i18n.t("followUp.notice.text",
                Formats.time(line.followUp().dueAt()), line.students(), line.contact(),
                line.phone() == null ? "" : line.phone().display(), line.followUp().purpose()), openFamily);
    }

    /** A call to make soon, as a notification over {@code owner}: a click on it runs {@code onClick}. */
    public static void show(Window owner, String title, String text, Runnable onClick) {
        Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .hideAfter(SHOWN)
                .onAction(e -> onClick.run())
                .showInformation();
    }
}
