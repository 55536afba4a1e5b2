package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.HouseholdTag;
import com.counseldesk.consult.IntentService;
import com.counseldesk.consult.StudentIntent;
import com.counseldesk.consult.TagService;
import com.counseldesk.family.Intent;
import com.counseldesk.office.Staff;
import java.util.List;
import java.util.concurrent.Callable;
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
 * The family page's consultation part: the household's client-type tags (with the strategy of
 * each), the office's active tags to put on it, and each student's intent level. Read off the UI
 * thread; when the person at this PC may not read the household's records, nothing of them is
 * read and the part says so. After a change the page is read again ({@code changed}: the timeline
 * and the history show it). No JavaFX nodes.
 */
public final class FamilyConsultViewModel {
    /** What the part shows, read in one go; {@code readable} false: the service refused (nothing else is read). */
    record Loaded(boolean readable, List<HouseholdTag> tags, List<ClientTag> library, List<StudentIntent> intents) {
    }

    /** One student's intent level as stored, and the level chosen for them, set with {@link #setIntent}. */
    public static final class IntentChoice {
        private final StudentIntent stored;
        private final ObjectProperty<Intent> chosen;

        IntentChoice(StudentIntent stored) {
            this.stored = stored;
            this.chosen = new SimpleObjectProperty<>(stored.intent());
        }

        public StudentIntent stored() {
            return stored;
        }

        public ObjectProperty<Intent> chosenProperty() {
            return chosen;
        }
    }

    private final long householdId;
    private final TagService tagService;
    private final IntentService intentService;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> me;
    private final Runnable changed;
    private final BooleanProperty readable = new SimpleBooleanProperty(false);
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    private final ObservableList<HouseholdTag> tags = FXCollections.observableArrayList();
    private final ObservableList<ClientTag> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ClientTag> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> tagError = new SimpleObjectProperty<>();
    private final ObservableList<IntentChoice> intents = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** Counts the loads, so that an answer overtaken by a later load is dropped. */
    private int generation;

    /** {@code changed}: reads the page again after a change made here. */
    public FamilyConsultViewModel(long householdId, TagService tags, IntentService intents, Background background,
            DialogService dialogs, Supplier<Staff> me, Runnable changed) {
        this.householdId = householdId;
        this.tagService = tags;
        this.intentService = intents;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.changed = changed;
        chosen.addListener((o, a, b) -> tagError.set(null));
    }

    /** Reads the household's tags, the office's tags and the students' intent levels (again). */
    public void load() {
        int g = ++generation;
        background.run(this::read, r -> {
            if (g == generation) {
                show(r);
            }
        }, e -> dialogs.showError(new Msg("consult.loadFailed"), DatabaseException.describe(e)));
    }

    private Loaded read() {
        long actor = actorId();
        try {
            return new Loaded(true, tagService.on(actor, householdId), tagService.library(actor),
                    intentService.of(actor, householdId));
        } catch (ValidationException e) {
            if (Access.REFUSED.equals(e.messageKey())) {
                return new Loaded(false, List.of(), List.of(), List.of());
            }
            throw e;
        }
    }

    private void show(Loaded r) {
        readable.set(r.readable());
        notice.set(r.readable() ? null : new Msg(Access.REFUSED));
        tags.setAll(r.tags());
        List<Long> on = r.tags().stream().map(t -> t.tag().id()).toList();
        ClientTag keep = chosen.get();
        choices.setAll(r.library().stream().filter(t -> t.active() && !on.contains(t.id())).toList());
        chosen.set(keep != null && choices.stream().anyMatch(t -> t.id() == keep.id()) ? keep : null);
        intents.setAll(r.intents().stream().map(IntentChoice::new).toList());
    }

    /** Puts the chosen tag on the household; false (and a message beside the choice) when none is chosen. */
    public boolean addChosen() {
        ClientTag tag = chosen.get();
        if (tag == null) {
            tagError.set(new Msg("consult.tag.chooseFirst"));
            return false;
        }
        long actor = actorId();
        run(() -> tagService.tag(actor, householdId, tag.id()), () -> chosen.set(null));
        return true;
    }

    /** Takes a tag off the household (who took it off and when is kept). */
    public void remove(HouseholdTag tag) {
        long actor = actorId();
        run(() -> tagService.untag(actor, householdId, tag.tag().id()), () -> { });
    }

    /** Sets the student's intent level to the one chosen for them; nothing happens when it is the stored one. */
    public boolean setIntent(IntentChoice choice) {
        Intent level = choice.chosenProperty().get();
        if (level == null || level == choice.stored().intent()) {
            return false;
        }
        long actor = actorId();
        run(() -> intentService.set(actor, choice.stored().studentId(), level), () -> { });
        return true;
    }

    private void run(Callable<?> work, Runnable done) {
        busy.set(true);
        tagError.set(null);
        background.run(work, r -> {
            busy.set(false);
            done.run();
            changed.run();
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                tagError.set(Msg.of(v));
                changed.run();
                return;
            }
            dialogs.showError(new Msg("consult.saveFailed"), DatabaseException.describe(e));
        });
    }

    private long actorId() {
        Staff s = me.get();
        return s == null ? -1 : s.id();
    }

    public long householdId() {
        return householdId;
    }

    /** Whether the person at this PC reads the household's records (once read). */
    public ReadOnlyBooleanProperty readableProperty() {
        return readable;
    }

    /** Why nothing is shown (another counselor's household), or null. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    /** The tags on the household, in the order they were put on. */
    public ObservableList<HouseholdTag> tags() {
        return tags;
    }

    /** The office's active tags the household does not carry. */
    public ObservableList<ClientTag> choices() {
        return choices;
    }

    public ObjectProperty<ClientTag> chosenProperty() {
        return chosen;
    }

    /** The message beside the tag choice (none chosen, a refusal), or null. */
    public ReadOnlyObjectProperty<Msg> tagErrorProperty() {
        return tagError;
    }

    /** The students with their intent levels. */
    public ObservableList<IntentChoice> intents() {
        return intents;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
