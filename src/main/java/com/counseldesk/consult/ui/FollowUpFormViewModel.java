package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Planning a follow-up (安排回访) for a household, from its family page, for a visitor of today
 * leaving without signing, or from a consultation note ({@link #fromNote}): whom it is about (a
 * student or the whole family), who makes it (the household's owner; a manager may choose another),
 * the day, the time if one was agreed, and the purpose. The day proposed is tomorrow. No JavaFX nodes.
 */
public class FollowUpFormViewModel extends FollowUpForm<FollowUp> {
    public static final String WHOM = FollowUpService.STUDENT;
    public static final String OWNER = FollowUpService.OWNER;

    /** Whom the follow-up is about: a student, or the whole family (student null). */
    public record Whom(Student student) {
    }

    private final long householdId;
    private final Long visitId;
    private final Long noteId;
    private final Long preferredStudent;
    private final FollowUpService service;
    private final long actorId;
    private final ObjectProperty<HouseholdCard> household = new SimpleObjectProperty<>();
    private final ObservableList<Whom> whoms = FXCollections.observableArrayList();
    private final ObjectProperty<Whom> whom = new SimpleObjectProperty<>();
    private final ObservableList<Staff> owners = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> owner = new SimpleObjectProperty<>();

    /**
     * For the household {@code householdId}; {@code visitId} the visit it follows (null from the
     * family page), {@code preferredStudent} the student chosen first (null: the whole family).
     */
    public FollowUpFormViewModel(long householdId, Long visitId, Long preferredStudent, FollowUpService service,
            Background background, DialogService dialogs, long actorId, Clock clock) {
        this(householdId, visitId, null, preferredStudent, service, background, dialogs, actorId, clock);
    }

    /**
     * The form for the follow-up a consultation note calls for (the note editor's 安排回访): about the
     * note's household and student ({@code studentId}, null for the whole family), stored as coming from
     * note {@code noteId}; whom it is about is the note's and cannot be changed.
     */
    public static FollowUpFormViewModel fromNote(long householdId, long noteId, Long studentId,
            FollowUpService service, Background background, DialogService dialogs, long actorId, Clock clock) {
        return new FollowUpFormViewModel(householdId, null, noteId, studentId, service, background, dialogs, actorId,
                clock);
    }

    private FollowUpFormViewModel(long householdId, Long visitId, Long noteId, Long preferredStudent,
            FollowUpService service, Background background, DialogService dialogs, long actorId, Clock clock) {
        super(background, dialogs, clock, new SimpleBooleanProperty(true));
        this.householdId = householdId;
        this.visitId = visitId;
        this.noteId = noteId;
        this.preferredStudent = preferredStudent;
        this.service = service;
        this.actorId = actorId;
        // Whom it is about needs no rule of its own (the whole family or any student); the service's
        // refusal of a student who is not the household's lands there.
        form.field(WHOM, () -> null, whom)
                .field(OWNER, () -> owner.get() == null ? new Msg("error.counselor.choose") : null, owner);
        form.revalidate();
    }

    /** Reads the household and who may make the follow-up; proposes tomorrow. */
    public void load() {
        read(() -> service.scheduling(actorId, householdId), this::show);
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
            plan.propose(today().plusDays(1), "");
        });
        form.reset();
    }

    /** Checks every field and, when all is well, plans the follow-up; returns whether the save started. */
    public boolean save() {
        return store(household.get() != null, () -> {
            FollowUpPlan p = plan.plan();
            Long student = whom.get() == null || whom.get().student() == null ? null : whom.get().student().id();
            Long chosen = owner.get().id();
            if (noteId != null) {
                return () -> service.scheduleFromNote(actorId, noteId, chosen, p);
            }
            return visitId == null ? () -> service.schedule(actorId, householdId, student, chosen, p)
                    : () -> service.scheduleAfterVisit(actorId, visitId, student, chosen, p);
        });
    }

    /** Whether whom it is about can be chosen (not for a note's follow-up: the note says whom). */
    public boolean choosesWhom() {
        return noteId == null;
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
}
