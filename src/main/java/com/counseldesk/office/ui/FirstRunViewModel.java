package com.counseldesk.office.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
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
 * First run on a new database: the office name and its first staff, or the sample office.
 * {@code onDone} runs once the office exists.
 */
public class FirstRunViewModel {
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty staffName = new SimpleStringProperty("");
    private final ObjectProperty<Role> staffRole = new SimpleObjectProperty<>(Role.COUNSELOR);
    private final ObservableList<NewStaff> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> officeNameError = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> staffError = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final OfficeService office;
    private final SampleCreator sample;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable onDone;

    /** Creates the sample office (kept apart so tests can count on it). */
    @FunctionalInterface
    public interface SampleCreator {
        void create();
    }

    public FirstRunViewModel(OfficeService office, SampleCreator sample, Background background,
            DialogService dialogs, Runnable onDone) {
        this.office = office;
        this.sample = sample;
        this.background = background;
        this.dialogs = dialogs;
        this.onDone = onDone;
        officeName.addListener((o, a, b) -> officeNameError.set(null));
        staffName.addListener((o, a, b) -> staffError.set(null));
    }

    /** Adds the typed staff member to the list; a wrong name gets its message. */
    public boolean addStaff() {
        try {
            NewStaff s = new NewStaff(staffName.get(), staffRole.get());
            if (staff.stream().anyMatch(x -> x.name().equals(s.name()))) {
                staffError.set(new Msg("firstRun.staff.duplicate", s.name()));
                return false;
            }
            staff.add(s);
            staffName.set("");
            staffError.set(null);
            return true;
        } catch (ValidationException e) {
            staffError.set(Msg.of(e));
            return false;
        }
    }

    public void remove(NewStaff s) {
        staff.remove(s);
    }

    /** Stores the office; staff typed but not yet added are added first. */
    public boolean create() {
        if (!staffName.get().isBlank() && !addStaff()) {
            return false;
        }
        officeNameError.set(FormModel.check(() -> OfficeService.officeName(officeName.get())));
        staffError.set(FormModel.check(() -> OfficeService.checkFirstStaff(staff)));
        if (officeNameError.get() != null || staffError.get() != null) {
            return false;
        }
        busy.set(true);
        background.run(() -> {
            office.createOffice(officeName.get(), staff);
            return null;
        }, r -> done(), this::failed);
        return true;
    }

    public void useSample() {
        busy.set(true);
        background.run(() -> {
            sample.create();
            return null;
        }, r -> done(), this::failed);
    }

    private void done() {
        busy.set(false);
        onDone.run();
    }

    private void failed(Exception e) {
        busy.set(false);
        dialogs.showError(new Msg("firstRun.failed"), new Msg("error.system", e.getMessage()));
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public StringProperty staffNameProperty() {
        return staffName;
    }

    public ObjectProperty<Role> staffRoleProperty() {
        return staffRole;
    }

    public ObservableList<NewStaff> staff() {
        return staff;
    }

    public ReadOnlyObjectProperty<Msg> officeNameErrorProperty() {
        return officeNameError;
    }

    public ReadOnlyObjectProperty<Msg> staffErrorProperty() {
        return staffError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
