package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.Msg;

/** Every dialog goes through here, so that view models can be tested with a stand-in. */
public interface DialogService {
    void showError(Msg title, Msg message);

    /** Asks before an action the person may not have meant (removing a phone); true when they confirm. */
    boolean confirm(Msg title, Msg message);
}
