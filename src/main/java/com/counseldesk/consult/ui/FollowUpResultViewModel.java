package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.FollowUpOutcome;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpResult;
import com.counseldesk.consult.FollowUpService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Recording what came of a follow-up (记录结果) and planning the next one in the same step: the
 * result, a short note, and the next day, time and purpose. Not reached and "call back later" need
 * the next one; after giving up there is none; otherwise it is the person's choice ({@link
 * #planNextProperty}). The next one is proposed for tomorrow with the same purpose. No JavaFX nodes.
 */
public class FollowUpResultViewModel {
    public static final String RESULT = FollowUpOutcome.RESULT;
    public static final String NOTE = FollowUpOutcome.NOTE;

    private final long followUpId;
    private final FollowUpService service;
    private final Background background;
    private final DialogService dialogs;
    private final long actorId;
    private final Clock clock;
    private final FormModel form = new FormModel();
    private final ObjectProperty<FollowUpLine> followUp = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUpResult> result = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty planNext = new SimpleBooleanProperty(true);
    private final BooleanBinding nextWanted;
    private final PlanFields next;
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final List<Consumer<FollowUpService.Recorded>> doneListeners = new ArrayList<>();

    public FollowUpResultViewModel(long followUpId, FollowUpService service, Background background,
            DialogService dialogs, long actorId, Clock clock) {
        this.followUpId = followUpId;
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.actorId = actorId;
        this.clock = clock;
        // Whether the next one is planned follows the result: needed, impossible, or the person's choice.
        result.addListener((o, a, r) -> {
            if (r != null && (r.needsNext() || !r.allowsNext())) {
                planNext.set(r.needsNext());
            }
        });
        nextWanted = Bindings.createBooleanBinding(() -> result.get() != null && result.get().allowsNext()
                && planNext.get(), result, planNext);
        form.field(RESULT, () -> result.get() == null ? new Msg("error.followUp.chooseResult") : null, result)
                .field(NOTE, () -> FormModel.check(() -> FollowUpOutcome.note(note.get())), note);
        next = new PlanFields(form, () -> LocalDateTime.now(clock), nextWanted);
        form.revalidate();
    }

    /** Reads the follow-up with its family; proposes the next one for tomorrow with the same purpose. */
    public void load() {
        busy.set(true);
        background.run(() -> service.line(actorId, followUpId), line -> {
            form.quietly(() -> next.propose(LocalDate.now(clock).plusDays(1), line.followUp().purpose()));
            form.reset();
            followUp.set(line);
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

    /** Runs with the follow-up made and the next one (the dialog closes, the lists read again). */
    public void onDone(Consumer<FollowUpService.Recorded> listener) {
        doneListeners.add(listener);
    }

    /** Checks every field and, when all is well, records the result with the next one; returns whether it started. */
    public boolean save() {
        if (busy.get() || followUp.get() == null || !form.showAll()) {
            return false;
        }
        Callable<FollowUpService.Recorded> work;
        try {
            FollowUpPlan plan = nextWanted.get() ? next.plan() : null;
            FollowUpOutcome outcome = new FollowUpOutcome(result.get(), note.get(), plan);
            work = () -> service.record(actorId, followUpId, outcome);
        } catch (ValidationException e) {
            refused(e);
            return false;
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

    /** The results to choose from, in the order the list shows them. */
    public List<FollowUpResult> results() {
        return List.of(FollowUpResult.values());
    }

    /** Whether the person decides if a next one is planned (with a result that neither needs nor forbids one). */
    public BooleanBinding nextIsOptional() {
        return Bindings.createBooleanBinding(() -> result.get() != null && !result.get().needsNext()
                && result.get().allowsNext(), result);
    }

    /** Whether the next one's fields are asked for now. */
    public BooleanBinding nextWanted() {
        return nextWanted;
    }

    public ReadOnlyObjectProperty<FollowUpLine> followUpProperty() {
        return followUp;
    }

    public ObjectProperty<FollowUpResult> resultProperty() {
        return result;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** 安排下次回访: ticked and fixed while the result needs one, unticked and fixed after giving up. */
    public BooleanProperty planNextProperty() {
        return planNext;
    }

    public StringProperty dayProperty() {
        return next.dayProperty();
    }

    public StringProperty timeProperty() {
        return next.timeProperty();
    }

    public StringProperty purposeProperty() {
        return next.purposeProperty();
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    /** A refusal that concerns no field (made already, another counselor's family), or that the save failed. */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
