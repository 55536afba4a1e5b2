package com.counseldesk.walkin.ui;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitCorrection;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.VisitStatus;
import com.counseldesk.walkin.WalkIn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Putting right a visit registered by mistake: correct its counselor, channel, the students who
 * came and the purpose, or void it with a reason. Nothing is deleted; the service writes each
 * change to the household's history. No JavaFX nodes, so it is tested without the toolkit.
 */
public class VisitEditViewModel {
    public static final String COUNSELOR = "counselor";
    public static final String CHANNEL = "channel";
    public static final String STUDENTS = "student";
    public static final String PURPOSE = "purpose";
    public static final String REASON = "reason";

    /** One of the household's students, ticked when they came. */
    public record StudentChoice(Student student, BooleanProperty came) {
    }

    /** What the dialog starts from, read in one go. */
    private record Loaded(VisitRow visit, HouseholdCard household, List<Staff> counselors) {
    }

    private final long visitId;
    private final VisitService visits;
    private final FamilyService families;
    private final OfficeService office;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Long> currentStaff;
    private final ObjectProperty<VisitRow> visit = new SimpleObjectProperty<>();
    private final ObjectProperty<Staff> counselor = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Staff> counselors = FXCollections.observableArrayList();
    private final ObservableList<StudentChoice> students = FXCollections.observableArrayList();
    private final IntegerProperty chosen = new SimpleIntegerProperty();
    private final FormModel correction = new FormModel();
    private final FormModel voiding = new FormModel();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final List<Consumer<VisitRow>> doneListeners = new ArrayList<>();

    public VisitEditViewModel(long visitId, VisitService visits, FamilyService families, OfficeService office,
            Background background, DialogService dialogs, Supplier<Long> currentStaff) {
        this.visitId = visitId;
        this.visits = visits;
        this.families = families;
        this.office = office;
        this.background = background;
        this.dialogs = dialogs;
        this.currentStaff = currentStaff;
        correction.field(COUNSELOR, () -> counselor.get() == null ? new Msg("error.counselor.choose") : null, counselor)
                .field(CHANNEL, () -> channel.get() == null ? new Msg("error.channel.choose") : null, channel)
                .field(STUDENTS, () -> chosen.get() == 0 ? new Msg("error.visit.noStudent") : null, chosen)
                .field(PURPOSE, () -> FormModel.check(() -> WalkIn.purpose(purpose.get())), purpose);
        voiding.field(REASON, () -> FormModel.check(() -> Text.required(REASON, reason.get(), Text.LONG_MAX)), reason);
        correction.revalidate();
        voiding.revalidate();
    }

    /** Reads the visit, its household's students and the counselors. */
    public void load() {
        busy.set(true);
        background.run(this::read, this::show, e -> {
            busy.set(false);
            message.set(new Msg("visitEdit.loadFailed"));
            dialogs.showError(new Msg("visitEdit.loadFailed"), DatabaseException.describe(e));
        });
    }

    /** Runs with the visit as stored after a correction or a void (the lists read it again). */
    public void onDone(Consumer<VisitRow> listener) {
        doneListeners.add(listener);
    }

    /** Stores the corrected counselor, channel, students and purpose; returns whether the save started. */
    public boolean correct() {
        if (!canEdit() || !correction.showAll()) {
            return false;
        }
        Callable<VisitRow> work;
        try {
            List<Long> came = students.stream().filter(c -> c.came().get()).map(c -> c.student().id()).toList();
            VisitCorrection c = new VisitCorrection(counselor.get().id(), channel.get(), came, purpose.get());
            Long by = currentStaff.get();
            work = () -> visits.correct(visitId, c, by);
        } catch (ValidationException e) {
            refused(correction, e);
            return false;
        }
        return run(work, correction);
    }

    /** Voids the visit with the reason typed; it stays on record, marked void. */
    public boolean voidVisit() {
        if (!canEdit() || !voiding.showAll()) {
            return false;
        }
        String why = reason.get();
        Long by = currentStaff.get();
        return run(() -> visits.voidVisit(visitId, why, by), voiding);
    }

    private boolean run(Callable<VisitRow> work, FormModel form) {
        busy.set(true);
        message.set(null);
        background.run(work, row -> {
            busy.set(false);
            visit.set(row);
            doneListeners.forEach(l -> l.accept(row));
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                refused(form, v);
            } else {
                message.set(new Msg("visitEdit.saveFailed"));
                dialogs.showError(new Msg("visitEdit.saveFailed"), new Msg("visitEdit.saveFailed.detail",
                        e.getMessage()));
            }
        });
        return true;
    }

    private void refused(FormModel form, ValidationException e) {
        if (!form.show(e)) {
            message.set(Msg.of(e));
        }
    }

    private Loaded read() {
        VisitRow v = visits.visit(visitId).orElseThrow(() -> new ValidationException("visit", "error.visit.unknown"));
        HouseholdCard card = families.card(v.householdId()).orElseThrow();
        return new Loaded(v, card, office.counselors());
    }

    private void show(Loaded r) {
        VisitRow v = r.visit();
        counselors.setAll(r.counselors());
        List<StudentChoice> choices = new ArrayList<>();
        for (Student s : r.household().students()) {
            BooleanProperty came = new SimpleBooleanProperty(v.studentIds().contains(s.id()));
            came.addListener((o, a, b) -> countChosen());
            choices.add(new StudentChoice(s, came));
        }
        correction.quietly(() -> {
            students.setAll(choices);
            countChosen();
            counselor.set(r.counselors().stream().filter(s -> s.id() == v.counselorId()).findFirst().orElse(null));
            channel.set(v.channel());
            purpose.set(v.purpose());
        });
        correction.reset();
        voiding.reset();
        visit.set(v);
        busy.set(false);
    }

    private void countChosen() {
        chosen.set((int) students.stream().filter(c -> c.came().get()).count());
    }

    /** A visit that is not void (a void visit can be neither corrected nor voided again). */
    public boolean canEdit() {
        return visit.get() != null && visit.get().status() != VisitStatus.VOID && !busy.get();
    }

    /** The channels a visitor comes through. */
    public List<Channel> channels() {
        return Channel.WALK_IN;
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return REASON.equals(field) ? voiding.error(field) : correction.error(field);
    }

    public ReadOnlyObjectProperty<VisitRow> visitProperty() {
        return visit;
    }

    public ObjectProperty<Staff> counselorProperty() {
        return counselor;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<Staff> counselors() {
        return counselors;
    }

    public ObservableList<StudentChoice> students() {
        return students;
    }

    /** A refusal that concerns no field (the visit was voided meanwhile), or that the save failed. */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    /** True while reading or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
