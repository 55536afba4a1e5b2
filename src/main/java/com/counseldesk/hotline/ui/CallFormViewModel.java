package com.counseldesk.hotline.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.SaveFailure;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.ui.PlanFields;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Household;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.Subject;
import com.counseldesk.family.ui.PhoneLookup;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.BookingWarnings;
import com.counseldesk.hotline.BringItem;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.CallSheet;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.LoggedCall;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.hotline.SubjectNote;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call form (热线登记): the kind of call, its timer (the duration, filled in while the call lasts and
 * editable), the phone first (the household found as at the desk, through the shared {@link PhoneLookup}),
 * the hotline sheet's fields, and the outcome with what it needs: the visit booked (two times offered, the
 * one the family chose, the counselor, what to bring) or the follow-up (day, time, purpose). Only the phone
 * and the outcome are required. An inbound call takes its duty turn when it is picked up ({@link #start}).
 * Validation is the domain's rules through {@link FormModel}. No JavaFX nodes.
 */
public class CallFormViewModel {
    /** The field of the student's name (also where a refusal about which student lands). */
    public static final String STUDENT = CallSheet.STUDENT_NAME;
    /** A subject's standing field: {@code standing.MATH}. */
    public static final String STANDING = "standing.";
    /** The first offer is the one the family chose (1), or the second (2). */
    public static final int FIRST = 1;
    public static final int SECOND = 2;
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3})(?:[:：](\\d{1,2}))?");

    private final ObjectProperty<CallKind> kind = new SimpleObjectProperty<>(CallKind.INBOUND);
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty studentName = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.UNKNOWN);
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>(Grade.UNKNOWN);
    private final StringProperty school = new SimpleStringProperty("");
    private final Map<Subject, StringProperty> standing = new EnumMap<>(Subject.class);
    private final Map<Subject, BooleanProperty> wanted = new EnumMap<>(Subject.class);
    private final StringProperty attitude = new SimpleStringProperty("");
    private final StringProperty parentName = new SimpleStringProperty("");
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(Relation.UNKNOWN);
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty needs = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("0:00");
    private final ObjectProperty<CallOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty offerDay = new SimpleStringProperty("");
    private final StringProperty offerTime = new SimpleStringProperty("");
    private final StringProperty otherDay = new SimpleStringProperty("");
    private final StringProperty otherTime = new SimpleStringProperty("");
    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>(FIRST);
    private final Map<BringItem, BooleanProperty> bring = new EnumMap<>(BringItem.class);
    private final ObjectProperty<Staff> counselor = new SimpleObjectProperty<>();
    private final ObservableList<Staff> counselors = FXCollections.observableArrayList();
    /** What to look at before booking the time chosen (the counselor's other appointment, the office closed). */
    private final ObservableList<Msg> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> ownerNotice = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> statusKind = new SimpleObjectProperty<>(Kind.INFO);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty bookingWanted = new SimpleBooleanProperty(false);
    private final BooleanProperty followUpWanted = new SimpleBooleanProperty(false);
    private final StringProperty fieldToFix = new SimpleStringProperty();
    private final List<Consumer<LoggedCall>> savedListeners = new ArrayList<>();

    private final FormModel form = new FormModel();
    private final PlanFields plan;
    private final PhoneLookup lookup;
    private final CallService calls;
    private final DutyService duty;
    private final AppointmentService appointments;
    private final Background background;
    private final DialogService dialogs;
    private final Staff me;
    private final Clock clock;
    /** When the call was picked up (the timer counts from there); null between calls. */
    private LocalDateTime startedAt;
    /** The duty turn taken when the inbound call was picked up; null when none was. */
    private Long turnId;
    /** Whether the person typed the duration themselves: the timer then leaves it alone. */
    private boolean durationTyped;
    private boolean timing;
    /** Whether the counselor was put in by the form (the household's owner, the person at this PC). */
    private boolean counselorProposed = true;
    /** Set while the form puts the counselor in itself. */
    private boolean proposing;
    /** Set while the form is emptied (nothing typed, no call started). */
    private boolean clearing;

    public CallFormViewModel(CallService calls, DutyService duty, AppointmentService appointments,
            FamilyService families, Background background, DialogService dialogs, Staff me, Clock clock) {
        this.calls = calls;
        this.duty = duty;
        this.appointments = appointments;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.clock = clock;
        this.lookup = new PhoneLookup(families, background);
        for (Subject s : Subject.values()) {
            standing.put(s, new SimpleStringProperty(""));
            wanted.put(s, new SimpleBooleanProperty(false));
        }
        for (BringItem b : BringItem.values()) {
            bring.put(b, new SimpleBooleanProperty(true));
        }
        outcome.addListener((o, a, b) -> {
            bookingWanted.set(b == CallOutcome.BOOKED);
            followUpWanted.set(b == CallOutcome.FOLLOW_UP);
        });
        form.field(Phone.FIELD, () -> FormModel.check(() -> Phone.parse(phone.get())), phone)
                .field(STUDENT, this::studentRule, studentName, outcome, lookup.foundProperty())
                .field(StudentDetails.SCHOOL, () -> FormModel.check(() -> StudentDetails.school(school.get())), school);
        for (Subject s : Subject.values()) {
            form.field(STANDING + s.name(), () -> FormModel.check(() -> SubjectNote.standing(standing.get(s).get())),
                    standing.get(s));
        }
        form.field(CallSheet.ATTITUDE, () -> FormModel.check(() -> CallSheet.attitude(attitude.get())), attitude)
                .field(ContactDetails.NAME, () -> FormModel.check(() -> ContactDetails.name(parentName.get())),
                        parentName)
                .field(Household.DISTRICT, () -> FormModel.check(() -> Household.district(district.get())), district)
                .field(CallSheet.NEEDS, () -> FormModel.check(() -> CallSheet.needs(needs.get())), needs)
                .field(CallSheet.SUMMARY, () -> FormModel.check(() -> CallSheet.summary(summary.get())), summary)
                .field(NewCall.DURATION, () -> FormModel.check(this::durationSeconds), duration)
                .field(NewCall.OUTCOME, () -> outcome.get() == null ? new Msg("error.call.outcome") : null, outcome)
                .field(Booking.STARTS_AT, () -> bookingWanted.get() ? FormModel.check(this::checkFirstOffer) : null,
                        offerDay, offerTime, chosen, otherDay, otherTime, bookingWanted)
                .field(Booking.OTHER_OFFER, () -> bookingWanted.get() ? FormModel.check(this::otherOffer) : null,
                        offerDay, offerTime, chosen, otherDay, otherTime, bookingWanted)
                .field(Booking.COUNSELOR, () -> bookingWanted.get() && counselor.get() == null
                        ? new Msg("error.counselor.choose") : null, counselor, bookingWanted);
        plan = new PlanFields(form, () -> LocalDateTime.now(clock), followUpWanted);
        form.settlesOnLeave(Phone.FIELD, m -> "error.phone.letters".equals(m.key()));
        phone.addListener((o, a, b) -> {
            status.set(null);
            lookup.typed(b);
        });
        lookup.foundProperty().addListener((o, a, b) -> householdFound(b));
        counselor.addListener((o, a, b) -> {
            if (!proposing) {
                counselorProposed = false;
            }
        });
        duration.addListener((o, a, b) -> {
            if (!timing) {
                durationTyped = true;
            }
        });
        for (StringProperty typed : typedValues()) {
            typed.addListener((o, a, b) -> firstKeystroke());
        }
        for (ObservableValue<?> when : List.of(offerDay, offerTime, otherDay, otherTime, chosen, counselor,
                bookingWanted)) {
            when.addListener((o, a, b) -> lookForWarnings());
        }
        kind.addListener((o, was, now) -> {
            if (was != null && was.isInbound() && now != null && !now.isInbound()) {
                giveBackTurn();
            }
        });
        form.quietly(() -> plan.propose(today().plusDays(1), ""));
        form.revalidate();
    }

    public void setCounselors(List<Staff> staff) {
        counselors.setAll(staff);
        proposeCounselor();
    }

    public void onSaved(Consumer<LoggedCall> listener) {
        savedListeners.add(listener);
    }

    // --- a call starts, lasts, ends -----------------------------------------------------------------

    /**
     * A call of {@code callKind} is picked up (the form opened, or F2 for the next call): the timer starts,
     * and an inbound call takes its duty turn at once, so every PC shows the next counselor. A call being
     * typed is left as it is (returns false).
     */
    public boolean start(CallKind callKind) {
        if (hasTypedData() || saving.get()) {
            return false;
        }
        if (!callKind.isInbound()) {
            giveBackTurn();
        }
        clear();
        form.quietly(() -> kind.set(callKind));
        startedAt = LocalDateTime.now(clock);
        if (callKind.isInbound()) {
            background.run(() -> duty.answer(me.id()), t -> turnId = t.turnId(), e -> turnId = null);
        }
        return true;
    }

    /**
     * The call picked up with F2 turns out to be one the counselor makes (the kind changed to an outbound
     * one, or Shift+F2 on the untouched form): the duty turn it took is given back when nothing happened
     * since, and the band says whether it was.
     */
    private void giveBackTurn() {
        Long id = turnId;
        if (id == null) {
            return;
        }
        turnId = null;
        background.run(() -> duty.giveBack(me.id(), id), back -> say(Kind.INFO,
                new Msg(back ? "hotline.call.turnGivenBack" : "hotline.call.turnKept")), e -> { });
    }

    /** The timer's second: the duration follows the call unless it was typed. */
    public void tick() {
        if (startedAt == null || durationTyped) {
            return;
        }
        long seconds = Math.max(0, Duration.between(startedAt, LocalDateTime.now(clock)).getSeconds());
        timing = true;
        try {
            duration.set(format(seconds));
        } finally {
            timing = false;
        }
    }

    /** Typing into a form with no call going (after a save) starts the next call's timer; the turn is taken on saving. */
    private void firstKeystroke() {
        if (startedAt == null && !clearing) {
            startedAt = LocalDateTime.now(clock);
        }
    }

    /** Whether anything was typed that a closed form would throw away. */
    public boolean hasTypedData() {
        for (StringProperty s : typedValues()) {
            if (s.get() != null && !s.get().isBlank()) {
                return true;
            }
        }
        return wanted.values().stream().anyMatch(BooleanProperty::get) || outcome.get() != null;
    }

    private List<StringProperty> typedValues() {
        List<StringProperty> out = new ArrayList<>(List.of(phone, studentName, school, attitude, parentName, district,
                needs, summary));
        out.addAll(standing.values());
        return out;
    }

    /** Whether the form may be closed: asked of the person when something was typed. */
    public boolean mayDiscard() {
        return !hasTypedData() || dialogs.confirm(new Msg("hotline.call.discard.title"),
                new Msg("hotline.call.discard"));
    }

    // --- saving -----------------------------------------------------------------------------------

    /** Checks every field and logs the call when all is well; returns whether the save started. */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        fieldToFix.set(null);
        if (!form.showAll()) {
            needsFix(form.firstInvalid());
            return false;
        }
        NewCall call;
        try {
            call = call();
        } catch (ValidationException e) {
            refused(e);
            return false;
        }
        saving.set(true);
        say(Kind.INFO, new Msg("hotline.call.saving"));
        log(call, false);
        return true;
    }

    private NewCall call() {
        List<SubjectNote> notes = new ArrayList<>();
        for (Subject s : Subject.values()) {
            notes.add(new SubjectNote(s, standing.get(s).get(), wanted.get(s).get()));
        }
        CallSheet sheet = new CallSheet(Phone.parse(phone.get()), studentName.get(), gender.get(), grade.get(),
                school.get(), notes, attitude.get(), new ContactDetails(parentName.get(), relation.get()),
                district.get(), needs.get(), summary.get());
        CallOutcome how = outcome.get();
        FollowUpPlan followUp = how == CallOutcome.FOLLOW_UP ? plan.plan() : null;
        return new NewCall(kind.get(), sheet, null, durationSeconds(), how, followUp,
                how == CallOutcome.BOOKED ? booking() : null);
    }

    private void log(NewCall call, boolean warningsSeen) {
        Long turn = call.kind().isInbound() ? turnId : null;
        background.run(() -> calls.log(me.id(), call, turn, warningsSeen), this::saved, e -> {
            if (e instanceof BookingWarnings w && !warningsSeen) {
                confirmWarnings(call, w);
            } else {
                saveFailed(e);
            }
        });
    }

    /** The time chosen deserves a second look: booked only when the person says so. */
    private void confirmWarnings(NewCall call, BookingWarnings w) {
        warnings.setAll(w.warnings());
        Msg question = new Msg("hotline.call.warnings.confirm", joined(w.warnings()));
        if (dialogs.confirm(new Msg("hotline.call.warnings.title"), question)) {
            log(call, true);
            return;
        }
        saving.set(false);
        // Not booked: the warning stays in sight, the cursor goes to the time to change (or save again).
        say(Kind.ERROR, w.warnings().get(0));
        fieldToFix.set(null);
        fieldToFix.set(Booking.STARTS_AT);
    }

    /** The warnings as one message: "a；b". */
    private static Msg joined(List<Msg> list) {
        Msg out = list.get(0);
        for (int i = 1; i < list.size(); i++) {
            out = new Msg("hotline.call.warnings.and", out, list.get(i));
        }
        return out;
    }

    private void saved(LoggedCall c) {
        Msg who;
        if (c.householdId() == null) {
            who = new Msg("hotline.call.saved.noFamily");
        } else if (c.newHousehold()) {
            who = new Msg("hotline.call.saved.new", c.ownerName());
        } else if (c.ownedByOther()) {
            who = new Msg("hotline.call.saved.other", c.ownerName());
        } else {
            who = new Msg("hotline.call.saved.known", c.ownerName() == null ? new Msg("family.owner.none")
                    : c.ownerName());
        }
        CallOutcome how = outcome.get();
        clear();
        say(Kind.SUCCESS, new Msg("hotline.call.saved", who, how));
        saving.set(false);
        savedListeners.forEach(l -> l.accept(c));
    }

    private void saveFailed(Exception e) {
        saving.set(false);
        SaveFailure.report(e, this::refused, this::say, dialogs);
    }

    private void refused(ValidationException e) {
        ValidationException shown = Booking.STUDENT.equals(e.field())
                ? new ValidationException(STUDENT, e.messageKey(), e.args()) : e;
        if (form.show(shown)) {
            needsFix(shown.field());
        } else {
            say(Kind.ERROR, Msg.of(e));
        }
    }

    private void needsFix(String field) {
        Msg shown = form.error(field).get();
        boolean choice = shown != null && shown.key().endsWith(".choose") || NewCall.OUTCOME.equals(field);
        say(Kind.ERROR, new Msg(choice ? "hotline.call.chooseField" : "hotline.call.fixField",
                new Msg(labelKey(field))));
        fieldToFix.set(field);
    }

    /** The message key of a field's label, to name it in the status. */
    static String labelKey(String field) {
        if (field.startsWith(STANDING)) {
            return "subject." + field.substring(STANDING.length());
        }
        return switch (field) {
            case FollowUpPlan.DAY, FollowUpPlan.TIME -> "followUp.when";
            case FollowUpPlan.PURPOSE -> "followUp.purpose";
            default -> "hotline.call." + field;
        };
    }

    /** Empties the form for the next call; no call is going until the next one starts. */
    private void clear() {
        clearing = true;
        try {
            form.quietly(() -> {
                phone.set("");
                studentName.set("");
                gender.set(Gender.UNKNOWN);
                grade.set(Grade.UNKNOWN);
                school.set("");
                standing.values().forEach(s -> s.set(""));
                wanted.values().forEach(w -> w.set(false));
                attitude.set("");
                parentName.set("");
                relation.set(Relation.UNKNOWN);
                district.set("");
                needs.set("");
                summary.set("");
                outcome.set(null);
                offerDay.set("");
                offerTime.set("");
                otherDay.set("");
                otherTime.set("");
                chosen.set(FIRST);
                bring.values().forEach(b -> b.set(true));
                plan.propose(today().plusDays(1), "");
                lookup.clear();
                timing = true;
                duration.set("0:00");
                timing = false;
            });
        } finally {
            clearing = false;
        }
        warnings.clear();
        startedAt = null;
        turnId = null;
        durationTyped = false;
        counselorProposed = true;
        proposeCounselor();
        fieldToFix.set(null);
        form.reset();
    }

    // --- the household the phone found ------------------------------------------------------------

    private void householdFound(HouseholdCard card) {
        Long owner = card == null ? null : card.activeOwnerId();
        ownerNotice.set(owner != null && owner != me.id() ? new Msg("hotline.call.othersFamily", card.ownerName())
                : null);
        proposeCounselor();
    }

    /** The counselor of a booking, until the person chooses: the household's owner, else whoever takes the call. */
    private void proposeCounselor() {
        if (!counselorProposed) {
            return;
        }
        HouseholdCard card = lookup.foundProperty().get();
        Long wantedId = card != null && card.activeOwnerId() != null ? card.activeOwnerId()
                : me.role().consults() ? me.id() : null;
        Staff proposed = counselors.stream().filter(s -> wantedId != null && s.id() == wantedId).findFirst()
                .orElse(null);
        proposing = true;
        try {
            form.quietly(() -> counselor.set(proposed));
        } finally {
            proposing = false;
        }
    }

    private Msg studentRule() {
        Msg m = FormModel.check(() -> CallSheet.studentName(studentName.get()));
        if (m != null) {
            return m;
        }
        boolean needsName = outcome.get() != null && outcome.get().needsHousehold()
                && Phone.isComplete(phone.get()) && lookup.foundProperty().get() == null;
        return needsName && studentName.get().isBlank() ? new Msg("error.call.studentNeeded") : null;
    }

    // --- the booking ------------------------------------------------------------------------------

    /** The time the family chose: the first offer, or the second. */
    private LocalDateTime startsAt() {
        LocalDateTime first = when(offerDay.get(), offerTime.get(), Booking.STARTS_AT, true);
        if (Objects.equals(chosen.get(), SECOND)) {
            LocalDateTime second = otherOffer();
            Booking.notPast(second, Booking.OTHER_OFFER, LocalDateTime.now(clock));
            return second;
        }
        Booking.notPast(first, Booking.STARTS_AT, LocalDateTime.now(clock));
        return first;
    }

    /** The second time offered: may be left open (unless the family chose it), not past, not the first one. */
    private LocalDateTime otherOffer() {
        LocalDateTime second = when(otherDay.get(), otherTime.get(), Booking.OTHER_OFFER,
                Objects.equals(chosen.get(), SECOND));
        Booking.notPast(second, Booking.OTHER_OFFER, LocalDateTime.now(clock));
        if (second != null && second.equals(firstOffer())) {
            throw new ValidationException(Booking.OTHER_OFFER, "error.appointment.sameOffer");
        }
        return second;
    }

    /** The rule of the first time offered: required, not past. */
    private void checkFirstOffer() {
        Booking.notPast(when(offerDay.get(), offerTime.get(), Booking.STARTS_AT, true), Booking.STARTS_AT,
                LocalDateTime.now(clock));
    }

    /** The first time offered, or null while it does not read as one (its own field says why). */
    private LocalDateTime firstOffer() {
        try {
            return when(offerDay.get(), offerTime.get(), Booking.STARTS_AT, true);
        } catch (ValidationException e) {
            return null;
        }
    }

    /** The booking typed: the time chosen, the other one offered, the counselor and what to bring. */
    private Booking booking() {
        LocalDateTime first = when(offerDay.get(), offerTime.get(), Booking.STARTS_AT, true);
        LocalDateTime second = otherOffer();
        boolean secondChosen = Objects.equals(chosen.get(), SECOND);
        LocalDateTime starts = startsAt();
        LocalDateTime other = secondChosen ? first : second;
        Set<BringItem> items = EnumSet.noneOf(BringItem.class);
        bring.forEach((item, on) -> {
            if (on.get()) {
                items.add(item);
            }
        });
        return new Booking(starts, other, counselor.get() == null ? null : counselor.get().id(), null, items, "");
    }

    /** A day and a time as typed; null when both are blank and not {@code required}. */
    private static LocalDateTime when(String day, String time, String field, boolean required) {
        boolean blank = (day == null || day.isBlank()) && (time == null || time.isBlank());
        if (blank && !required) {
            return null;
        }
        LocalDate d = PlanFields.day(day, field);
        LocalTime t = PlanFields.time(time, field);
        if (t == null) {
            throw new ValidationException(field, "hotline.call.timeNeeded");
        }
        return d.atTime(t);
    }

    /** Reads the warnings of the time chosen (the form shows them before saving). */
    private void lookForWarnings() {
        if (!bookingWanted.get() || counselor.get() == null) {
            warnings.clear();
            return;
        }
        LocalDateTime starts;
        try {
            starts = startsAt();
        } catch (ValidationException e) {
            warnings.clear();
            return;
        }
        long counselorId = counselor.get().id();
        background.run(() -> appointments.warnings(counselorId, starts, null), found -> {
            Staff still = counselor.get();
            LocalDateTime now;
            try {
                now = startsAt();
            } catch (ValidationException e) {
                return;
            }
            if (still != null && still.id() == counselorId && now.equals(starts)) {
                warnings.setAll(found);
            }
        }, e -> warnings.clear());
    }

    // --- the duration -----------------------------------------------------------------------------

    /** The duration typed: "12:30" (minutes and seconds) or "12" (minutes), within the rule of a call's length. */
    int durationSeconds() {
        String typed = duration.get() == null ? "" : duration.get().strip();
        Matcher m = MINUTES_SECONDS.matcher(typed);
        if (!m.matches()) {
            throw new ValidationException(NewCall.DURATION, "hotline.call.durationFormat");
        }
        int minutes = Integer.parseInt(m.group(1));
        int seconds = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (seconds > 59) {
            throw new ValidationException(NewCall.DURATION, "hotline.call.durationFormat");
        }
        return NewCall.duration(minutes * 60 + seconds);
    }

    static String format(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- properties -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    public ObjectProperty<CallKind> kindProperty() {
        return kind;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The cursor left the phone: an unfinished number's message shows now. */
    public void phoneLeft() {
        form.left(Phone.FIELD);
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

    public StringProperty standingProperty(Subject s) {
        return standing.get(s);
    }

    public BooleanProperty wantedProperty(Subject s) {
        return wanted.get(s);
    }

    public StringProperty attitudeProperty() {
        return attitude;
    }

    public StringProperty parentNameProperty() {
        return parentName;
    }

    public ObjectProperty<Relation> relationProperty() {
        return relation;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty needsProperty() {
        return needs;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The call's length as "m:ss", counting while the call lasts; typed over, it stays as typed. */
    public StringProperty durationProperty() {
        return duration;
    }

    public ObjectProperty<CallOutcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty bookingWantedProperty() {
        return bookingWanted;
    }

    public ReadOnlyBooleanProperty followUpWantedProperty() {
        return followUpWanted;
    }

    public StringProperty offerDayProperty() {
        return offerDay;
    }

    public StringProperty offerTimeProperty() {
        return offerTime;
    }

    public StringProperty otherDayProperty() {
        return otherDay;
    }

    public StringProperty otherTimeProperty() {
        return otherTime;
    }

    /** Which of the two times the family chose: {@link #FIRST} or {@link #SECOND}. */
    public ObjectProperty<Integer> chosenProperty() {
        return chosen;
    }

    public BooleanProperty bringProperty(BringItem item) {
        return bring.get(item);
    }

    public ObjectProperty<Staff> counselorProperty() {
        return counselor;
    }

    public ObservableList<Staff> counselors() {
        return counselors;
    }

    public ObservableList<Msg> warnings() {
        return warnings;
    }

    /** The follow-up's day as typed. */
    public StringProperty followUpDayProperty() {
        return plan.dayProperty();
    }

    public StringProperty followUpTimeProperty() {
        return plan.timeProperty();
    }

    public StringProperty followUpPurposeProperty() {
        return plan.purposeProperty();
    }

    /** The households whose numbers start with the digits typed so far (after four of them). */
    public ObservableList<HouseholdCard> suggestions() {
        return lookup.suggestions();
    }

    /** The household the phone found (as the desk's card shows it), or null. */
    public ReadOnlyObjectProperty<HouseholdCard> householdProperty() {
        return lookup.foundProperty();
    }

    /** Whose family it is, when it is another counselor's. */
    public ReadOnlyObjectProperty<Msg> ownerNoticeProperty() {
        return ownerNotice;
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Kind> statusKindProperty() {
        return statusKind;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** After a refused save: the field the cursor goes to. */
    public ReadOnlyStringProperty fieldToFixProperty() {
        return fieldToFix;
    }

    /** The office's today (the date fields offer no earlier day). */
    public LocalDate currentDay() {
        return today();
    }

    private void say(Kind k, Msg message) {
        statusKind.set(k);
        status.set(message);
    }
}
