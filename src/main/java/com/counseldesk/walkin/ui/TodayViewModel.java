package com.counseldesk.walkin.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.walkin.AlreadyHereException;
import com.counseldesk.walkin.ExpectedVisitor;
import com.counseldesk.walkin.ExpectedVisitors;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's visitors (or those of a past day, to look back), and the past visits of one family: the
 * one selected among the day's visitors, or the one the desk has just found by phone. Status changes
 * and the arrival notice belong to today; a past day's list can only be corrected.
 */
public class TodayViewModel {
    /** The household whose visits are listed: its id, its students' names and its main number (may be null). */
    public record FamilyRef(long id, String studentNames, Phone phone) {
    }

    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> history = FXCollections.observableArrayList();
    /** Today's families expected (booked visits not arrived yet), beside those who came. */
    private final ObservableList<ExpectedVisitor> expected = FXCollections.observableArrayList();
    private final ObjectProperty<ExpectedVisitor> selectedExpected = new SimpleObjectProperty<>();
    private ExpectedVisitors expectedVisitors;
    private Supplier<Long> desk = () -> null;
    private final ObjectProperty<VisitRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FamilyRef> historyFamily = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitRow> selectedHistory = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper showingToday = new ReadOnlyBooleanWrapper(true);
    /** Set while the day changes without reading its list (the caller reads it). */
    private boolean quiet;
    private final VisitService service;
    private final Background background;
    private final DialogService dialogs;

    public TodayViewModel(VisitService service, Background background, DialogService dialogs) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        day.set(service.currentDay());
        selected.addListener((o, a, b) -> {
            if (b != null) {
                historyFamily.set(new FamilyRef(b.householdId(), b.studentNames(), b.phone()));
            }
        });
        historyFamily.addListener((o, a, b) -> loadHistory(b));
        day.addListener((o, a, b) -> {
            showingToday.set(b.equals(service.currentDay()));
            if (!showingToday.get()) {
                notice.set(null);
            }
            if (!quiet) {
                refresh();
            }
        });
    }

    /** The day listed: today unless the desk looks back. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** Lists the visitors of {@code d}; a day after today lists today's, and null changes nothing. */
    public void showDay(LocalDate d) {
        if (d != null) {
            LocalDate today = service.currentDay();
            day.set(d.isAfter(today) ? today : d);
        }
    }

    /** Whether the list is today's: only then can a visitor's status be set. */
    public ReadOnlyBooleanProperty showingTodayProperty() {
        return showingToday.getReadOnlyProperty();
    }

    /** The office's today, by its clock. */
    public LocalDate currentDay() {
        return service.currentDay();
    }

    public void previousDay() {
        showDay(day.get().minusDays(1));
    }

    /** The day after the one shown, never later than today. */
    public void nextDay() {
        showDay(day.get().plusDays(1));
    }

    public void showToday() {
        showDay(service.currentDay());
    }

    /** The form was cleared for the next family (Ctrl+N): no visitor chosen, no family's visits listed. */
    public void clearFamily() {
        selected.set(null);
        historyFamily.set(null);
    }

    /**
     * A visitor was just registered at this desk: the board goes to today, reads again, selects the
     * new arrival and lists the family's visits as saved.
     */
    public void saved(long visitId) {
        if (!day.get().equals(service.currentDay())) {
            showingToday.set(true);
            // Reads today's list once, below, rather than once more for the day's change.
            dayQuietly(service.currentDay());
        }
        load(visitId, rows -> {
            VisitRow row = selected.get();
            if (row != null && row.visitId() == visitId) {
                FamilyRef family = new FamilyRef(row.householdId(), row.studentNames(), row.phone());
                if (family.equals(historyFamily.get())) {
                    loadHistory(family);
                } else {
                    historyFamily.set(family);
                }
            }
        });
    }

    private void dayQuietly(LocalDate d) {
        quiet = true;
        try {
            day.set(d);
        } finally {
            quiet = false;
        }
    }

    /** Lists the visits of a household found at the desk. */
    public void showFamily(HouseholdCard card) {
        if (card != null) {
            historyFamily.set(new FamilyRef(card.id(), card.studentNames(),
                    card.mainPhone() == null ? null : card.mainPhone().phone()));
        }
    }

    /** Reads the listed household's visits again (after a save or a correction). */
    public void refreshHistory() {
        loadHistory(historyFamily.get());
    }

    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().visitId());
    }

    /** Reads today's visitors again and selects the visit {@code keep} (a new arrival, say). */
    public void refresh(Long keep) {
        load(keep, rows -> { });
    }

    /**
     * A visitor was registered, at this PC or at another: the board reads again and keeps what is
     * selected; {@code forMe} (the visitor is the signed-in counselor's) also puts up a notice of who
     * came, until it is dismissed or the next one replaces it.
     */
    public void arrived(long visitId, boolean forMe) {
        load(selected.get() == null ? null : selected.get().visitId(), rows -> {
            if (forMe && showingToday.get()) {
                rows.stream().filter(r -> r.visitId() == visitId).findFirst().ifPresent(r -> notice.set(
                        new Msg("today.arrival", r.studentNames(), Formats.time(r.arrivedAt()))));
            }
        });
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Who just came for the signed-in counselor; null when there is nothing to say. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice;
    }

    private void load(Long keep, Consumer<List<VisitRow>> then) {
        LocalDate today = service.currentDay();
        if (showingToday.get() && !today.equals(day.get())) {
            dayQuietly(today); // past midnight, today's board goes on to the new day
        }
        LocalDate shown = day.get();
        background.run(() -> service.on(shown), rows -> {
            if (!shown.equals(day.get())) {
                return; // another day was chosen meanwhile; its own reading follows
            }
            visits.setAll(rows);
            // The list was replaced: the selection is set again (to the kept visit, or none), so
            // that the table selects and shows it.
            VisitRow kept = keep == null ? null
                    : rows.stream().filter(r -> r.visitId() == keep).findFirst().orElse(null);
            selected.set(null);
            selected.set(kept);
            then.accept(rows);
        }, this::failed);
    }

    /** Reads today's visitors and the listed family's visits again (after a visit was corrected or voided). */
    public void refreshAll() {
        refresh();
        refreshHistory();
        refreshExpected();
    }

    /**
     * Where today's expected families come from (the feature that books visits, handed in by the app), and
     * who is at the desk to receive them ({@code receivedBy}).
     */
    public void expectFrom(ExpectedVisitors source, Supplier<Long> receivedBy) {
        this.expectedVisitors = source;
        this.desk = receivedBy;
        refreshExpected();
    }

    /** Reads today's expected families again (a visit was booked, moved or called off on any PC). */
    public void refreshExpected() {
        if (expectedVisitors == null) {
            return;
        }
        LocalDate today = service.currentDay();
        background.run(() -> expectedVisitors.expectedOn(today), list -> {
            ExpectedVisitor was = selectedExpected.get();
            expected.setAll(list);
            selectedExpected.set(list.stream().filter(v -> was != null && v.ref() == was.ref()).findFirst()
                    .orElse(null));
        }, this::failed);
    }

    /**
     * The chosen expected family came: their visit is registered (channel 邀约上访, the counselor who invited
     * them), the board reads again and selects it. A family already here today is registered again only
     * when the desk says so.
     */
    public void expectedArrived() {
        ExpectedVisitor v = selectedExpected.get();
        if (v != null && expectedVisitors != null) {
            receive(v, false);
        }
    }

    private void receive(ExpectedVisitor v, boolean againToday) {
        background.run(() -> expectedVisitors.arrived(v.ref(), desk.get(), againToday), r -> {
            refreshExpected();
            saved(r.visitId());
        }, e -> {
            if (e instanceof AlreadyHereException here && !againToday) {
                if (dialogs.confirm(new Msg("walkin.again.title"), new Msg("walkin.again." + here.status().name(),
                        v.studentName(), Formats.time(here.arrivedAt())))) {
                    receive(v, true);
                }
            } else if (e instanceof com.counseldesk.common.ValidationException refused) {
                dialogs.showError(new Msg("today.expected.failed"), Msg.of(refused));
                refreshExpected();
            } else {
                failed(e);
            }
        });
    }

    /** Today's families expected and not arrived yet, earliest first. */
    public ObservableList<ExpectedVisitor> expected() {
        return expected;
    }

    public ObjectProperty<ExpectedVisitor> selectedExpectedProperty() {
        return selectedExpected;
    }

    /** Sets the selected visit's status (waiting, in consultation, left). */
    public void setStatus(VisitStatus status) {
        VisitRow row = selected.get();
        if (row == null || row.status() == status || !showingToday.get()) {
            return;
        }
        background.run(() -> service.setStatus(row.visitId(), status), updated -> {
            int i = indexOf(updated.visitId());
            if (i >= 0) {
                visits.set(i, updated);
            }
            selected.set(updated);
        }, e -> dialogs.showError(new Msg("today.statusFailed"), DatabaseException.describe(e)));
    }

    private void loadHistory(FamilyRef family) {
        if (family == null) {
            history.clear();
            return;
        }
        background.run(() -> service.visitsOf(family.id()), rows -> {
            if (family.equals(historyFamily.get())) {
                selectedHistory.set(null);
                history.setAll(rows);
            }
        }, this::failed);
    }

    private int indexOf(long visitId) {
        List<VisitRow> rows = visits;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).visitId() == visitId) {
                return i;
            }
        }
        return -1;
    }

    private void failed(Exception e) {
        dialogs.showError(new Msg("today.loadFailed"), DatabaseException.describe(e));
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObservableList<VisitRow> history() {
        return history;
    }

    public ReadOnlyObjectProperty<FamilyRef> historyFamilyProperty() {
        return historyFamily;
    }

    public ObjectProperty<VisitRow> selectedProperty() {
        return selected;
    }

    /** The past visit chosen in the family's list (to correct or void it). */
    public ObjectProperty<VisitRow> selectedHistoryProperty() {
        return selectedHistory;
    }

    /** Whether a visit can still be corrected or voided: one that is not void. */
    public static boolean canCorrect(VisitRow row) {
        return row != null && row.status() != VisitStatus.VOID;
    }
}
