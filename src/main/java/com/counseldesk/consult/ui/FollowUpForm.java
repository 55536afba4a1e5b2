package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the two follow-up forms share (planning one, recording a result with the next one): a day,
 * time and purpose ({@link PlanFields}), reading what the form starts from and saving through the
 * service off the UI thread. A refusal lands beside the field it names, or as the form's message; a
 * system failure is a dialog, and the form keeps what was typed. No JavaFX nodes.
 *
 * @param <T> what a save stores, handed to {@link #onDone} listeners
 */
public abstract class FollowUpForm<T> {
    protected final FormModel form = new FormModel();
    protected final PlanFields plan;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final List<Consumer<T>> doneListeners = new ArrayList<>();

    /** {@code planWanted}: whether the day, time and purpose are asked for now. */
    protected FollowUpForm(Background background, DialogService dialogs, Clock clock,
            ObservableBooleanValue planWanted) {
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.plan = new PlanFields(form, () -> LocalDateTime.now(clock), planWanted);
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
                message.set(new Msg("followUp.loadFailed"));
                dialogs.showError(new Msg("followUp.loadFailed"), DatabaseException.describe(e));
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
                message.set(new Msg("followUp.saveFailed"));
                dialogs.showError(new Msg("followUp.saveFailed"), new Msg("followUp.saveFailed.detail",
                        e.getMessage()));
            }
        });
        return true;
    }

    private void refused(ValidationException e) {
        if (!form.show(e)) {
            message.set(Msg.of(e));
        }
    }

    /** The day as typed ("2026-11-28", "2026/11/28"). */
    public StringProperty dayProperty() {
        return plan.dayProperty();
    }

    /** The time as typed ("14:30"); blank for some time that day. */
    public StringProperty timeProperty() {
        return plan.timeProperty();
    }

    public StringProperty purposeProperty() {
        return plan.purposeProperty();
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    /** A refusal that concerns no field (another counselor's family, made already …), or that the save failed. */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    /** True while reading or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The office's today, by its clock (the date fields offer no earlier day). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
