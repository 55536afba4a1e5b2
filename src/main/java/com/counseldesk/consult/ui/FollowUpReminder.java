package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells a counselor when one of their follow-ups with an agreed time falls due while the app is open:
 * each {@link #check} (the app's timer calls it) asks for those due since the counselor signed in and
 * not later than now by the office's clock, and announces each follow-up once. No JavaFX nodes: the
 * announcement is the app's (a desktop notification).
 */
public class FollowUpReminder {
    private final FollowUpService service;
    private final Background background;
    private final long actorId;
    private final Clock clock;
    private final Consumer<FollowUpLine> announce;
    private final LocalDateTime since;
    private final Set<Long> told = new HashSet<>();
    private boolean checking;

    public FollowUpReminder(FollowUpService service, Background background, long actorId, Clock clock,
            Consumer<FollowUpLine> announce) {
        this.service = service;
        this.background = background;
        this.actorId = actorId;
        this.clock = clock;
        this.announce = announce;
        this.since = LocalDateTime.now(clock);
    }

    /** Announces the follow-ups that fell due since the last check and were not announced yet. */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        LocalDateTime until = LocalDateTime.now(clock);
        background.run(() -> service.fallingDue(actorId, since, until), due -> {
            checking = false;
            for (FollowUpLine line : due) {
                if (told.add(line.followUp().id())) {
                    announce.accept(line);
                }
            }
        }, e -> checking = false);
    }
}
