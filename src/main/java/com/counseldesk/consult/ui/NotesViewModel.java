package com.counseldesk.consult.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteService;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.Staff;
import java.util.List;
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
 * A household's consultation notes as its family page lists them, newest first, with the way to write
 * a new one. For someone who may not read the household's records the list says so instead; the
 * front desk, who consults nobody, sees no list at all. No JavaFX nodes.
 */
public class NotesViewModel {
    /** What the list shows, read in one go. */
    private record Read(HouseholdCard card, List<Note> notes) {
    }

    private final long householdId;
    private final NoteService notes;
    private final FamilyService families;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Staff> staff;
    private final ObservableList<Note> list = FXCollections.observableArrayList();
    private final ObjectProperty<HouseholdCard> household = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> refused = new SimpleObjectProperty<>();
    private final BooleanProperty canWrite = new SimpleBooleanProperty(false);
    private int generation;

    public NotesViewModel(long householdId, NoteService notes, FamilyService families, Background background,
            DialogService dialogs, Supplier<Staff> staff) {
        this.householdId = householdId;
        this.notes = notes;
        this.families = families;
        this.background = background;
        this.dialogs = dialogs;
        this.staff = staff;
    }

    /** Whether the person at this PC has notes to see at all (counselors and managers). */
    public boolean shown() {
        Staff me = staff.get();
        return me != null && me.role().consults();
    }

    public void load() {
        if (!shown()) {
            return;
        }
        Staff me = staff.get();
        int g = ++generation;
        background.run(() -> new Read(families.card(householdId).orElse(null), notes.notesOf(me, householdId)), r -> {
            if (g == generation) {
                household.set(r.card());
                list.setAll(r.notes());
                refused.set(null);
                canWrite.set(true);
            }
        }, e -> {
            list.clear();
            canWrite.set(false);
            if (e instanceof ValidationException v) {
                refused.set(Msg.of(v));
            } else {
                dialogs.showError(new Msg("note.loadFailed"), DatabaseException.describe(e));
            }
        });
    }

    public long householdId() {
        return householdId;
    }

    public ObservableList<Note> notes() {
        return list;
    }

    /** The household as read with the notes (the students' names). */
    public ReadOnlyObjectProperty<HouseholdCard> householdProperty() {
        return household;
    }

    /** Why there is no list (another counselor's family), or null. */
    public ReadOnlyObjectProperty<Msg> refusedProperty() {
        return refused;
    }

    public ReadOnlyBooleanProperty canWriteProperty() {
        return canWrite;
    }
}
