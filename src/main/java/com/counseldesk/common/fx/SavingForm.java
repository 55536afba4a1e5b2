package com.counseldesk.common.fx;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.i18n.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A form that reads what it starts from and saves through a service, both off the UI thread (the
 * follow-up forms, a contract's payment and refund …). A refusal lands beside the field it names
 * ({@link FormModel}), or as the form's message; a system failure is a dialog, and the form keeps what
 * was typed. No JavaFX nodes.
 *
 * @param <T> what a save stores, handed to {@link #onDone} listeners
 */
public abstract class SavingForm<T> {
    protected final FormModel form = new FormModel();
    private final Background background;
    private final DialogService dialogs;
    private final String loadFailed;
    private final String saveFailed;
    private final String saveFailedDetail;
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final List<Consumer<T>> doneListeners = new ArrayList<>();

    /**
     * The form is busy until its first {@link #read}. The keys: the message and dialog title when
     * reading or saving failed, and the dialog's text of a failed save (with the failure as {0}).
     */
    protected SavingForm(Background background, DialogService dialogs, String loadFailed, String saveFailed,
            String saveFailedDetail) {
        this.background = background;
        this.dialogs = dialogs;
        this.loadFailed = loadFailed;
        this.saveFailed = saveFailed;
        this.saveFailedDetail = saveFailedDetail;
    }

    /** Runs with what was stored (the dialog closes, the lists read again). */
    public void onDone(Consumer<T> listener) {
        doneListeners.add(listener);
    }

    /** Reads what the form starts from off the UI thread, then {@code show}s it. */
    protected <R> void read(Callable<R> work, Consumer<R> show) {
        busy.set(true);
        background.run(work, r -> {
            show.accept(r);
            busy.set(false);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                message.set(Msg.of(v));
            } else {
                message.set(new Msg(loadFailed));
                dialogs.showError(new Msg(loadFailed), DatabaseException.describe(e));
            }
        });
    }

    /**
     * Checks every field and, when all is well and the form is {@code ready}, runs the service call
     * {@code command} builds (it may refuse a field with a {@link ValidationException}); returns whether
     * the save started.
     */
    protected boolean store(boolean ready, Callable<Callable<T>> command) {
        if (busy.get() || !ready || !form.showAll()) {
            return false;
        }
        Callable<T> work;
        try {
            work = command.call();
        } catch (ValidationException e) {
            refused(e);
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        busy.set(true);
        message.set(null);
        background.run(work, r -> {
            busy.set(false);
            doneListeners.forEach(l -> l.accept(r));
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                refused(v);
            } else {
                message.set(new Msg(saveFailed));
                dialogs.showError(new Msg(saveFailed), new Msg(saveFailedDetail, e.getMessage()));
            }
        });
        return true;
    }

    /** Says something about the whole form (a refusal that names no field, say) where its message shows. */
    protected void say(Msg m) {
        message.set(m);
    }

    private void refused(ValidationException e) {
        if (!form.show(e)) {
            message.set(Msg.of(e));
        }
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    /** A refusal that concerns no field (another counselor's family, closed already …), or that the save failed. */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    /** True while reading or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
