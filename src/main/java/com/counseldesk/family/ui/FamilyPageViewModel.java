package com.counseldesk.family.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Change;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The family page's state: the household (students, contacts, owner, channel, referrer), the
 * families it referred, its timeline and its history, all read off the UI thread; a form for each
 * student and contact, for a new student, a new contact and the owner. After any save the page is
 * read again, so it shows what was stored and the new history rows. No JavaFX nodes.
 */
public class FamilyPageViewModel {
    /** What the page shows, read in one go. {@code card} is empty when there is no such household. */
    record Loaded(Optional<HouseholdCard> card, HouseholdCard referrer, List<HouseholdCard> referrals,
            List<TimelineEntry> timeline, List<Change> history, List<Staff> counselors) {
    }

    private final long householdId;
    private final FamilyService families;
    private final OfficeService office;
    private final PageContext page;
    private final ObjectProperty<HouseholdCard> card = new SimpleObjectProperty<>();
    private final ObjectProperty<HouseholdCard> referrer = new SimpleObjectProperty<>();
    private final ObservableList<HouseholdCard> referrals = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<Change> history = FXCollections.observableArrayList();
    private final ObservableList<Staff> counselors = FXCollections.observableArrayList();
    private final ObservableList<StudentForm> students = FXCollections.observableArrayList();
    private final ObservableList<ContactForm> contacts = FXCollections.observableArrayList();
    private final Map<Long, StudentForm> studentForms = new HashMap<>();
    private final Map<Long, ContactForm> contactForms = new HashMap<>();
    private final StudentForm newStudent;
    private final PhoneForm newContact;
    private final OwnerForm owner;
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty missing = new SimpleBooleanProperty(false);
    private final List<Runnable> savedListeners = new ArrayList<>();
    private final List<PagePart> parts = new ArrayList<>();
    /** Counts the loads, so that an answer overtaken by a later load is dropped. */
    private int generation;

    public FamilyPageViewModel(long householdId, FamilyService families, OfficeService office, Background background,
            DialogService dialogs, Supplier<Staff> staff, Clock clock) {
        this.householdId = householdId;
        this.families = families;
        this.office = office;
        this.page = new PageContext(families, background, dialogs, staff, clock, this::saved);
        this.newStudent = new StudentForm(page, householdId, null);
        this.newContact = PhoneForm.newContact(page, householdId);
        this.owner = new OwnerForm(page, householdId);
    }

    /** Reads the household, its referrals, timeline and history (again), and the features' parts. */
    public void load() {
        parts.forEach(PagePart::load);
        loading.set(true);
        int g = ++generation;
        page.background().run(this::read, r -> {
            if (g == generation) {
                show(r);
            }
        }, e -> {
            loading.set(false);
            page.dialogs().showError(new Msg("family.loadFailed"), DatabaseException.describe(e));
        });
    }

    /** Adds a feature's part to the page (before its view is built); it is read with the page. */
    public void addPart(PagePart part) {
        parts.add(part);
    }

    /** The features' parts, in the order they were added. */
    public List<PagePart> parts() {
        return List.copyOf(parts);
    }

    /** Runs after every save made on this page (the desk's lists show the new names too). */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    /** Whether the person at this PC may give the household to another counselor (a manager). */
    public boolean canReassign() {
        Staff me = page.staff().get();
        return me != null && me.role() == Role.MANAGER;
    }

    /** Stops using a number, after asking; it stays in the history. */
    public void removePhone(ContactPhone phone) {
        if (!page.dialogs().confirm(new Msg("family.phone.removeTitle"),
                new Msg("family.phone.removeAsk", phone.phone().display()))) {
            return;
        }
        Long by = page.by();
        page.background().run(() -> {
            families.removePhone(phone.id(), by);
            return null;
        }, r -> saved(), e -> page.dialogs().showError(new Msg("family.saveFailed"),
                e instanceof ValidationException v ? Msg.of(v) : new Msg("family.saveFailed.detail", e.getMessage())));
    }

    private Loaded read() {
        Optional<HouseholdCard> found = families.card(householdId);
        if (found.isEmpty()) {
            return new Loaded(found, null, List.of(), List.of(), List.of(), List.of());
        }
        Long referredBy = found.get().household().referredBy();
        HouseholdCard by = referredBy == null ? null : families.card(referredBy).orElse(null);
        return new Loaded(found, by, families.referredBy(householdId), families.timeline(householdId),
                families.history(householdId), canReassign() ? office.counselors() : List.of());
    }

    private void show(Loaded r) {
        loading.set(false);
        missing.set(r.card().isEmpty());
        HouseholdCard c = r.card().orElse(null);
        referrer.set(r.referrer());
        referrals.setAll(r.referrals());
        timeline.setAll(r.timeline());
        history.setAll(r.history());
        counselors.setAll(r.counselors());
        students.setAll(sync(studentForms, c == null ? List.of() : c.students(), Student::id,
                s -> new StudentForm(page, householdId, s), StudentForm::update));
        contacts.setAll(sync(contactForms, c == null ? List.of() : c.contacts(), Contact::id,
                x -> new ContactForm(page, x), ContactForm::update));
        card.set(c);
    }

    /** The forms for these records: the same form for a record seen before, so that an open form keeps its typing. */
    private static <T, F> List<F> sync(Map<Long, F> forms, List<T> records, Function<T, Long> id,
            Function<T, F> create, BiConsumer<F, T> update) {
        List<F> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (T record : records) {
            Long key = id.apply(record);
            ids.add(key);
            F form = forms.get(key);
            if (form == null) {
                form = create.apply(record);
                forms.put(key, form);
            } else {
                update.accept(form, record);
            }
            out.add(form);
        }
        forms.keySet().retainAll(ids);
        return out;
    }

    private void saved() {
        load();
        savedListeners.forEach(Runnable::run);
    }

    public long householdId() {
        return householdId;
    }

    public LocalDate today() {
        return page.today();
    }

    /** What the page is called: its students' names, or that it is being read, or that there is no such household. */
    public Msg title() {
        HouseholdCard c = card.get();
        if (c != null) {
            return c.students().isEmpty() ? new Msg("family.tab.noStudent") : new Msg("family.tab", c.studentNames());
        }
        return new Msg(missing.get() ? "family.tab.missing" : "family.loading");
    }

    public ReadOnlyObjectProperty<HouseholdCard> cardProperty() {
        return card;
    }

    /** The household that referred this one (转介绍), or null. */
    public ReadOnlyObjectProperty<HouseholdCard> referrerProperty() {
        return referrer;
    }

    /** The households this one referred. */
    public ObservableList<HouseholdCard> referrals() {
        return referrals;
    }

    /** Everything the features recorded about the household, newest first. */
    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    /** Every change of the household's records, newest first. */
    public ObservableList<Change> history() {
        return history;
    }

    /** Who the household can be given to (read for a manager only). */
    public ObservableList<Staff> counselors() {
        return counselors;
    }

    public ObservableList<StudentForm> students() {
        return students;
    }

    public ObservableList<ContactForm> contacts() {
        return contacts;
    }

    public StudentForm newStudent() {
        return newStudent;
    }

    /** The form that adds a contact with their number. */
    public PhoneForm newContact() {
        return newContact;
    }

    public OwnerForm owner() {
        return owner;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True when the household could not be found (an id from a stale list). */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing;
    }
}
