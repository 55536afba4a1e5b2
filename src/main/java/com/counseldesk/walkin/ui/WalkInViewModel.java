package com.counseldesk.walkin.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.SaveFailure;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.fx.Prefill;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.ui.PhoneLookup;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.AlreadyHereException;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitStatus;
import com.counseldesk.walkin.WalkIn;
import com.counseldesk.walkin.WalkInService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import javafx.collections.ObservableSet;

/**
 * The walk-in form's state: the values typed, which household the phone found (through the shared
 * {@link PhoneLookup}) and which of its children came, and saving. Validation is the domain's rules
 * through {@link FormModel}; values put in from the record go through {@link Prefill}. No JavaFX
 * nodes, so it is tested without the toolkit.
 */
public class WalkInViewModel {
    /** The student choice that means "a child not on record yet". */
    public static final Student NEW_STUDENT = new Student(-1, -1, "", Gender.UNKNOWN, Grade.UNKNOWN, 0, "", null);
    private static final int SAME_NAME_LIMIT = 3;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Student> student = new SimpleObjectProperty<>(NEW_STUDENT);
    private final StringProperty studentName = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.UNKNOWN);
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>(Grade.UNKNOWN);
    private final StringProperty school = new SimpleStringProperty("");
    private final StringProperty parentName = new SimpleStringProperty("");
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(Relation.UNKNOWN);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty referrerPhone = new SimpleStringProperty("");
    private final StringProperty whoCame = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectProperty<Staff> counselor = new SimpleObjectProperty<>();

    private final ObservableList<Staff> counselors = FXCollections.observableArrayList();
    private final ObservableList<Student> studentChoices = FXCollections.observableArrayList();
    /** Brothers and sisters on record who came too (besides the chosen student). */
    private final ObservableSet<Long> alsoCame = FXCollections.observableSet();
    /** The household the phone found, or the one the desk chose to add a new number to. */
    private final ObjectProperty<HouseholdCard> household = new SimpleObjectProperty<>();
    private final ObjectProperty<HouseholdCard> attachTo = new SimpleObjectProperty<>();
    private final ObservableList<HouseholdCard> sameName = FXCollections.observableArrayList();
    private final ObjectProperty<HouseholdCard> referrer = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> ownerWarning = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> statusKind = new SimpleObjectProperty<>(Kind.INFO);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final List<Consumer<Registration>> savedListeners = new ArrayList<>();
    private final List<Runnable> newFormListeners = new ArrayList<>();
    private final List<Consumer<Long>> showVisitListeners = new ArrayList<>();
    /** The channel the household's history proposes (prefilled; the desk may change it), or null. */
    private final ObjectProperty<Channel> proposedChannel = new SimpleObjectProperty<>();
    /** The field the desk has to fix or choose after a refused save; the view puts the cursor there. */
    private final StringProperty fieldToFix = new SimpleStringProperty();

    private final FormModel form = new FormModel();
    private final Prefill householdPrefill = new Prefill();
    private final Prefill studentPrefill = new Prefill();
    private final PhoneLookup lookup;
    private final PhoneLookup referrerLookup;
    private final WalkInService service;
    private final FamilyService families;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Long> currentStaff;
    private final Clock clock;

    public WalkInViewModel(WalkInService service, FamilyService families, Background background, DialogService dialogs,
            Supplier<Long> currentStaff, Clock clock) {
        this.service = service;
        this.families = families;
        this.background = background;
        this.dialogs = dialogs;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.lookup = new PhoneLookup(families, background);
        this.referrerLookup = new PhoneLookup(families, background);
        form.field("phone", () -> FormModel.check(() -> Phone.parse(phone.get())), phone)
                .field("studentName", () -> FormModel.check(() -> StudentDetails.name(studentName.get())), studentName)
                .field("school", () -> FormModel.check(() -> StudentDetails.school(school.get())), school)
                .field("parentName", () -> FormModel.check(() -> ContactDetails.name(parentName.get())), parentName)
                .field("channel", () -> channel.get() == null ? new Msg("error.channel.choose") : null, channel)
                .field("referrer", this::referrerRule, referrerPhone, channel, referrer, phone)
                .field("whoCame", () -> FormModel.check(() -> WalkIn.whoCame(whoCame.get())), whoCame)
                .field("purpose", () -> FormModel.check(() -> WalkIn.purpose(purpose.get())), purpose)
                .field("counselor", () -> counselor.get() == null ? new Msg("error.counselor.choose") : null,
                        counselor);
        form.settlesOnLeave("phone", m -> "error.phone.letters".equals(m.key()));
        phone.addListener((o, a, b) -> {
            status.set(null);
            attachTo.set(null);
            lookup.typed(b);
            lookForSameName();
        });
        referrerPhone.addListener((o, a, b) -> referrerLookup.typed(b));
        referrerLookup.foundProperty().addListener((o, a, b) -> referrer.set(b));
        lookup.foundProperty().addListener((o, a, b) -> household.set(b != null ? b : attachTo.get()));
        attachTo.addListener((o, a, b) -> household.set(lookup.foundProperty().get() != null
                ? lookup.foundProperty().get() : b));
        parentName.addListener((o, a, b) -> lookForSameName());
        household.addListener((o, a, b) -> householdChanged(a, b));
        student.addListener((o, a, b) -> studentChanged(b));
        household.addListener((o, a, b) -> updateOwnerWarning());
        counselor.addListener((o, a, b) -> updateOwnerWarning());
        form.revalidate();
    }

    public void setCounselors(List<Staff> staff) {
        counselors.setAll(staff);
    }

    public void onSaved(Consumer<Registration> listener) {
        savedListeners.add(listener);
    }

    /** Runs each time the form is cleared for the next family (Ctrl+N, and after a save). */
    public void onNewForm(Runnable listener) {
        newFormListeners.add(listener);
    }

    /**
     * Called with a visit of today the desk chose to go to instead of registering the family again
     * (today's board selects it).
     */
    public void onShowVisit(Consumer<Long> listener) {
        showVisitListeners.add(listener);
    }

    /** The cursor left the phone field: an unfinished number's message shows now. */
    public void phoneLeft() {
        form.left("phone");
    }

    /**
     * Validates everything, shows every message, and saves when all is well. When something needs
     * the desk's attention, the status says which field; returns whether the save started.
     */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        fieldToFix.set(null);
        if (!form.showAll()) {
            needsFix(form.firstInvalid());
            return false;
        }
        WalkIn walkIn;
        try {
            Student chosen = student.get();
            walkIn = new WalkIn(Phone.parse(phone.get()), attachTo.get() == null ? null : attachTo.get().id(),
                    chosen == NEW_STUDENT || chosen == null ? null : chosen.id(),
                    new StudentDetails(studentName.get(), gender.get(), grade.get(), school.get()),
                    List.copyOf(alsoCame),
                    new ContactDetails(parentName.get(), relation.get()), channel.get(),
                    referrer.get() == null ? null : referrer.get().id(), whoCame.get(), purpose.get(),
                    counselor.get().id());
        } catch (ValidationException e) {
            refused(e);
            return false;
        }
        saving.set(true);
        say(Kind.INFO, new Msg("walkin.saving"));
        // Typed as a new family: if the number has a household by the time the save runs, another desk
        // registered it a moment ago, and the visit joins that household.
        boolean typedAsNew = household.get() == null;
        register(walkIn, typedAsNew, false);
        return true;
    }

    private void register(WalkIn walkIn, boolean typedAsNew, boolean againToday) {
        background.run(() -> service.register(walkIn, currentStaff.get(), againToday), r -> saved(r, typedAsNew),
                e -> {
                    if (e instanceof AlreadyHereException here) {
                        alreadyHere(walkIn, typedAsNew, here);
                    } else {
                        saveFailed(e);
                    }
                });
    }

    /** The family is at the office already today: register again only when the desk says so. */
    private void alreadyHere(WalkIn walkIn, boolean typedAsNew, AlreadyHereException here) {
        String names = here.studentNames().isEmpty() && household.get() != null ? household.get().studentNames()
                : here.studentNames();
        String key = here.status() == VisitStatus.CONSULTING ? "walkin.again.CONSULTING" : "walkin.again.WAITING";
        Msg question = new Msg(key, names,
                here.arrivedAt().toLocalTime().format(HH_MM));
        if (dialogs.confirm(new Msg("walkin.again.title"), question)) {
            register(walkIn, typedAsNew, true);
            return;
        }
        saving.set(false);
        say(Kind.INFO, new Msg("walkin.again.kept", names));
        showVisitListeners.forEach(l -> l.accept(here.visitId()));
    }

    /** Names the field to fix (or choose) in the status line and asks the view to put the cursor there. */
    private void needsFix(String field) {
        Msg shown = form.error(field).get();
        boolean choice = shown != null && shown.key().endsWith(".choose");
        say(Kind.ERROR, new Msg(choice ? "walkin.chooseField" : "walkin.fixField", new Msg("walkin." + field)));
        fieldToFix.set(field);
    }

    /** Whether a person typed anything into the form that a new form would throw away. */
    public boolean hasTypedData() {
        return !isBlank(phone.get()) || !isBlank(studentName.get()) || !isBlank(school.get())
                || !isBlank(parentName.get()) || !isBlank(referrerPhone.get()) || !isBlank(whoCame.get())
                || !isBlank(purpose.get());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Whether the typed form may be thrown away (switching user, a new form): asked of the person when
     * something was typed; true at once when nothing was.
     */
    public boolean mayDiscard() {
        return !hasTypedData() || dialogs.confirm(new Msg("walkin.discard.title"), new Msg("walkin.discard"));
    }

    /** Ctrl+N / 新登记: a new form, after asking when what was typed would be lost; true when cleared. */
    public boolean newFormAsked() {
        if (!mayDiscard()) {
            return false;
        }
        newForm();
        return true;
    }

    /** Clears the form for the next family (Ctrl+N). */
    public void newForm() {
        form.quietly(() -> {
            phone.set("");
            student.set(NEW_STUDENT);
            studentName.set("");
            gender.set(Gender.UNKNOWN);
            grade.set(Grade.UNKNOWN);
            school.set("");
            parentName.set("");
            relation.set(Relation.UNKNOWN);
            channel.set(null);
            referrerPhone.set("");
            whoCame.set("");
            purpose.set("");
            counselor.set(null);
            attachTo.set(null);
            alsoCame.clear();
            lookup.clear();
            referrerLookup.clear();
            sameName.clear();
            householdPrefill.forget();
            studentPrefill.forget();
        });
        fieldToFix.set(null);
        form.reset();
        newFormListeners.forEach(Runnable::run);
    }

    /** The desk says the new number is this household's (a parent's second phone): the visit joins it. */
    public void attach(HouseholdCard card) {
        attachTo.set(card);
        sameName.clear();
    }

    /** Back to a household of its own for the new number. */
    public void detach() {
        attachTo.set(null);
        lookForSameName();
    }

    private void saved(Registration r, boolean typedAsNew) {
        saving.set(false);
        newForm();
        String key = r.newHousehold() ? "walkin.saved.new" : typedAsNew ? "walkin.saved.justRegistered"
                : r.newStudent() ? "walkin.saved.newStudent" : "walkin.saved.returning";
        say(Kind.SUCCESS, new Msg(key, r.ownerName()));
        savedListeners.forEach(l -> l.accept(r));
    }

    private void saveFailed(Exception e) {
        saving.set(false);
        SaveFailure.report(e, this::refused, this::say, dialogs);
    }

    private void refused(ValidationException e) {
        if (form.show(e)) {
            needsFix(e.field());
        } else {
            say(Kind.ERROR, Msg.of(e));
        }
    }

    private void householdChanged(HouseholdCard before, HouseholdCard now) {
        boolean other = now == null || before == null || before.id() != now.id();
        if (other) {
            proposedChannel.set(null);
            form.quietly(() -> {
                studentPrefill.undo();
                householdPrefill.undo();
                student.set(NEW_STUDENT);
            });
        }
        studentChoices.setAll(now == null ? List.of() : now.students());
        if (other) {
            alsoCame.clear();
        }
        if (now == null) {
            return;
        }
        form.quietly(() -> {
            if (attachTo.get() == null) {
                Contact c = now.contactWith(Phone.parse(phone.get()));
                if (c != null) {
                    householdPrefill.fillIfBlank(parentName, c.name(), "");
                    householdPrefill.fillIfBlank(relation, c.relation(), Relation.UNKNOWN);
                }
            }
            Long owner = now.activeOwnerId();
            if (owner != null) {
                counselors.stream().filter(s -> s.id() == owner).findFirst()
                        .ifPresent(s -> householdPrefill.fillIfBlank(counselor, s, null));
            }
            if (other && now.students().size() == 1) {
                student.set(now.students().get(0));
            }
        });
        if (other) {
            proposeChannel(now);
        }
    }

    /** Proposes the channel the household's visits suggest, unless the desk chose one already. */
    private void proposeChannel(HouseholdCard card) {
        background.run(() -> service.proposedChannel(card.id()), proposed -> {
            HouseholdCard still = household.get();
            if (still == null || still.id() != card.id()) {
                return;
            }
            form.quietly(() -> householdPrefill.fillIfBlank(channel, proposed, null));
            if (proposed.equals(channel.get())) {
                proposedChannel.set(proposed);
            }
        }, e -> { });
    }

    private void studentChanged(Student chosen) {
        if (chosen != null) {
            alsoCame.remove(chosen.id());
        }
        form.quietly(() -> {
            studentPrefill.undo();
            if (chosen != null && chosen != NEW_STUDENT) {
                LocalDate today = LocalDate.now(clock);
                studentPrefill.fillIfBlank(studentName, chosen.name(), "");
                studentPrefill.fillIfBlank(gender, chosen.gender(), Gender.UNKNOWN);
                studentPrefill.fillIfBlank(grade, chosen.gradeOn(today), Grade.UNKNOWN);
                studentPrefill.fillIfBlank(school, chosen.school(), "");
            }
        });
    }

    /**
     * A complete new number with a parent name that a household already has: offer that household,
     * never merge silently.
     */
    private void lookForSameName() {
        String typed = phone.get();
        String name = parentName.get();
        if (!Phone.isComplete(typed) || lookup.foundProperty().get() != null || attachTo.get() != null
                || name == null || name.isBlank()) {
            sameName.clear();
            return;
        }
        background.run(() -> families.findByPhone(Phone.parse(typed)).isPresent() ? List.<HouseholdCard>of()
                : families.withContactNamed(name, SAME_NAME_LIMIT), found -> {
                    // The same offer again (two lookups for one change) is left as it is on screen: made
                    // anew, its buttons would swallow a click that came between.
                    if (Objects.equals(typed, phone.get()) && Objects.equals(name, parentName.get())
                            && attachTo.get() == null && !sameName.equals(found)) {
                        sameName.setAll(found);
                    }
                }, e -> sameName.clear());
    }

    private void updateOwnerWarning() {
        HouseholdCard card = household.get();
        Staff chosen = counselor.get();
        boolean takeOver = card != null && card.activeOwnerId() != null && chosen != null
                && chosen.id() != card.activeOwnerId();
        ownerWarning.set(takeOver ? new Msg("walkin.ownerKept", card.ownerName()) : null);
    }

    private Msg referrerRule() {
        if (channel.get() == null || !channel.get().needsReferrer()) {
            return null;
        }
        String typed = referrerPhone.get();
        if (typed == null || typed.isBlank()) {
            return new Msg("error.referrer.required");
        }
        try {
            Phone p = Phone.parse(typed);
            if (Phone.isComplete(phone.get()) && Phone.parse(phone.get()).base().equals(p.base())) {
                return new Msg("error.referrer.self");
            }
        } catch (ValidationException e) {
            return Msg.of(e);
        }
        HouseholdCard found = referrer.get();
        if (found == null) {
            return new Msg("error.referrer.unknown");
        }
        return household.get() != null && household.get().id() == found.id() ? new Msg("error.referrer.self") : null;
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Student> studentProperty() {
        return student;
    }

    public ObservableList<Student> studentChoices() {
        return studentChoices;
    }

    /** Ids of the household's other students who came too; the view ticks them. */
    public ObservableSet<Long> alsoCame() {
        return alsoCame;
    }

    public StringProperty studentNameProperty() {
        return studentName;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    public StringProperty schoolProperty() {
        return school;
    }

    public StringProperty parentNameProperty() {
        return parentName;
    }

    public ObjectProperty<Relation> relationProperty() {
        return relation;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty referrerPhoneProperty() {
        return referrerPhone;
    }

    public StringProperty whoCameProperty() {
        return whoCame;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectProperty<Staff> counselorProperty() {
        return counselor;
    }

    public ObservableList<Staff> counselors() {
        return counselors;
    }

    /** The household the visit will join: found by the phone, or chosen by the desk for a new number. */
    public ReadOnlyObjectProperty<HouseholdCard> householdProperty() {
        return household;
    }

    public ReadOnlyObjectProperty<HouseholdCard> attachToProperty() {
        return attachTo;
    }

    /** Households with a contact of the typed parent name, offered for a new number. */
    public ObservableList<HouseholdCard> sameName() {
        return sameName;
    }

    public ReadOnlyObjectProperty<HouseholdCard> referrerProperty() {
        return referrer;
    }

    public ObservableList<HouseholdCard> suggestions() {
        return lookup.suggestions();
    }

    public ReadOnlyObjectProperty<Msg> ownerWarningProperty() {
        return ownerWarning;
    }

    /** The channel prefilled from the household's visits (null when none was proposed). */
    public ReadOnlyObjectProperty<Channel> proposedChannelProperty() {
        return proposedChannel;
    }

    /** After a refused save: the field (as in {@link #error}) the cursor goes to; null otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty fieldToFixProperty() {
        return fieldToFix;
    }

    /** What became of the last save (or why it did not start); null while the desk types. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    /** How the status reads: saved, still saving, or something to fix. */
    public ReadOnlyObjectProperty<Kind> statusKindProperty() {
        return statusKind;
    }

    private void say(Kind kind, Msg message) {
        statusKind.set(kind);
        status.set(message);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }
}
