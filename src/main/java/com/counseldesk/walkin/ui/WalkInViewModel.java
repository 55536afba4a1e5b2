package com.counseldesk.walkin.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Family;
import com.counseldesk.family.FamilyCard;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.RegistrationService;
import com.counseldesk.walkin.WalkIn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walk-in form's state: the values typed, a message per field, the family the phone matches,
 * and saving. No JavaFX nodes, so it is tested without the toolkit.
 */
public class WalkInViewModel {
    public static final List<String> FIELDS = List.of("phone", "studentName", "school", "parentName", "channel",
            "referrer", "whoCame", "purpose", "counselor");

    private final StringProperty phone = new SimpleStringProperty("");
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
    private final ObjectProperty<FamilyCard> knownFamily = new SimpleObjectProperty<>();
    private final ObjectProperty<FamilyCard> referrer = new SimpleObjectProperty<>();
    private final ObservableList<FamilyCard> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> ownerWarning = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final Map<String, ObjectProperty<Msg>> errors = new LinkedHashMap<>();
    private final Map<String, Supplier<Msg>> rules = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final List<Consumer<Registration>> savedListeners = new ArrayList<>();
    /** Takes back what {@link #prefill} put into the form, where the desk has not changed it since. */
    private final List<Runnable> undoPrefill = new ArrayList<>();

    private final RegistrationService service;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Long> currentStaff;
    private boolean showAll;
    private boolean resetting;

    public WalkInViewModel(RegistrationService service, Background background, DialogService dialogs,
            Supplier<Long> currentStaff) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.currentStaff = currentStaff;
        FIELDS.forEach(f -> errors.put(f, new SimpleObjectProperty<>()));
        rules.put("phone", () -> check(() -> Phone.parse(phone.get())));
        rules.put("studentName", () -> check(() -> Text.required("studentName", studentName.get(), Text.NAME_MAX)));
        rules.put("school", () -> check(() -> Text.optional("school", school.get(), Text.SHORT_MAX)));
        rules.put("parentName", () -> check(() -> Text.optional("parentName", parentName.get(), Text.NAME_MAX)));
        rules.put("channel", () -> channel.get() == null ? new Msg("error.required") : null);
        rules.put("referrer", this::referrerRule);
        rules.put("whoCame", () -> check(() -> Text.optional("whoCame", whoCame.get(), Text.SHORT_MAX)));
        rules.put("purpose", () -> check(() -> Text.optional("purpose", purpose.get(), Text.LONG_MAX)));
        rules.put("counselor", () -> counselor.get() == null ? new Msg("error.required") : null);

        watch("phone", phone);
        watch("studentName", studentName);
        watch("school", school);
        watch("parentName", parentName);
        watch("channel", channel);
        watch("referrer", referrerPhone);
        watch("whoCame", whoCame);
        watch("purpose", purpose);
        watch("counselor", counselor);
        phone.addListener((o, a, b) -> lookUpPhone(b));
        referrerPhone.addListener((o, a, b) -> lookUpReferrer(b));
        knownFamily.addListener((o, a, b) -> {
            if (a != null && (b == null || a.family().id() != b.family().id())) {
                undoPrefill.forEach(Runnable::run);
                undoPrefill.clear();
            }
        });
        knownFamily.addListener((o, a, b) -> updateOwnerWarning());
        counselor.addListener((o, a, b) -> updateOwnerWarning());
        revalidate();
    }

    public void setCounselors(List<Staff> staff) {
        counselors.setAll(staff);
    }

    public void onSaved(Consumer<Registration> listener) {
        savedListeners.add(listener);
    }

    /** Validates everything, shows every message, and saves when all is well. Returns whether it started. */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        showAll = true;
        revalidate();
        if (!valid.get()) {
            status.set(new Msg("walkin.fixErrors"));
            return false;
        }
        WalkIn walkIn;
        try {
            walkIn = new WalkIn(studentName.get(), gender.get(), grade.get(), school.get(), parentName.get(),
                    relation.get(), Phone.parse(phone.get()), channel.get(),
                    referrer.get() == null ? null : referrer.get().family().id(), whoCame.get(), purpose.get(),
                    counselor.get().id());
        } catch (ValidationException e) {
            showError(e);
            return false;
        }
        saving.set(true);
        status.set(new Msg("walkin.saving"));
        background.run(() -> service.registerWalkIn(walkIn, currentStaff.get()), this::saved, this::saveFailed);
        return true;
    }

    /** Clears the form for the next family (Ctrl+N). */
    public void newForm() {
        resetting = true;
        phone.set("");
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
        knownFamily.set(null);
        referrer.set(null);
        suggestions.clear();
        touched.clear();
        showAll = false;
        resetting = false;
        revalidate();
    }

    /** Takes a suggested family: its phone goes into the field and the family is looked up. */
    public void pick(FamilyCard card) {
        phone.set(card.family().phone().display());
    }

    private void saved(Registration r) {
        saving.set(false);
        newForm();
        status.set(new Msg(r.newFamily() ? "walkin.saved.new" : "walkin.saved.returning", r.ownerName()));
        savedListeners.forEach(l -> l.accept(r));
    }

    private void saveFailed(Exception e) {
        saving.set(false);
        if (e instanceof ValidationException v) {
            showError(v);
            status.set(new Msg("walkin.fixErrors"));
            return;
        }
        status.set(new Msg("walkin.saveFailed"));
        dialogs.showError(new Msg("walkin.saveFailed"), new Msg("walkin.saveFailed.detail", e.getMessage()));
    }

    private void showError(ValidationException e) {
        ObjectProperty<Msg> p = errors.get(e.field());
        if (p != null) {
            p.set(Msg.of(e));
        }
        valid.set(false);
    }

    private void lookUpPhone(String typed) {
        if (resetting) {
            return;
        }
        if (Phone.isComplete(typed)) {
            Phone p = Phone.parse(typed);
            suggestions.clear();
            background.run(() -> service.findByPhone(p), card -> {
                if (Objects.equals(phone.get(), typed)) {
                    knownFamily.set(card.orElse(null));
                    card.ifPresent(this::prefill);
                }
            }, e -> knownFamily.set(null));
            return;
        }
        knownFamily.set(null);
        background.run(() -> service.suggest(typed), found -> {
            if (Objects.equals(phone.get(), typed)) {
                suggestions.setAll(found);
            }
        }, e -> suggestions.clear());
    }

    private void lookUpReferrer(String typed) {
        referrer.set(null);
        revalidate();
        if (resetting || !Phone.isComplete(typed)) {
            return;
        }
        Phone p = Phone.parse(typed);
        background.run(() -> service.findByPhone(p), card -> {
            if (Objects.equals(referrerPhone.get(), typed)) {
                referrer.set(card.orElse(null));
                touched.add("referrer");
                revalidate();
            }
        }, e -> referrer.set(null));
    }

    /**
     * Fills what the desk has not typed yet from the family on record. When the phone is corrected to
     * another number, the filled values are taken back so they never reach another family's record.
     */
    private void prefill(FamilyCard card) {
        Family f = card.family();
        fillIfBlank(studentName, f.studentName(), "");
        fillIfBlank(school, f.school(), "");
        fillIfBlank(parentName, f.parentName(), "");
        fillIfBlank(gender, f.gender(), Gender.UNKNOWN);
        fillIfBlank(grade, f.grade(), Grade.UNKNOWN);
        fillIfBlank(relation, f.parentRelation(), Relation.UNKNOWN);
        if (card.ownerActive() && f.ownerId() != null) {
            counselors.stream().filter(s -> s.id() == f.ownerId()).findFirst()
                    .ifPresent(s -> fillIfBlank(counselor, s, null));
        }
    }

    /** Sets a value the desk has left blank, remembering how to take it back (see {@link #undoPrefill}). */
    private <T> void fillIfBlank(Property<T> p, T value, T blank) {
        T now = p.getValue();
        boolean isBlank = Objects.equals(now, blank) || now instanceof String text && text.isBlank();
        if (!isBlank) {
            return;
        }
        p.setValue(value);
        undoPrefill.add(() -> {
            if (Objects.equals(p.getValue(), value)) {
                p.setValue(blank);
            }
        });
    }

    private void updateOwnerWarning() {
        FamilyCard card = knownFamily.get();
        Staff chosen = counselor.get();
        boolean takeOver = card != null && card.ownerActive() && card.family().ownerId() != null && chosen != null
                && chosen.id() != card.family().ownerId();
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
            if (Phone.isComplete(phone.get()) && Phone.parse(phone.get()).equals(p)) {
                return new Msg("error.referrer.self");
            }
        } catch (ValidationException e) {
            return Msg.of(e);
        }
        return referrer.get() == null ? new Msg("error.referrer.unknown") : null;
    }

    private static Msg check(Runnable rule) {
        try {
            rule.run();
            return null;
        } catch (ValidationException e) {
            return Msg.of(e);
        }
    }

    private void watch(String field, ObservableValue<?> value) {
        value.addListener((o, a, b) -> {
            if (!resetting) {
                touched.add(field);
                status.set(null);
                revalidate();
            }
        });
    }

    private void revalidate() {
        boolean ok = true;
        for (Map.Entry<String, Supplier<Msg>> rule : rules.entrySet()) {
            Msg msg = rule.getValue().get();
            ok &= msg == null;
            boolean visible = showAll || touched.contains(rule.getKey());
            errors.get(rule.getKey()).set(visible ? msg : null);
        }
        valid.set(ok);
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return errors.get(field);
    }

    public StringProperty phoneProperty() {
        return phone;
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

    public ReadOnlyObjectProperty<FamilyCard> knownFamilyProperty() {
        return knownFamily;
    }

    public ReadOnlyObjectProperty<FamilyCard> referrerProperty() {
        return referrer;
    }

    public ObservableList<FamilyCard> suggestions() {
        return suggestions;
    }

    public ReadOnlyObjectProperty<Msg> ownerWarningProperty() {
        return ownerWarning;
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }
}
