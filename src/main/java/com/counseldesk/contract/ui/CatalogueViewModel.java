package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.CourseDetails;
import com.counseldesk.contract.CourseKind;
import com.counseldesk.contract.CoursePrice;
import com.counseldesk.contract.CourseService;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.Subject;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
 * The course catalogue (课程与套餐), a manager's screen: the courses with their current list price; a
 * form to add one (name, course or package, subjects, class hours, list price) or change the chosen
 * one's details; a new price from a day on; stop or start offering it; and the office's format of
 * contract numbers. No JavaFX nodes.
 */
public class CatalogueViewModel {
    /** What the screen starts from. */
    private record Start(List<Course> courses, String numberFormat) {
    }

    private final CourseService courses;
    private final ContractService contracts;
    private final Background background;
    private final DialogService dialogs;
    private final Staff me;
    private final Clock clock;
    private final FormModel form = new FormModel();
    private final FormModel priceForm = new FormModel();
    private final ObservableList<Course> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Course> selected = new SimpleObjectProperty<>();
    private final ObservableList<CoursePrice> prices = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CourseKind> kind = new SimpleObjectProperty<>(CourseKind.COURSE);
    private final Map<Subject, BooleanProperty> subjects = new EnumMap<>(Subject.class);
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty newPrice = new SimpleStringProperty("");
    private final StringProperty priceFrom = new SimpleStringProperty("");
    private final StringProperty numberFormat = new SimpleStringProperty("");
    private final ObjectProperty<Msg> numberFormatError = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> messageKind = new SimpleObjectProperty<>(Kind.INFO);

    public CatalogueViewModel(CourseService courses, ContractService contracts, Background background,
            DialogService dialogs, Staff me, Clock clock) {
        this.courses = courses;
        this.contracts = contracts;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.clock = clock;
        for (Subject s : Subject.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            subjects.put(s, p);
        }
        BooleanProperty anySubject = new SimpleBooleanProperty();
        subjects.values().forEach(p -> p.addListener((o, a, b) -> anySubject.set(!anySubject.get())));
        form.field(CourseDetails.NAME, () -> FormModel.check(() -> new CourseDetails(name.get(), kind.get(),
                Set.of(Subject.OTHER), 1)), name)
                .field(CourseDetails.SUBJECTS, () -> picked().isEmpty() ? new Msg("error.course.subjects") : null,
                        anySubject)
                .field(Terms.HOURS, () -> FormModel.check(() -> Terms.hours(hours.get())), hours)
                .field(CourseService.PRICE, () -> selected.get() != null ? null
                        : FormModel.check(() -> Fen.parse(CourseService.PRICE, price.get())), price, selected);
        priceForm.field(CourseService.PRICE, () -> FormModel.check(() -> Fen.parse(CourseService.PRICE,
                newPrice.get())), newPrice)
                .field(CourseService.PRICE_FROM, () -> FormModel.check(this::from), priceFrom);
        form.revalidate();
        priceForm.revalidate();
        selected.addListener((o, was, now) -> fill(now));
    }

    public void load() {
        background.run(() -> new Start(courses.all(), contracts.numbers().format()), s -> {
            Course was = selected.get();
            rows.setAll(s.courses());
            numberFormat.set(s.numberFormat());
            selected.set(s.courses().stream().filter(c -> was != null && c.id() == was.id()).findFirst().orElse(null));
        }, this::failed);
    }

    /** The chosen course's details in the form (to change them) and its prices; none chosen: an empty form. */
    private void fill(Course c) {
        form.quietly(() -> {
            name.set(c == null ? "" : c.name());
            kind.set(c == null ? CourseKind.COURSE : c.kind());
            subjects.forEach((s, p) -> p.set(c != null && c.subjects().contains(s)));
            hours.set(c == null ? "" : String.valueOf(c.classHours()));
            price.set("");
        });
        form.reset();
        priceForm.quietly(() -> {
            newPrice.set("");
            priceFrom.set(DateText.format(LocalDate.now(clock)));
        });
        priceForm.reset();
        prices.clear();
        if (c != null) {
            background.run(() -> courses.prices(c.id()), prices::setAll, this::failed);
        }
    }

    /** A new form for the next course (the list's choice is let go). */
    public void newCourse() {
        selected.set(null);
    }

    /** Adds the course of the form, or stores the chosen one's changed details. */
    public void save() {
        if (!form.showAll()) {
            return;
        }
        CourseDetails d;
        try {
            d = new CourseDetails(name.get(), kind.get(), picked(), Terms.hours(hours.get()));
        } catch (ValidationException e) {
            form.show(e);
            return;
        }
        Course c = selected.get();
        if (c == null) {
            Fen p = Fen.parse(CourseService.PRICE, price.get());
            act(() -> courses.add(me.id(), d, p), form, added -> new Msg("contract.catalogue.added", added.name()));
        } else {
            act(() -> courses.update(me.id(), c.id(), d), form, u -> new Msg("contract.catalogue.updated", u.name()));
        }
    }

    /** The chosen course's new list price from the day typed. */
    public void changePrice() {
        Course c = selected.get();
        if (c == null || !priceForm.showAll()) {
            return;
        }
        Fen p = Fen.parse(CourseService.PRICE, newPrice.get());
        LocalDate from = from();
        act(() -> courses.changePrice(me.id(), c.id(), p, from), priceForm,
                u -> new Msg("contract.catalogue.priced", u.name(), p, DateText.format(from)));
    }

    /** Stops offering the chosen course, or offers it again. */
    public void toggleActive() {
        Course c = selected.get();
        if (c != null) {
            act(() -> courses.setActive(me.id(), c.id(), !c.active()), form, u -> new Msg(u.active()
                    ? "contract.catalogue.reactivated" : "contract.catalogue.deactivated", u.name()));
        }
    }

    /** Stores the format of contract numbers given from now on. */
    public void saveNumberFormat() {
        String f = numberFormat.get();
        background.run(() -> contracts.setNumberFormat(me.id(), f), n -> {
            numberFormatError.set(null);
            say(Kind.SUCCESS, new Msg("contract.catalogue.formatSaved", n.number(LocalDate.now(clock), 1)));
        }, e -> {
            if (e instanceof ValidationException v) {
                numberFormatError.set(Msg.of(v));
            } else {
                failed(e);
            }
        });
    }

    private void act(Callable<Course> work, FormModel fields, java.util.function.Function<Course, Msg> done) {
        background.run(work, c -> {
            say(Kind.SUCCESS, done.apply(c));
            Course keep = c;
            background.run(courses::all, all -> {
                rows.setAll(all);
                selected.set(all.stream().filter(x -> x.id() == keep.id()).findFirst().orElse(null));
            }, this::failed);
        }, e -> {
            if (e instanceof ValidationException v && fields.show(v)) {
                return;
            }
            failed(e);
        });
    }

    private LocalDate from() {
        LocalDate d = ContractFormViewModel.day(CourseService.PRICE_FROM, priceFrom.get());
        if (d == null) {
            throw new ValidationException(CourseService.PRICE_FROM, "error.required");
        }
        return d;
    }

    private Set<Subject> picked() {
        Set<Subject> out = EnumSet.noneOf(Subject.class);
        subjects.forEach((s, p) -> {
            if (p.get()) {
                out.add(s);
            }
        });
        return out;
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            say(Kind.ERROR, Msg.of(v));
        } else {
            say(Kind.ERROR, new Msg("contract.catalogue.failed"));
            dialogs.showError(new Msg("contract.catalogue.failed"), DatabaseException.describe(e));
        }
    }

    private void say(Kind k, Msg m) {
        messageKind.set(k);
        message.set(m);
    }

    public ObservableList<Course> rows() {
        return rows;
    }

    public ObjectProperty<Course> selectedProperty() {
        return selected;
    }

    public ObservableList<CoursePrice> prices() {
        return prices;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CourseKind> kindProperty() {
        return kind;
    }

    public BooleanProperty subjectProperty(Subject s) {
        return subjects.get(s);
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty newPriceProperty() {
        return newPrice;
    }

    public StringProperty priceFromProperty() {
        return priceFrom;
    }

    public StringProperty numberFormatProperty() {
        return numberFormat;
    }

    public ReadOnlyObjectProperty<Msg> numberFormatErrorProperty() {
        return numberFormatError;
    }

    public ReadOnlyObjectProperty<Msg> error(String field) {
        return form.error(field);
    }

    public ReadOnlyObjectProperty<Msg> priceError(String field) {
        return priceForm.error(field);
    }

    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Kind> messageKindProperty() {
        return messageKind;
    }
}
