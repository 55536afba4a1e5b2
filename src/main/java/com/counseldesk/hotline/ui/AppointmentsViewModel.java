package com.counseldesk.hotline.ui;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.ui.PlanFields;
import com.counseldesk.hotline.AppointmentRow;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.BookingWarnings;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.AlreadyHereException;
import com.counseldesk.walkin.Registration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The appointments (邀约上门) of today (whatever became of them) and the booked ones of the next two
 * weeks: a counselor's own, or everyone's (the front desk's and a manager's list). The chosen one is
 * marked arrived (the visit registered at the desk), no-show, reminded, cancelled with a reason, or moved
 * to another day and time. No JavaFX nodes.
 */
public class AppointmentsViewModel {
    /** How many days ahead the list reaches. */
    public static final int DAYS_AHEAD = 14;
    private final ObservableList<AppointmentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AppointmentRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty mine;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty newDay = new SimpleStringProperty("");
    private final StringProperty newTime = new SimpleStringProperty("");
    /** Why the day and time typed to move the appointment to were refused, shown beside them; null when fine. */
    private final ObjectProperty<Msg> moveError = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> messageKind = new SimpleObjectProperty<>(Kind.INFO);
    private final List<Consumer<Registration>> arrivedListeners = new ArrayList<>();
    private final AppointmentService service;
    private final Background background;
    private final DialogService dialogs;
    private final Staff me;
    private final Clock clock;

    public AppointmentsViewModel(AppointmentService service, Background background, DialogService dialogs, Staff me,
            Clock clock) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.clock = clock;
        this.mine = new SimpleBooleanProperty(me.role().consults() && me.role() != com.counseldesk.office.Role.MANAGER);
        mine.addListener((o, a, b) -> load());
        newDay.addListener((o, a, b) -> moveError.set(null));
        newTime.addListener((o, a, b) -> moveError.set(null));
        selected.addListener((o, a, b) -> moveError.set(null));
    }

    /** Runs after a family was received from this list (today's board reads again). */
    public void onArrived(Consumer<Registration> listener) {
        arrivedListeners.add(listener);
    }

    /** Reads the list again (at opening, and whenever any PC booked or changed an appointment). */
    public void load() {
        Long counselor = mine.get() ? me.id() : null;
        LocalDate today = LocalDate.now(clock);
        background.run(() -> {
            List<AppointmentRow> out = new ArrayList<>(service.on(today, counselor));
            service.upcoming(counselor, DAYS_AHEAD).stream()
                    .filter(a -> a.startsAt().toLocalDate().isAfter(today)).forEach(out::add);
            out.sort(Comparator.comparing(AppointmentRow::startsAt));
            return out;
        }, list -> {
            AppointmentRow was = selected.get();
            rows.setAll(list);
            selected.set(list.stream().filter(r -> was != null && r.id() == was.id()).findFirst().orElse(null));
        }, this::failed);
    }

    /** The family came: their visit is registered at the desk (channel 邀约上访, the inviting counselor). */
    public void arrived() {
        AppointmentRow a = chosen();
        if (a != null) {
            arrive(a, false);
        }
    }

    private void arrive(AppointmentRow a, boolean againToday) {
        background.run(() -> service.arrive(me.id(), a.id(), againToday), r -> {
            say(Kind.SUCCESS, new Msg("hotline.appointments.arrived", a.studentName(), a.counselorName()));
            arrivedListeners.forEach(l -> l.accept(r));
            load();
        }, e -> {
            if (e instanceof AlreadyHereException here && !againToday) {
                if (dialogs.confirm(new Msg("walkin.again.title"), new Msg("walkin.again." + here.status().name(),
                        a.studentName(), Formats.time(here.arrivedAt())))) {
                    arrive(a, true);
                }
            } else {
                failed(e);
            }
        });
    }

    /** The family did not come. */
    public void noShow() {
        AppointmentRow a = chosen();
        if (a != null) {
            act(() -> service.noShow(me.id(), a.id()), new Msg("hotline.appointments.noShowDone", a.studentName()));
        }
    }

    /** The family was called to remind them of their visit. */
    public void reminded() {
        AppointmentRow a = chosen();
        if (a != null) {
            act(() -> service.markReminded(me.id(), a.id()), new Msg("hotline.appointments.remindedDone",
                    a.studentName()));
        }
    }

    /** Called off, with the reason typed (may be left open). */
    public void cancel() {
        AppointmentRow a = chosen();
        if (a == null) {
            return;
        }
        String why = reason.get();
        if (dialogs.confirm(new Msg("hotline.appointments.cancel.title"), new Msg("hotline.appointments.cancel.ask",
                a.studentName(), Formats.dateTime(a.startsAt())))) {
            act(() -> service.cancel(me.id(), a.id(), why), new Msg("hotline.appointments.cancelled", a.studentName()));
            reason.set("");
        }
    }

    /** Moved to the day and time typed (the counselor and what to bring stay). */
    public void reschedule() {
        AppointmentRow a = chosen();
        if (a == null) {
            return;
        }
        LocalDateTime to;
        try {
            LocalDate d = PlanFields.day(newDay.get(), Booking.STARTS_AT);
            LocalTime t = PlanFields.time(newTime.get(), Booking.STARTS_AT);
            if (t == null) {
                throw new ValidationException(Booking.STARTS_AT, "hotline.call.timeNeeded");
            }
            to = d.atTime(t);
            Booking.notPast(to, Booking.STARTS_AT, LocalDateTime.now(clock));
        } catch (ValidationException e) {
            moveRefused(Msg.of(e));
            return;
        }
        Booking moved = new Booking(to, null, null, null, a.bring(), "");
        move(a, moved, false);
    }

    private void move(AppointmentRow a, Booking moved, boolean confirmed) {
        background.run(() -> service.reschedule(me.id(), a.id(), moved, confirmed), r -> {
            say(Kind.SUCCESS, new Msg("hotline.appointments.moved", a.studentName(), Formats.dateTime(r.startsAt())));
            newDay.set("");
            newTime.set("");
            load();
        }, e -> {
            if (e instanceof BookingWarnings w && !confirmed) {
                if (dialogs.confirm(new Msg("hotline.call.warnings.title"), new Msg("hotline.call.warnings.confirm",
                        w.warnings().get(0)))) {
                    move(a, moved, true);
                } else {
                    moveRefused(w.warnings().get(0));
                }
            } else if (e instanceof ValidationException v && Booking.STARTS_AT.equals(v.field())) {
                moveRefused(Msg.of(v));
            } else {
                failed(e);
            }
        });
    }

    /** The time to move to is not taken: the reason beside the day and time, the band quiet. */
    private void moveRefused(Msg why) {
        message.set(null);
        moveError.set(why);
    }

    private AppointmentRow chosen() {
        AppointmentRow a = selected.get();
        if (a == null) {
            say(Kind.ERROR, new Msg("hotline.appointments.chooseOne"));
        }
        return a;
    }

    private void act(Callable<AppointmentRow> work, Msg done) {
        background.run(work, r -> {
            say(Kind.SUCCESS, done);
            load();
        }, this::failed);
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            say(Kind.ERROR, Msg.of(v));
        } else {
            say(Kind.ERROR, new Msg("hotline.appointments.failed"));
            dialogs.showError(new Msg("hotline.appointments.failed"), DatabaseException.describe(e));
        }
    }

    private void say(Kind kind, Msg m) {
        messageKind.set(kind);
        message.set(m);
    }

    public ObservableList<AppointmentRow> rows() {
        return rows;
    }

    public ObjectProperty<AppointmentRow> selectedProperty() {
        return selected;
    }

    /** Only the signed-in counselor's appointments (else everyone's). */
    public BooleanProperty mineProperty() {
        return mine;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty newDayProperty() {
        return newDay;
    }

    public StringProperty newTimeProperty() {
        return newTime;
    }

    /** Why the day and time typed to move to were refused (beside them); null when there is nothing to say. */
    public ReadOnlyObjectProperty<Msg> moveErrorProperty() {
        return moveError;
    }

    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Kind> messageKindProperty() {
        return messageKind;
    }

    /** The office's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
