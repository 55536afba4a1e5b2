package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Amendment;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.HouseholdTracks;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.NoteService;
import com.counseldesk.consult.NoteService.Editing;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.TalkTrackService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A consultation note in its editor: the structured part, the ten steps with their talk tracks, the
 * free text. Nothing is stored until something is written; then the draft is saved a second after the
 * last change ({@link #SAVE_AFTER}), when a field is left and on Ctrl+S, off the UI thread, one save
 * at a time (a change made while one runs is saved right after it). A field being corrected keeps its
 * last valid value in the draft. Signing checks every field and asks first; a signed or locked note
 * is read only and takes amendments. No JavaFX nodes.
 */
public class NoteViewModel {
    public static final Duration SAVE_AFTER = Duration.ofSeconds(1);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What the editor reads: the household (and the note), and the talk tracks for its checklist. */
    private record Loaded(Editing editing, HouseholdTracks tracks) {
    }

    private final long householdId;
    private final NoteService notes;
    private final TalkTrackService talkTracks;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> staff;
    private final Later later;
    private final CheckedFields fields = new CheckedFields();
    private final SituationForm situation = new SituationForm(fields);
    private final ObjectProperty<Student> student = new SimpleObjectProperty<>();
    private final ObservableList<Student> students = FXCollections.observableArrayList();
    private final Map<ConsultStep, BooleanProperty> steps = new EnumMap<>(ConsultStep.class);
    private final Map<String, StringProperty> freeTexts = new LinkedHashMap<>();
    private final ObjectProperty<HouseholdCard> household = new SimpleObjectProperty<>();
    private final ObjectProperty<HouseholdTracks> tracks = new SimpleObjectProperty<>();
    private final ObjectProperty<Note> stored = new SimpleObjectProperty<>();
    private final ObjectProperty<NoteState> state = new SimpleObjectProperty<>();
    private final ObservableList<Amendment> amendments = FXCollections.observableArrayList();
    private final CheckedFields amendFields = new CheckedFields();
    private final StringProperty amendment = new SimpleStringProperty("");
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice.Kind> statusKind = new SimpleObjectProperty<>(Notice.Kind.INFO);
    private final ObjectProperty<String> fieldToFix = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final BooleanProperty canAmend = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final List<Runnable> storedListeners = new ArrayList<>();
    private final BooleanProperty canPlan = new SimpleBooleanProperty(false);
    private FollowUpPlanner planner;
    private Long noteId;
    private Runnable cancelSave = () -> { };
    /** Something changed since the last save began. */
    private boolean dirty;
    private boolean saving;
    private boolean signAfterSave;
    /** Values going into the fields are being set from what is stored: no person's typing. */
    private boolean filling;
    /** The note (or the household of a new one) has been read once. */
    private boolean read;

    /** {@code noteId} null: a new note for the household, stored once something is written. */
    public NoteViewModel(long householdId, Long noteId, NoteService notes, TalkTrackService talkTracks,
            Background background, DialogService dialogs, Supplier<Staff> staff, Later later) {
        this.householdId = householdId;
        this.noteId = noteId;
        this.notes = notes;
        this.talkTracks = talkTracks;
        this.background = background;
        this.dialogs = dialogs;
        this.staff = staff;
        this.later = later;
        List<Observable> watched = new ArrayList<>(situation.watched());
        for (ConsultStep s : ConsultStep.values()) {
            steps.put(s, new SimpleBooleanProperty(false));
            watched.add(steps.get(s));
        }
        for (String field : NoteContent.FREE_TEXTS) {
            StringProperty p = new SimpleStringProperty("");
            freeTexts.put(field, p);
            fields.add(field, () -> FormModel.check(() -> NoteContent.freeText(field, p.get())), p);
            watched.add(p);
        }
        watched.add(student);
        InvalidationListener changed = o -> changed();
        watched.forEach(o -> o.addListener(changed));
        amendFields.add(NoteContent.AMENDMENT, () -> FormModel.check(() -> NoteContent.amendment(amendment.get())),
                amendment);
    }

    /** Reads the household, the note and the talk tracks (again). Fields being written are left as typed. */
    public void load() {
        Staff me = staff.get();
        Long id = noteId;
        background.run(() -> new Loaded(id == null ? notes.start(me, householdId) : notes.open(me, id),
                talkTracks.forHousehold(me, householdId)), this::loaded, e -> {
                    if (e instanceof ValidationException v) {
                        status(Notice.Kind.ERROR, Msg.of(v));
                    } else {
                        dialogs.showError(new Msg("note.loadFailed"), DatabaseException.describe(e));
                    }
                });
    }

    private void loaded(Loaded r) {
        HouseholdCard card = r.editing().household();
        household.set(card);
        if (!students.equals(card.students())) {
            students.setAll(card.students());
        }
        tracks.set(r.tracks());
        Note n = r.editing().note();
        boolean first = !read;
        read = true;
        if (n != null) {
            // A draft being written keeps what is typed; one that can no longer be written shows what is stored.
            show(n, first || n.state() != NoteState.DRAFT || !mine(n));
        } else if (first) {
            state.set(NoteState.DRAFT);
            if (card.students().size() == 1) {
                fill(() -> student.set(card.students().get(0)));
            }
            status(Notice.Kind.INFO, new Msg("note.status.new"));
        }
        updateFlags();
        loaded.set(true);
    }

    /** Plans the follow-up a note calls for: its household, the note, its student (null: the whole family). */
    @FunctionalInterface
    public interface FollowUpPlanner {
        void plan(long householdId, long noteId, Long studentId);
    }

    /** What 安排回访 does (the app opens the planning dialog); without one the editor offers none. */
    public void onPlanFollowUp(FollowUpPlanner p) {
        planner = p;
        updateFlags();
    }

    /**
     * 安排回访 (Ctrl+R): the follow-up this note calls for, about its student, once the note is stored
     * (a draft, signed or locked); what was typed meanwhile is saved first.
     */
    public void planFollowUp() {
        if (planner == null) {
            return;
        }
        if (noteId == null) {
            status(Notice.Kind.ERROR, new Msg("note.followUp.writeFirst"));
            return;
        }
        saveNow();
        planner.plan(householdId, noteId, studentId());
    }

    /** Runs after the note was stored for the first time, signed or amended (the family page lists it). */
    public void onStored(Runnable listener) {
        storedListeners.add(listener);
    }

    private void changed() {
        if (filling || !editable.get()) {
            return;
        }
        dirty = true;
        cancelSave.run();
        cancelSave = later.after(SAVE_AFTER, this::saveNow);
    }

    /** Saves the draft now if anything changed (Ctrl+S, a field left, a second after the last change). */
    public void saveNow() {
        cancelSave.run();
        if (!dirty || !editable.get() || saving) {
            return;
        }
        dirty = false;
        saving = true;
        if (!fixing()) {
            status(Notice.Kind.INFO, new Msg("note.status.saving"));
        }
        NoteContent content = draft();
        Staff me = staff.get();
        Long id = noteId;
        background.run(() -> notes.saveDraft(me, householdId, id, content), n -> {
            saving = false;
            show(n, false);
            if (id == null) {
                storedListeners.forEach(Runnable::run);
            }
            if (signAfterSave) {
                signAfterSave = false;
                signNow();
            } else if (dirty) {
                saveNow();
            }
        }, e -> {
            saving = false;
            dirty = true;
            signAfterSave = false;
            refused(e, false);
        });
    }

    /** Checks every field, asks, and signs the note off (its author, a draft). The cursor goes to a field to fix. */
    public void sign() {
        if (!editable.get() || busy.get()) {
            return;
        }
        NoteContent content = checkedContent();
        if (content == null) {
            return;
        }
        if (!dialogs.confirm(new Msg("note.sign.title"), new Msg("note.sign.ask"))) {
            return;
        }
        if (saving) {
            signAfterSave = true;
            return;
        }
        signNow();
    }

    private void signNow() {
        NoteContent content = checkedContent();
        if (content == null) {
            return;
        }
        cancelSave.run();
        dirty = false;
        saving = true;
        busy.set(true);
        Staff me = staff.get();
        Long id = noteId;
        background.run(() -> notes.sign(me, householdId, id, content), n -> {
            saving = false;
            busy.set(false);
            show(n, true);
            storedListeners.forEach(Runnable::run);
        }, e -> {
            saving = false;
            busy.set(false);
            dirty = true;
            refused(e, true);
        });
    }

    /** Every field as typed, when all pass their rules and something is written; else null, with the message. */
    private NoteContent checkedContent() {
        FormModel form = fields.form();
        if (!form.showAll()) {
            status(Notice.Kind.ERROR, new Msg("note.fix"));
            fieldToFix.set(null);
            fieldToFix.set(form.firstInvalid());
            return null;
        }
        NoteContent content = new NoteContent(studentId(), situation.typed(), ticked(), freeText(NoteContent.NEEDS),
                freeText(NoteContent.PROPOSAL), freeText(NoteContent.OBJECTIONS), freeText(NoteContent.NEXT_STEP));
        if (content.isEmpty()) {
            status(Notice.Kind.ERROR, new Msg("error.note.empty"));
            return null;
        }
        return content;
    }

    /** Appends the amendment typed below a signed or locked note. */
    public void amend() {
        if (!canAmend.get() || busy.get() || !amendFields.form().showAll()) {
            return;
        }
        String text = amendment.get();
        Staff me = staff.get();
        long id = noteId;
        busy.set(true);
        background.run(() -> notes.amend(me, id, text), n -> {
            busy.set(false);
            show(n, false);
            amendFields.form().quietly(() -> amendment.set(""));
            amendFields.form().reset();
            status(Notice.Kind.SUCCESS, new Msg("note.status.amended"));
            storedListeners.forEach(Runnable::run);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v && amendFields.form().show(v)) {
                return;
            }
            refused(e, true);
        });
    }

    /** The draft to store: what is typed, each field that does not pass its rule now as it was last stored. */
    NoteContent draft() {
        NoteContent before = stored.get() == null ? NoteContent.EMPTY : stored.get().content();
        Map<String, String> free = new LinkedHashMap<>();
        for (String field : NoteContent.FREE_TEXTS) {
            free.put(field, fields.valid(field) ? freeText(field) : before.freeText(field));
        }
        return new NoteContent(studentId(), situation.draft(before.situation()), ticked(),
                free.get(NoteContent.NEEDS), free.get(NoteContent.PROPOSAL), free.get(NoteContent.OBJECTIONS),
                free.get(NoteContent.NEXT_STEP));
    }

    private void show(Note n, boolean fillFields) {
        noteId = n.id();
        stored.set(n);
        state.set(n.state());
        amendments.setAll(n.amendments());
        if (fillFields) {
            fill(() -> {
                NoteContent c = n.content();
                student.set(c.studentId() == null ? null : students.stream().filter(s -> s.id() == c.studentId())
                        .findFirst().orElse(null));
                situation.fill(c.situation());
                steps.forEach((s, p) -> p.set(c.steps().contains(s)));
                freeTexts.forEach((f, p) -> p.set(c.freeText(f)));
            });
        }
        updateFlags();
        status(n);
    }

    private void status(Note n) {
        switch (n.state()) {
            case DRAFT -> {
                if (fixing()) {
                    return;
                }
                if (mine(n)) {
                    status(Notice.Kind.SUCCESS, new Msg("note.status.saved", n.updatedAt().format(SECONDS)));
                } else {
                    status(Notice.Kind.INFO, new Msg("note.status.othersDraft", n.authorName()));
                }
            }
            case SIGNED -> status(Notice.Kind.SUCCESS, new Msg("note.status.signed", n.authorName(),
                    time(n.signedAt())));
            case LOCKED -> status(Notice.Kind.INFO, new Msg("note.status.locked",
                    time(NoteState.lockTime(n.sessionAt()))));
        }
    }

    /**
     * A save, signature or amendment that did not go through: a refusal beside its field or in the band;
     * a failure in the band, and in a dialog too when the person is waiting for it ({@code dialog}).
     */
    private void refused(Exception e, boolean dialog) {
        if (e instanceof ValidationException v) {
            if (fields.form().show(v)) {
                status(Notice.Kind.ERROR, new Msg("note.fix"));
                fieldToFix.set(null);
                fieldToFix.set(v.field());
            } else {
                status(Notice.Kind.ERROR, Msg.of(v));
            }
            if (NoteService.FIELD_NOTE.equals(v.field())) {
                // Signed elsewhere, locked at midnight: show the note as it is now.
                load();
            }
            return;
        }
        status(Notice.Kind.ERROR, new Msg("note.status.failed", DatabaseException.describe(e)));
        if (dialog) {
            dialogs.showError(new Msg("note.saveFailed"), DatabaseException.describe(e));
        }
    }

    /** The band says what to fix, and it is not fixed yet: a draft saved meanwhile does not hide that. */
    private boolean fixing() {
        return status.get() != null && "note.fix".equals(status.get().key()) && !fields.form().validProperty().get();
    }

    private void fill(Runnable values) {
        filling = true;
        try {
            fields.form().quietly(values);
        } finally {
            filling = false;
        }
    }

    private void updateFlags() {
        Note n = stored.get();
        Staff me = staff.get();
        boolean draft = state.get() == NoteState.DRAFT;
        editable.set(read && draft && (n == null || mine(n)));
        canAmend.set(read && n != null && !draft && me != null
                && (n.authorId() == me.id() || me.role() == Role.MANAGER));
        canPlan.set(read && n != null && planner != null);
    }

    private boolean mine(Note n) {
        Staff me = staff.get();
        return me != null && n.authorId() == me.id();
    }

    private void status(Notice.Kind kind, Msg msg) {
        statusKind.set(kind);
        status.set(msg);
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.toLocalDate() + " " + t.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private Long studentId() {
        return student.get() == null ? null : student.get().id();
    }

    private EnumSet<ConsultStep> ticked() {
        EnumSet<ConsultStep> out = EnumSet.noneOf(ConsultStep.class);
        steps.forEach((s, p) -> {
            if (p.get()) {
                out.add(s);
            }
        });
        return out;
    }

    private String freeText(String field) {
        return freeTexts.get(field).get();
    }

    // ---- what the view binds to ----------------------------------------------------------------

    public long householdId() {
        return householdId;
    }

    /** The note's id once it is stored, else null. */
    public Long noteId() {
        return noteId;
    }

    public SituationForm situation() {
        return situation;
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return fields.form().error(field);
    }

    public ObjectProperty<Student> studentProperty() {
        return student;
    }

    public ObservableList<Student> students() {
        return students;
    }

    public BooleanProperty step(ConsultStep step) {
        return steps.get(step);
    }

    public StringProperty freeTextProperty(String field) {
        return freeTexts.get(field);
    }

    public ReadOnlyObjectProperty<HouseholdCard> householdProperty() {
        return household;
    }

    public ReadOnlyObjectProperty<HouseholdTracks> tracksProperty() {
        return tracks;
    }

    /** The note as last stored (null before its first save). */
    public ReadOnlyObjectProperty<Note> storedProperty() {
        return stored;
    }

    public ReadOnlyObjectProperty<NoteState> stateProperty() {
        return state;
    }

    public ObservableList<Amendment> amendments() {
        return amendments;
    }

    public StringProperty amendmentProperty() {
        return amendment;
    }

    public ReadOnlyObjectProperty<Msg> amendmentError() {
        return amendFields.form().error(NoteContent.AMENDMENT);
    }

    /** How the note stands: saved when, signed, locked, or what needs fixing. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Notice.Kind> statusKindProperty() {
        return statusKind;
    }

    /** The field the cursor should go to after a refused signature (set anew each time). */
    public ReadOnlyObjectProperty<String> fieldToFixProperty() {
        return fieldToFix;
    }

    /** True while the note can be written: a draft of the person at this PC. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    /** True when the person at this PC may append an amendment (its author or a manager, once signed or locked). */
    public ReadOnlyBooleanProperty canAmendProperty() {
        return canAmend;
    }

    /** Whether 安排回访 is offered: the note is stored and the app plans follow-ups for this person. */
    public ReadOnlyBooleanProperty canPlanProperty() {
        return canPlan;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
