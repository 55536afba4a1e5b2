package com.counseldesk.family.ui;

import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.TimelineEntry;

/**
 * What the family page can do with an entry of its timeline. The page knows no feature: the app
 * passes the actions of the features whose entries it shows (a visit is corrected or voided in the
 * desk's dialog), as the features pass their entries through {@link com.counseldesk.family.TimelineSource}.
 */
public interface TimelineActions {
    /** Entries can only be read. */
    TimelineActions NONE = new TimelineActions() {
        @Override
        public Msg action(TimelineEntry entry) {
            return null;
        }

        @Override
        public void open(TimelineEntry entry) {
        }
    };

    /** The label of what can be done with the entry ("更正/作废"), or null when nothing can. */
    Msg action(TimelineEntry entry);

    /** Does it (opens the entry's dialog). */
    void open(TimelineEntry entry);
}
