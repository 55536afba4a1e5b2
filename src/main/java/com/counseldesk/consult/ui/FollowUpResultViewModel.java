package com.counseldesk.consult.ui;

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
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
public class FollowUpResultViewModel extends FollowUpForm<FollowUpService.Recorded> {
    public static final String RESULT = FollowUpOutcome.RESULT;
    public static final String NOTE = FollowUpOutcome.NOTE;

    private final long followUpId;
    private final FollowUpService service;
    private final long actorId;
    private final ObjectProperty<FollowUpLine> followUp = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUpResult> result;
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty planNext;
    private final BooleanBinding nextWanted;

    /** The result chosen, whether the next one is planned, and so whether its fields are asked for. */
    private record Choice(ObjectProperty<FollowUpResult> result, BooleanProperty planNext, BooleanBinding wanted) {
        static Choice fresh() {
            ObjectProperty<FollowUpResult> result = new SimpleObjectProperty<>();
            BooleanProperty planNext = new SimpleBooleanProperty(true);
            return new Choice(result, planNext, Bindings.createBooleanBinding(() -> result.get() != null
                    && result.get().allowsNext() && planNext.get(), result, planNext));
        }
    }

    public FollowUpResultViewModel(long followUpId, FollowUpService service, Background background,
            DialogService dialogs, long actorId, Clock clock) {
        this(followUpId, service, background, dialogs, actorId, clock, Choice.fresh());
    }

    private FollowUpResultViewModel(long followUpId, FollowUpService service, Background background,
            DialogService dialogs, long actorId, Clock clock, Choice choice) {
        super(background, dialogs, clock, choice.wanted());
        this.followUpId = followUpId;
        this.service = service;
        this.actorId = actorId;
        this.result = choice.result();
        this.planNext = choice.planNext();
        this.nextWanted = choice.wanted();
        // Whether the next one is planned follows the result: needed, impossible, or the person's choice.
        result.addListener((o, a, r) -> {
            if (r != null && (r.needsNext() || !r.allowsNext())) {
                planNext.set(r.needsNext());
            }
        });
        form.field(RESULT, () -> result.get() == null ? new Msg("error.followUp.chooseResult") : null, result)
                .field(NOTE, () -> FormModel.check(() -> FollowUpOutcome.note(note.get())), note);
        form.revalidate();
    }

    /** Reads the follow-up with its family; proposes the next one for tomorrow with the same purpose. */
    public void load() {
        read(() -> service.line(actorId, followUpId), line -> {
            form.quietly(() -> plan.propose(today().plusDays(1), line.followUp().purpose()));
            form.reset();
            followUp.set(line);
        });
    }

    /** Checks every field and, when all is well, records the result with the next one; returns whether it started. */
    public boolean save() {
        return store(followUp.get() != null, () -> {
            FollowUpPlan next = nextWanted.get() ? plan.plan() : null;
            FollowUpOutcome outcome = new FollowUpOutcome(result.get(), note.get(), next);
            return () -> service.record(actorId, followUpId, outcome);
        });
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
}
