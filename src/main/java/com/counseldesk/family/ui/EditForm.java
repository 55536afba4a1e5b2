package com.counseldesk.family.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One of the family page's small forms (a student, a contact, a new phone, the owner): opened,
 * checked by the domain's rules through {@link FormModel}, saved through the family service off
 * the UI thread. A refusal lands beside the field it names; a system failure is a dialog, the form
 * stays open with what was typed, and nothing was stored (each save is one transaction).
 */
public abstract class EditForm {
    protected final FormModel form = new FormModel();
    private final PageContext page;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();

    protected EditForm(PageContext page) {
        this.page = page;
    }

    /** Opens the form with the values as stored. */
    public void edit() {
        form.quietly(this::fill);
        form.reset();
        message.set(null);
        open.set(true);
    }

    public void cancel() {
        open.set(false);
        message.set(null);
        form.reset();
    }

    /** Checks every field and, when all is well, saves; returns whether the save started. */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        message.set(null);
        if (!form.showAll()) {
            return false;
        }
        Callable<?> work;
        try {
            work = command(page.by());
        } catch (ValidationException e) {
            refused(e);
            return false;
        }
        saving.set(true);
        page.background().run(work, r -> {
            saving.set(false);
            open.set(false);
            form.reset();
            page.saved().run();
        }, this::failed);
        return true;
    }

    /** Puts the stored values into the fields (quietly: they are not the person's typing). */
    protected abstract void fill();

    /**
     * The save as the service call to run: builds the domain values from the fields (which may
     * refuse one with a {@link ValidationException}) and returns the call.
     */
    protected abstract Callable<?> command(Long by);

    private void failed(Exception e) {
        saving.set(false);
        if (e instanceof ValidationException v) {
            refused(v);
            return;
        }
        page.dialogs().showError(new Msg("family.saveFailed"), new Msg("family.saveFailed.detail", e.getMessage()));
    }

    private void refused(ValidationException e) {
        if (!form.show(e)) {
            message.set(Msg.of(e));
        }
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    /** A refusal that concerns no field of this form (the record is gone, the visit is void …). */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public boolean isOpen() {
        return open.get();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }
}
