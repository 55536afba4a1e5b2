package com.counseldesk.office.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffChange;
import com.counseldesk.office.StaffService;
import java.util.List;
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
 * The staff screen (员工管理): everyone who works or worked here, a form to add a person, a form to
 * rename the selected person or change their role, deactivate or reactivate them, and the history of
 * the list. Every refusal lands beside the field it concerns. {@code onChanged} runs after each change
 * (the desk's counselor choices follow).
 */
public class StaffViewModel {
    public static final String NAME = "staffName";
    public static final String ROLE = StaffService.FIELD_ROLE;
    public static final String ACTIVE = StaffService.FIELD_ACTIVE;

    private final StaffService service;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> me;
    private final Runnable onChanged;
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ObservableList<StaffChange> history = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> selected = new SimpleObjectProperty<>();

    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.COUNSELOR);
    private final FormModel addForm = new FormModel();

    private final StringProperty editName = new SimpleStringProperty("");
    private final ObjectProperty<Role> editRole = new SimpleObjectProperty<>();
    private final FormModel editForm = new FormModel();
    /** A refusal of the deactivation, beside its button; the form model's rule cannot know it before the service. */
    private final ObjectProperty<Msg> activeError = new SimpleObjectProperty<>();
    /** What concerns the whole screen: who may change the list, a failure. */
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public StaffViewModel(StaffService service, Background background, DialogService dialogs, Supplier<Staff> me,
            Runnable onChanged) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.onChanged = onChanged;
        addForm.field(NAME, () -> FormModel.check(() -> new NewStaff(newName.get(), Role.COUNSELOR)), newName)
                .field(ROLE, () -> newRole.get() == null ? new Msg("error.required") : null, newRole);
        editForm.field(NAME, () -> FormModel.check(() -> new NewStaff(editName.get(), Role.COUNSELOR)), editName)
                .field(ROLE, () -> editRole.get() == null ? new Msg("error.required") : null, editRole);
        selected.addListener((o, a, b) -> {
            editForm.quietly(() -> {
                editName.set(b == null ? "" : b.name());
                editRole.set(b == null ? null : b.role());
            });
            editForm.reset();
            activeError.set(null);
        });
    }

    /** Reads the list and its history again; the selected person stays selected. */
    public void load() {
        background.run(() -> new Loaded(service.all(), service.history()), this::show, this::failed);
    }

    private record Loaded(List<Staff> staff, List<StaffChange> history) {
    }

    private void show(Loaded loaded) {
        Long keep = selected.get() == null ? null : selected.get().id();
        staff.setAll(loaded.staff());
        history.setAll(loaded.history());
        selected.set(loaded.staff().stream().filter(s -> keep != null && s.id() == keep).findFirst().orElse(null));
    }

    /** Adds the person typed in the add form; false when a message is shown instead. */
    public boolean add() {
        if (!addForm.showAll()) {
            return false;
        }
        String name = newName.get();
        Role role = newRole.get();
        run(() -> service.add(me.get().id(), name, role), added -> {
            addForm.quietly(() -> newName.set(""));
            addForm.reset();
            selected.set(null);
            load();
            onChanged.run();
        }, addForm);
        return true;
    }

    /** Saves the selected person's name and role. */
    public boolean save() {
        Staff s = selected.get();
        if (s == null || !editForm.showAll()) {
            return false;
        }
        String name = editName.get();
        Role role = editRole.get();
        run(() -> service.update(me.get().id(), s.id(), name, role), saved -> {
            editForm.reset();
            load();
            onChanged.run();
        }, editForm);
        return true;
    }

    /** Deactivates the selected person, or reactivates them when they are inactive. */
    public boolean toggleActive() {
        Staff s = selected.get();
        if (s == null) {
            return false;
        }
        activeError.set(null);
        run(() -> service.setActive(me.get().id(), s.id(), !s.active()), saved -> {
            load();
            onChanged.run();
        }, editForm);
        return true;
    }

    private void run(java.util.concurrent.Callable<Staff> work, java.util.function.Consumer<Staff> done,
            FormModel form) {
        notice.set(null);
        busy.set(true);
        background.run(work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            refused(e, form);
        });
    }

    private void refused(Exception e, FormModel form) {
        if (e instanceof ValidationException v) {
            if (ACTIVE.equals(v.field())) {
                activeError.set(Msg.of(v));
            } else if (!form.show(v)) {
                notice.set(Msg.of(v));
            }
            return;
        }
        failed(e);
    }

    private void failed(Exception e) {
        dialogs.showError(new Msg("staffAdmin.failed"), DatabaseException.describe(e));
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public ObservableList<StaffChange> history() {
        return history;
    }

    public ObjectProperty<Staff> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty editNameProperty() {
        return editName;
    }

    public ObjectProperty<Role> editRoleProperty() {
        return editRole;
    }

    public FormModel addForm() {
        return addForm;
    }

    public FormModel editForm() {
        return editForm;
    }

    public ReadOnlyObjectProperty<Msg> activeErrorProperty() {
        return activeError;
    }

    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Whether this is the person signed in at this PC (who cannot deactivate themself). */
    public boolean isMe(Staff s) {
        return s != null && me.get() != null && s.id() == me.get().id();
    }
}
