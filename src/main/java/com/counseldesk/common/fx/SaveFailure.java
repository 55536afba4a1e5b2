package com.counseldesk.common.fx;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.i18n.Msg;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How a form tells that its save failed. A refusal goes back to the form ({@code refused}: the
 * field's message, the cursor there). An office server out of reach (network, server PC off) is said
 * in the form's band: nothing was stored, everything typed is kept, and the save can be tried again
 * when it is back. Anything else is said in the band and in a dialog with its detail.
 */
public final class SaveFailure {
    private SaveFailure() {
    }

    public static void report(Exception e, Consumer<ValidationException> refused, BiConsumer<Notice.Kind, Msg> band,
            DialogService dialogs) {
        if (e instanceof ValidationException v) {
            refused.accept(v);
            return;
        }
        if (DatabaseException.isUnreachable(e)) {
            band.accept(Notice.Kind.ERROR, new Msg("walkin.saveUnreachable"));
            return;
        }
        band.accept(Notice.Kind.ERROR, new Msg("walkin.saveFailed"));
        dialogs.showError(new Msg("walkin.saveFailed"), new Msg("walkin.saveFailed.detail", e.getMessage()));
    }
}
