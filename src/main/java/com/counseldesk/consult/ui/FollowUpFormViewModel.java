package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Planning a follow-up (安排回访) for a household, from its family page or for a visitor of today
 * leaving without signing: whom it is about (a student or the whole family), who makes it (the
 * household's owner; a manager may choose another), the day, the time if one was agreed, and the
 * purpose. The day proposed is tomorrow. No JavaFX nodes.
 */
public class FollowUpFormViewModel {
    public static final String WHOM = FollowUpService.STUDENT;
    public static final String OWNER = FollowUpService.OWNER;

    /** Whom the follow-up is about: a student, or the whole family (student null). */
    public record Whom(Student student) {
    }

    private final long householdId;
    private final Long visitId;
    private final Long preferredStudent;
    private final FollowUpService service;
    private final Background background;
    private final DialogService dialogs;
    private final long actorId;
    private final Clock clock;
    private final FormModel form = new FormModel();
    private final PlanFields plan;
    private final ObjectProperty<HouseholdCard> household = new SimpleObjectProperty<>();
    private final ObservableList<Whom> whoms = FXCollections.observableArrayList();
    private final ObjectProperty<Whom> whom = new SimpleObjectProperty<>();
    private final ObservableList<Staff> owners = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final List<Consumer<FollowUp>> doneListeners = new ArrayList<>();

    /**
     * For the household {@code householdId}; {@code visitId} the visit it follows (null from the
     * family page), {@code preferredStudent} the student chosen first (null: the whole family).
     */
    public FollowUpFormViewModel(long householdId, Long visitId, Long preferredStudent, FollowUpService service,
            Background background, DialogService dialogs, long actorId, Clock clock) {
        this.householdId = householdId;
        this.visitId = visitId;
        this.preferredStudent = preferredStudent;
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.actorId = actorId;
        this.clock = clock;
        this.plan = new PlanFields(form, () -> LocalDateTime.now(clock), new SimpleBooleanProperty(true));
        // Whom it is about needs no rule of its own (the whole family or any student); the service's
        // refusal of a student who is not the household's lands there.
        form.field(WHOM, () -> null, whom)
                .field(OWNER, () -> owner.get() == null ? new Msg("error.counselor.choose") : null, owner);
        form.revalidate();
    }

    /** Reads the household and who may make the follow-up; proposes tomorrow. */
    public void load() {
        busy.set(true);
        background.run(() -> service.scheduling(actorId, householdId), this::show, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                message.set(Msg.of(v));
            } else {
                message.set(new Msg("followUp.loadFailed"));
                dialogs.showError(new Msg("followUp.loadFailed"), DatabaseException.describe(e));
            }
        });
    }

    private void show(FollowUpService.Scheduling s) {
        List<Whom> choices = new ArrayList<>();
        choices.add(new Whom(null));
        s.household().students().forEach(st -> choices.add(new Whom(st)));
        form.quietly(() -> {
            household.set(s.household());
            whoms.setAll(choices);
            whom.set(choices.stream().filter(w -> w.student() != null && preferredStudent != null
                    && w.student().id() == preferredStudent).findFirst().orElse(choices.get(0)));
            owners.setAll(s.owners());
            owner.set(s.proposedOwner());
            plan.propose(LocalDate.now(clock).plusDays(1), "");
        });
        form.reset();
        busy.set(false);
    }

    /** Runs with the follow-up as stored (the dialog closes, the lists read again). */
    public void onDone(Consumer<FollowUp> listener) {
        doneListeners.add(listener);
    }

    /** Checks every field and, when all is well, plans the follow-up; returns whether the save started. */
    public boolean save() {
        if (busy.get() || household.get() == null || !form.showAll()) {
            return false;
        }
        Callable<FollowUp> work;
        try {
            FollowUpPlan p = plan.plan();
            Long student = whom.get() == null || whom.get().student() == null ? null : whom.get().student().id();
            Long chosen = owner.get().id();
            work = visitId == null ? () -> service.schedule(actorId, householdId, student, chosen, p)
                    : () -> service.scheduleAfterVisit(actorId, visitId, student, chosen, p);
        } catch (ValidationException e) {
            refused(e);
            return false;
        }
        busy.set(true);
        message.set(null);
        background.run(work, f -> {
            busy.set(false);
            doneListeners.forEach(l -> l.accept(f));
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

    /** Whether the person may give it to someone else (a manager, with more than one to choose from). */
    public boolean choosesOwner() {
        return owners.size() > 1;
    }

    public ReadOnlyObjectProperty<HouseholdCard> householdProperty() {
        return household;
    }

    public ObservableList<Whom> whoms() {
        return whoms;
    }

    public ObjectProperty<Whom> whomProperty() {
        return whom;
    }

    public ObservableList<Staff> owners() {
        return owners;
    }

    public ObjectProperty<Staff> ownerProperty() {
        return owner;
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

    /** A refusal that concerns no field (the family is another counselor's), or that the save failed. */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    /** True while reading or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The office's today, by its clock (the date field offers no earlier day). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
