package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.hotline.AppointmentRow;
import com.counseldesk.hotline.AppointmentService;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells a counselor, 30 minutes before a family's booked visit, to call the family (the office's habit),
 * as the follow-ups' reminder does: each {@link #check} (the app's timer calls it) asks for their booked
 * appointments starting within the next half hour that nobody reminded yet, and announces each once.
 * No JavaFX nodes: the announcement is the app's.
 */
public class AppointmentReminder {
    private final AppointmentService service;
    private final Background background;
    private final long counselorId;
    private final Consumer<AppointmentRow> announce;
    private final Set<Long> told = new HashSet<>();
    private boolean checking;

    public AppointmentReminder(AppointmentService service, Background background, long counselorId,
            Consumer<AppointmentRow> announce) {
        this.service = service;
        this.background = background;
        this.counselorId = counselorId;
        this.announce = announce;
    }

    /** Announces the appointments that came within the half hour since the last check. */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        background.run(() -> service.dueForReminder(counselorId), due -> {
            checking = false;
            for (AppointmentRow a : due) {
                if (told.add(a.id())) {
                    announce.accept(a);
                }
            }
        }, e -> checking = false);
    }
}
