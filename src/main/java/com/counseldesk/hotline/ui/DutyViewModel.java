package com.counseldesk.hotline.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.hotline.DutyBoard;
import com.counseldesk.hotline.DutyLine;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.DutyTally;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's duty rotation (热线轮值) as this PC shows it: who takes the next inbound call (the indicator
 * every PC shows in its main window, read again whenever the rotation moves on any PC) and, on the duty
 * screen, the day's order to set (proposed from the last day's or the active counselors, moved up and
 * down), each counselor away or back, added or taken off mid-day, and the month's count per counselor.
 * No JavaFX nodes.
 */
public class DutyViewModel {
    /** What one read brings: the board, who could be added, the month's count, the office's option. */
    private record Snapshot(DutyBoard board, List<Staff> counselors, List<DutyTally> month, boolean counselorsArrange,
            List<Staff> proposed) {
    }

    private final ObjectProperty<DutyBoard> board = new SimpleObjectProperty<>();
    private final ObservableList<DutyLine> order = FXCollections.observableArrayList();
    private final ObjectProperty<DutyLine> selected = new SimpleObjectProperty<>();
    private final ObservableList<Staff> addable = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> toAdd = new SimpleObjectProperty<>();
    private final ObservableList<DutyTally> month = FXCollections.observableArrayList();
    private final BooleanProperty counselorsArrange = new SimpleBooleanProperty(false);
    /** The order on screen differs from the one stored (proposed, or moved): 按此顺序排班 stores it. */
    private final BooleanProperty changed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> messageKind = new SimpleObjectProperty<>(Kind.INFO);
    private final List<Staff> counselors = new ArrayList<>();
    private final DutyService duty;
    private final OfficeService office;
    private final Background background;
    private final DialogService dialogs;
    private final Staff me;
    private final Clock clock;
    /** Whether the indicator is read as the screen is: a change while a read is under way reads again after it. */
    private boolean loading;
    private boolean loadAgain;
    /** Setting the option from a read, not from the person. */
    private boolean quiet;

    public DutyViewModel(DutyService duty, OfficeService office, Background background, DialogService dialogs,
            Staff me, Clock clock) {
        this.duty = duty;
        this.office = office;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.clock = clock;
        counselorsArrange.addListener((o, a, b) -> {
            if (!quiet) {
                act(() -> {
                    duty.setCounselorsArrange(me.id(), b);
                    return duty.today(me.id());
                }, new Msg(b ? "hotline.duty.counselorsMay" : "hotline.duty.managersOnly"));
            }
        });
    }

    /** Reads the day's rotation again (at start, and whenever any PC changed it). */
    public void load() {
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        background.run(() -> {
            DutyBoard b = duty.today(me.id());
            return new Snapshot(b, office.counselors(), duty.month(YearMonth.now(clock)), duty.counselorsArrange(),
                    b.arranged() ? List.of() : duty.proposedOrder());
        }, this::show, e -> {
            loading = false;
            failed(e);
        });
    }

    private void show(Snapshot s) {
        loading = false;
        counselors.clear();
        counselors.addAll(s.counselors());
        month.setAll(s.month());
        quiet = true;
        try {
            counselorsArrange.set(s.counselorsArrange());
        } finally {
            quiet = false;
        }
        board.set(s.board());
        if (!changed.get()) {
            order.setAll(s.board().arranged() ? s.board().order() : lines(s.proposed()));
            changed.set(!s.board().arranged() && !order.isEmpty());
        } else {
            // Someone else changed the day while this order was being moved: the stored seats' states show.
            order.replaceAll(l -> s.board().order().stream().filter(x -> x.staffId() == l.staffId()).findFirst()
                    .orElse(l));
        }
        reselect();
        updateAddable();
        if (loadAgain) {
            loadAgain = false;
            load();
        }
    }

    // --- the order on screen ----------------------------------------------------------------------

    /** Proposes the order again: the last day's, else every counselor (stored by 按此顺序排班). */
    public void propose() {
        background.run(duty::proposedOrder, staff -> {
            order.setAll(lines(staff));
            changed.set(true);
            selected.set(order.isEmpty() ? null : order.get(0));
            updateAddable();
        }, this::failed);
    }

    /** Moves the chosen counselor one place up ({@code step} -1) or down (1) in the order on screen. */
    public void move(int step) {
        DutyLine line = selected.get();
        int at = order.indexOf(line);
        int to = at + step;
        if (line == null || at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.remove(at);
        order.add(to, line);
        changed.set(true);
        selected.set(line);
    }

    /** Stores the order on screen as today's. */
    public void saveOrder() {
        List<Long> ids = order.stream().map(DutyLine::staffId).toList();
        act(() -> duty.setOrder(me.id(), ids), new Msg("hotline.duty.saved"), true);
    }

    /** Puts the counselor chosen to add on today's order (at its end), or on the order being set. */
    public void add() {
        Staff who = toAdd.get();
        if (who == null) {
            say(Kind.ERROR, new Msg("error.counselor.choose"));
            return;
        }
        if (isStored()) {
            act(() -> duty.add(me.id(), who.id()), new Msg("hotline.duty.added", who.name()));
            return;
        }
        order.add(line(who, order.size() + 1));
        changed.set(true);
        updateAddable();
    }

    /** Takes the chosen counselor off today's order (the others keep their turns), or off the order being set. */
    public void remove() {
        DutyLine line = selected.get();
        if (line == null) {
            return;
        }
        if (isStored()) {
            act(() -> duty.remove(me.id(), line.staffId()), new Msg("hotline.duty.removed", line.name()));
            return;
        }
        int at = order.indexOf(line);
        order.remove(line);
        changed.set(true);
        selected.set(order.isEmpty() ? null : order.get(Math.min(at, order.size() - 1)));
        updateAddable();
    }

    /** The chosen counselor is away now, or back (anyone may say so, once the day's order is set). */
    public void toggleAbsent() {
        DutyLine line = selected.get();
        if (line == null) {
            return;
        }
        DutyBoard b = board.get();
        if (b == null || !b.arranged() || !b.isOnDuty(line.staffId())) {
            say(Kind.ERROR, new Msg("hotline.duty.saveFirst"));
            return;
        }
        boolean away = !line.absent();
        act(() -> duty.setAbsent(me.id(), line.staffId(), away),
                new Msg(away ? "hotline.duty.away" : "hotline.duty.back", line.name()));
    }

    /** Whether the order on screen is the day's as stored (a change goes to the database at once). */
    private boolean isStored() {
        DutyBoard b = board.get();
        return b != null && b.arranged() && !changed.get();
    }

    private void act(Callable<DutyBoard> work, Msg done) {
        act(work, done, false);
    }

    /** Runs a change of the day on the database worker; the board it returns is shown, and the month read again. */
    private void act(Callable<DutyBoard> work, Msg done, boolean newOrder) {
        background.run(work, b -> {
            if (newOrder) {
                changed.set(false);
            }
            board.set(b);
            if (!changed.get()) {
                order.setAll(b.order());
            }
            reselect();
            updateAddable();
            say(Kind.SUCCESS, done);
            load();
        }, this::failed);
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            say(Kind.ERROR, Msg.of(v));
        } else {
            say(Kind.ERROR, new Msg("hotline.duty.failed"));
            dialogs.showError(new Msg("hotline.duty.failed"), DatabaseException.describe(e));
        }
    }

    /** The chosen line as the list now has it (the same counselor), else the first. */
    private void reselect() {
        DutyLine was = selected.get();
        selected.set(order.stream().filter(l -> was != null && l.staffId() == was.staffId()).findFirst()
                .orElse(order.isEmpty() ? null : order.get(0)));
    }

    private void updateAddable() {
        addable.setAll(counselors.stream().filter(c -> order.stream().noneMatch(l -> l.staffId() == c.id())).toList());
        if (toAdd.get() != null && !addable.contains(toAdd.get())) {
            toAdd.set(null);
        }
    }

    private static List<DutyLine> lines(List<Staff> staff) {
        return IntStream.range(0, staff.size()).mapToObj(i -> line(staff.get(i), i + 1)).toList();
    }

    private static DutyLine line(Staff s, int position) {
        return new DutyLine(s.id(), s.name(), position, false, false, 0, 0);
    }

    private void say(Kind kind, Msg m) {
        messageKind.set(kind);
        message.set(m);
    }

    // --- what the screens show --------------------------------------------------------------------

    /** The indicator's words: who takes the next inbound call, nobody (all away), or no order set today. */
    public ObservableValue<Msg> nextProperty() {
        return board.map(b -> !b.arranged() ? new Msg("hotline.duty.next.none")
                : b.nextName() == null ? new Msg("hotline.duty.next.nobody") : new Msg("hotline.duty.next",
                        b.nextName()));
    }

    public ReadOnlyObjectProperty<DutyBoard> boardProperty() {
        return board;
    }

    public ObservableList<DutyLine> order() {
        return order;
    }

    public ObjectProperty<DutyLine> selectedProperty() {
        return selected;
    }

    public ObservableList<Staff> addable() {
        return addable;
    }

    public ObjectProperty<Staff> toAddProperty() {
        return toAdd;
    }

    public ObservableList<DutyTally> month() {
        return month;
    }

    /** The month counted: this month, by the office's clock. */
    public YearMonth shownMonth() {
        return YearMonth.now(clock);
    }

    /** The office's option (a manager's to change): counselors may set the day's order too. */
    public BooleanProperty counselorsArrangeProperty() {
        return counselorsArrange;
    }

    public boolean isManager() {
        return me.role() == Role.MANAGER;
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed;
    }

    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Kind> messageKindProperty() {
        return messageKind;
    }
}
