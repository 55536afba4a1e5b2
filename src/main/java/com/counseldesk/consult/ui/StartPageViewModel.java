package com.counseldesk.consult.ui;

import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.DraftNote;
import com.counseldesk.consult.FollowUpLine;
import com.counseldesk.consult.StartPage;
import com.counseldesk.consult.StartPageService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.walkin.VisitRow;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start page's state (工作台): the lists of {@link StartPage}, read off the UI thread, again when
 * the day changes ({@link #tick}) and after a follow-up was planned or made. What the person chose
 * in any of the lists is {@link #chosenProperty}: its family opens, a follow-up's result is recorded.
 * No JavaFX nodes.
 */
public class StartPageViewModel {
    /**
     * A row chosen in one of the lists: its household, and the follow-up or the note in draft when it is
     * one (else null).
     */
    public record Chosen(long householdId, Long followUpId, Long noteId) {
        public static Chosen family(long householdId) {
            return new Chosen(householdId, null, null);
        }
    }

    private final StartPageService service;
    private final Background background;
    private final DialogService dialogs;
    private final long actorId;
    private final Clock clock;
    private final ObjectProperty<StartPage> page = new SimpleObjectProperty<>();
    private final ObservableList<FollowUpLine> dueToday = FXCollections.observableArrayList();
    private final ObservableList<FollowUpLine> overdue = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> atTheOffice = FXCollections.observableArrayList();
    private final ObservableList<DraftNote> drafts = FXCollections.observableArrayList();
    private final ObservableList<HouseholdCard> unplanned = FXCollections.observableArrayList();
    private final ObjectProperty<Chosen> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>(new Msg("start.loading"));
    /** The day asked for last: a tick on another day reads the page again. */
    private LocalDate asked;
    /** Counts the loads, so that an answer overtaken by a later load is dropped. */
    private int generation;

    public StartPageViewModel(StartPageService service, Background background, DialogService dialogs, long actorId,
            Clock clock) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.actorId = actorId;
        this.clock = clock;
    }

    /** Reads the page (again). */
    public void load() {
        asked = LocalDate.now(clock);
        int g = ++generation;
        background.run(() -> service.startPage(actorId), p -> {
            if (g == generation) {
                show(p);
            }
        }, e -> {
            if (g == generation) {
                status.set(new Msg("start.loadFailed"));
                dialogs.showError(new Msg("start.loadFailed"), DatabaseException.describe(e));
            }
        });
    }

    /** The app's timer: on a new day the page is read again (today's become overdue, tomorrow's due). */
    public void tick() {
        if (!LocalDate.now(clock).equals(asked)) {
            load();
        }
    }

    private void show(StartPage p) {
        dueToday.setAll(p.dueToday().rows());
        overdue.setAll(p.overdue().rows());
        atTheOffice.setAll(p.atTheOffice().rows());
        drafts.setAll(p.drafts().rows());
        unplanned.setAll(p.unplanned().rows());
        chosen.set(null);
        page.set(p);
        status.set(null);
    }

    /**
     * The page as last read (null before the first answer): its day, whether it is a manager's, and
     * the "more" of each list.
     */
    public ReadOnlyObjectProperty<StartPage> pageProperty() {
        return page;
    }

    public ObservableList<FollowUpLine> dueToday() {
        return dueToday;
    }

    public ObservableList<FollowUpLine> overdue() {
        return overdue;
    }

    public ObservableList<VisitRow> atTheOffice() {
        return atTheOffice;
    }

    public ObservableList<DraftNote> drafts() {
        return drafts;
    }

    public ObservableList<HouseholdCard> unplanned() {
        return unplanned;
    }

    /** The row chosen last in any of the lists. */
    public ObjectProperty<Chosen> chosenProperty() {
        return chosen;
    }

    /** That the page is being read for the first time, or could not be read; null once it is shown. */
    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    /** The office's today, by its clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
