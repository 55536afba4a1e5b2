package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.LibraryPage;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.TalkTrackService;
import com.counseldesk.office.Staff;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

/**
 * The talk-track library as a manager edits it, one page at a time: the ten steps' texts for every
 * session, or for one client type with that type's own text. Saving stores the page in one go; moving
 * to another page with unsaved changes asks first. No JavaFX nodes.
 */
public class TalkTrackViewModel {
    /** The page of every session's texts, listed first among the client types. */
    public static final ClientTag EVERY_SESSION = new ClientTag(0, null, "", "", "", "", "", true);

    private record Read(List<ClientTag> types, LibraryPage page) {
    }

    private final TalkTrackService tracks;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> staff;
    private final CheckedFields fields = new CheckedFields();
    private final ObservableList<ClientTag> types = FXCollections.observableArrayList(EVERY_SESSION);
    private final ObjectProperty<ClientTag> type = new SimpleObjectProperty<>(EVERY_SESSION);
    private final StringProperty general = new SimpleStringProperty("");
    private final Map<ConsultStep, StringProperty> steps = new EnumMap<>(ConsultStep.class);
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice.Kind> statusKind = new SimpleObjectProperty<>(Notice.Kind.INFO);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private ClientTag shown = EVERY_SESSION;
    private boolean dirty;
    private boolean quiet;

    public TalkTrackViewModel(TalkTrackService tracks, Background background, DialogService dialogs,
            Supplier<Staff> staff) {
        this.tracks = tracks;
        this.background = background;
        this.dialogs = dialogs;
        this.staff = staff;
        fields.add(LibraryPage.FIELD, () -> FormModel.check(() -> NoteContent.freeText(LibraryPage.FIELD,
                general.get())), general);
        general.addListener(o -> changed());
        for (ConsultStep step : ConsultStep.values()) {
            StringProperty p = new SimpleStringProperty("");
            steps.put(step, p);
            String field = field(step);
            fields.add(field, () -> FormModel.check(() -> NoteContent.freeText(field, p.get())), p);
            p.addListener(o -> changed());
        }
        type.addListener((o, before, after) -> chosen(after));
    }

    /** The form's field of a step's text (talkTrack.3 for the third), as the library names it. */
    public static String field(ConsultStep step) {
        return LibraryPage.FIELD + "." + step.number();
    }

    /** Reads the client types and the page shown (again). */
    public void load() {
        Long id = idOf(shown);
        background.run(() -> new Read(tracks.types(), tracks.page(id)), r -> {
            List<ClientTag> all = new ArrayList<>(List.of(EVERY_SESSION));
            all.addAll(r.types());
            quiet = true;
            types.setAll(all);
            type.set(all.stream().filter(t -> t.id() == shown.id()).findFirst().orElse(EVERY_SESSION));
            quiet = false;
            fill(r.page());
        }, this::failed);
    }

    private void chosen(ClientTag next) {
        if (quiet || next == null || next.id() == shown.id()) {
            return;
        }
        if (!mayDiscard()) {
            quiet = true;
            type.set(shown);
            quiet = false;
            return;
        }
        shown = next;
        Long id = idOf(next);
        background.run(() -> tracks.page(id), this::fill, this::failed);
    }

    /** Whether the page may be left: nothing changed since it was read or saved, or the manager agrees to lose it. */
    public boolean mayDiscard() {
        return !dirty || dialogs.confirm(new Msg("talkTrack.discard.title"), new Msg("talkTrack.discard.ask"));
    }

    /** Stores the page's texts; only a manager may. */
    public void save() {
        if (busy.get()) {
            return;
        }
        if (!fields.form().showAll()) {
            status(Notice.Kind.ERROR, new Msg("talkTrack.fix"));
            return;
        }
        Map<ConsultStep, String> texts = new EnumMap<>(ConsultStep.class);
        steps.forEach((s, p) -> texts.put(s, p.get()));
        LibraryPage page = new LibraryPage(idOf(shown), general.get(), texts);
        Staff me = staff.get();
        busy.set(true);
        background.run(() -> tracks.save(me, page), saved -> {
            busy.set(false);
            fill(saved);
            status(Notice.Kind.SUCCESS, new Msg("talkTrack.saved"));
        }, e -> {
            busy.set(false);
            failed(e);
        });
    }

    private void fill(LibraryPage page) {
        quiet = true;
        fields.form().quietly(() -> {
            general.set(page.general());
            steps.forEach((s, p) -> p.set(page.step(s)));
        });
        fields.form().reset();
        quiet = false;
        dirty = false;
        status.set(null);
    }

    private void changed() {
        if (!quiet) {
            dirty = true;
        }
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            if (!fields.form().show(v)) {
                status(Notice.Kind.ERROR, Msg.of(v));
            }
            return;
        }
        status(Notice.Kind.ERROR, new Msg("talkTrack.failed"));
        dialogs.showError(new Msg("talkTrack.failed"), DatabaseException.describe(e));
    }

    private void status(Notice.Kind kind, Msg msg) {
        statusKind.set(kind);
        status.set(msg);
    }

    private static Long idOf(ClientTag t) {
        return t == null || t.id() == EVERY_SESSION.id() ? null : t.id();
    }

    public ObservableList<ClientTag> types() {
        return types;
    }

    /** The page shown: every session's, or a client type's. */
    public ObjectProperty<ClientTag> typeProperty() {
        return type;
    }

    /** The client type's own text (a type's page only). */
    public StringProperty generalProperty() {
        return general;
    }

    public StringProperty step(ConsultStep step) {
        return steps.get(step);
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return fields.form().error(field);
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Notice.Kind> statusKindProperty() {
        return statusKind;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
