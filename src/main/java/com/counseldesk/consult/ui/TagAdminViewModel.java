package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.TagDetails;
import com.counseldesk.consult.TagService;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The manager's screen of client-type tags (咨询者类型): the office's tags (the four built-in types,
 * which stay as they are, and the office's own), and one form that adds a tag or edits the selected
 * one (name, colour, signs, mistakes, strategy), deactivates or reactivates it. Each refusal lands
 * beside its field; the rules are {@link TagDetails}' and the service's.
 */
public final class TagAdminViewModel {
    /** A default colour for a new tag, so that a manager need not think of one. */
    static final String NEW_COLOUR = "#0f766e";
    private final TagService service;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> me;
    private final ObservableList<ClientTag> tags = FXCollections.observableArrayList();
    private final ObjectProperty<ClientTag> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty colour = new SimpleStringProperty(NEW_COLOUR);
    private final StringProperty signs = new SimpleStringProperty("");
    private final StringProperty mistakes = new SimpleStringProperty("");
    private final StringProperty strategy = new SimpleStringProperty("");
    private final FormModel form = new FormModel();
    /** What concerns no field: who may change the list, a tag that is built in or gone. */
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    /** The outcome of the last change ("已保存"), until the next. */
    private final ObjectProperty<Msg> saved = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public TagAdminViewModel(TagService service, Background background, DialogService dialogs, Supplier<Staff> me) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        form.field(TagDetails.NAME, () -> FormModel.check(() -> TagDetails.name(name.get())), name)
                .field(TagDetails.COLOUR, () -> FormModel.check(() -> TagDetails.colour(colour.get())), colour)
                .field(TagDetails.SIGNS, () -> FormModel.check(() -> TagDetails.text(TagDetails.SIGNS, signs.get())),
                        signs)
                .field(TagDetails.MISTAKES, () -> FormModel.check(() -> TagDetails.text(TagDetails.MISTAKES,
                        mistakes.get())), mistakes)
                .field(TagDetails.STRATEGY, () -> FormModel.check(() -> TagDetails.text(TagDetails.STRATEGY,
                        strategy.get())), strategy);
        selected.addListener((o, a, b) -> {
            // The same tag read again (after its save) keeps the outcome shown; another one does not.
            if (a == null || b == null || a.id() != b.id()) {
                saved.set(null);
            }
            fill(b);
        });
    }

    /** Reads the list again; the selected tag stays selected. */
    public void load() {
        background.run(() -> service.library(myId()), this::show, this::failed);
    }

    private void show(List<ClientTag> loaded) {
        Long keep = selected.get() == null ? null : selected.get().id();
        tags.setAll(loaded);
        selected.set(loaded.stream().filter(t -> keep != null && t.id() == keep).findFirst().orElse(null));
    }

    /** An empty form for a new tag. */
    public void startNew() {
        selected.set(null);
        saved.set(null);
        fill(null);
    }

    private void fill(ClientTag t) {
        form.quietly(() -> {
            name.set(t == null ? "" : t.name());
            colour.set(t == null ? NEW_COLOUR : t.colour());
            signs.set(t == null ? "" : t.signs());
            mistakes.set(t == null ? "" : t.mistakes());
            strategy.set(t == null ? "" : t.strategy());
        });
        form.reset();
        notice.set(null);
    }

    /** Adds the tag typed, or saves the selected one; false when a message is shown instead. */
    public boolean save() {
        saved.set(null);
        ClientTag editing = selected.get();
        if (editing != null && editing.isBuiltin()) {
            notice.set(new Msg("error.tag.builtin"));
            return false;
        }
        if (!form.showAll()) {
            return false;
        }
        TagDetails d;
        try {
            d = new TagDetails(name.get(), colour.get(), signs.get(), mistakes.get(), strategy.get());
        } catch (ValidationException e) {
            form.show(e);
            return false;
        }
        long actor = myId();
        run(editing == null ? () -> service.add(actor, d) : () -> service.update(actor, editing.id(), d), t -> {
            if (editing == null) {
                fill(null);
            }
            saved.set(new Msg(editing == null ? "consult.admin.added" : "consult.admin.saved", t.name()));
            load();
        });
        return true;
    }

    /** Deactivates the selected tag, or reactivates it when it is inactive. */
    public boolean toggleActive() {
        ClientTag t = selected.get();
        if (t == null) {
            return false;
        }
        saved.set(null);
        long actor = myId();
        run(() -> service.setActive(actor, t.id(), !t.active()), done -> {
            saved.set(new Msg(done.active() ? "consult.admin.reactivated" : "consult.admin.deactivated",
                    done.name()));
            load();
        });
        return true;
    }

    private void run(Callable<ClientTag> work, java.util.function.Consumer<ClientTag> done) {
        notice.set(null);
        busy.set(true);
        background.run(work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                if (!form.show(v)) {
                    notice.set(Msg.of(v));
                }
                return;
            }
            failed(e);
        });
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            notice.set(Msg.of(v));
            return;
        }
        dialogs.showError(new Msg("consult.admin.failed"), DatabaseException.describe(e));
    }

    private long myId() {
        Staff s = me.get();
        return s == null ? -1 : s.id();
    }

    public ObservableList<ClientTag> tags() {
        return tags;
    }

    public ObjectProperty<ClientTag> selectedProperty() {
        return selected;
    }

    /** Whether the form edits a tag the office may change (a new one, or one of its own). */
    public boolean editable() {
        return selected.get() == null || !selected.get().isBuiltin();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty colourProperty() {
        return colour;
    }

    public StringProperty signsProperty() {
        return signs;
    }

    public StringProperty mistakesProperty() {
        return mistakes;
    }

    public StringProperty strategyProperty() {
        return strategy;
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<Msg> savedProperty() {
        return saved;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
