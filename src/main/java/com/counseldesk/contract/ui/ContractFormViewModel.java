package com.counseldesk.contract.ui;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.fx.SavingForm;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractAccess;
import com.counseldesk.contract.ContractNumbers;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.CourseService;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.NewContract;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PriceKind;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.family.Subject;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contract form (签单), opened from a family page: the student, the courses (chosen by typing; the
 * hours, price and subjects follow from the catalogue's current prices and can be changed), the price
 * as a package or per class hour, the discount as an amount or a percentage with its reason, the amount
 * due computed as it is typed, the counselor credited (the family's owner by default), the number
 * (blank: the next of the office's format), the days, remarks, and the deposit taken on the spot. Each
 * field's rule is the domain's ({@link Terms}, {@link Fen}, {@link NewContract}, {@link NewPayment}).
 * No JavaFX nodes.
 */
public class ContractFormViewModel extends SavingForm<ContractPage> {
    /** What the form starts from, read in one go. */
    public record Start(HouseholdCard household, boolean maySign, List<Course> courses, List<Staff> counselors,
            String nextNumber) {
    }

    private final long householdId;
    private final ContractService contracts;
    private final CourseService courses;
    private final FamilyService families;
    private final OfficeService office;
    private final Staff me;
    private final Clock clock;
    private final ObjectProperty<HouseholdCard> household = new SimpleObjectProperty<>();
    private final ObservableList<Student> students = FXCollections.observableArrayList();
    private final ObjectProperty<Student> student = new SimpleObjectProperty<>();
    private final ObservableList<Course> offered = FXCollections.observableArrayList();
    private final ObservableList<Course> chosen = FXCollections.observableArrayList();
    /** Held here: a binding nobody holds is collected, and its listeners with it. */
    private final IntegerBinding courseCount = Bindings.size(chosen);
    private final Map<Subject, BooleanProperty> subjects = new EnumMap<>(Subject.class);
    private final StringProperty hours = new SimpleStringProperty("");
    private final ObjectProperty<PriceKind> priceKind = new SimpleObjectProperty<>(PriceKind.PACKAGE);
    private final StringProperty price = new SimpleStringProperty("");
    private final ObjectProperty<DiscountKind> discountKind = new SimpleObjectProperty<>(DiscountKind.NONE);
    private final StringProperty discount = new SimpleStringProperty("");
    private final StringProperty discountReason = new SimpleStringProperty("");
    private final ObjectProperty<Msg> due = new SimpleObjectProperty<>();
    private final ObservableList<Staff> counselors = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> counselor = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty nextNumber = new SimpleStringProperty("");
    private final StringProperty signedOn = new SimpleStringProperty("");
    private final StringProperty startsOn = new SimpleStringProperty("");
    private final StringProperty remarks = new SimpleStringProperty("");
    private final StringProperty deposit = new SimpleStringProperty("");
    private final ObjectProperty<PayMethod> depositMethod = new SimpleObjectProperty<>();
    private final StringProperty receipt = new SimpleStringProperty("");
    private final Long preferredStudent;
    private final DialogService dialogs;

    public ContractFormViewModel(long householdId, Long preferredStudent, ContractService contracts,
            CourseService courses, FamilyService families, OfficeService office, Background background,
            DialogService dialogs, Staff me, Clock clock) {
        super(background, dialogs, "contract.form.loadFailed", "contract.form.saveFailed",
                "contract.form.saveFailed.detail");
        this.householdId = householdId;
        this.preferredStudent = preferredStudent;
        this.dialogs = dialogs;
        this.contracts = contracts;
        this.courses = courses;
        this.families = families;
        this.office = office;
        this.me = me;
        this.clock = clock;
        for (Subject s : Subject.values()) {
            subjects.put(s, new SimpleBooleanProperty());
        }
        Observable[] money = {hours, priceKind, price, discountKind, discount, discountReason};
        form.field(NewContract.STUDENT, () -> student.get() == null ? new Msg("error.required") : null, student)
                .field(NewContract.COURSES, () -> chosen.isEmpty() ? new Msg("error.contract.courses") : null,
                        courseCount)
                .field(Terms.HOURS, () -> termsMessage(Terms.HOURS), hours)
                .field(Terms.PRICE, () -> termsMessage(Terms.PRICE), priceKind, price, hours)
                .field(Terms.DISCOUNT, () -> termsMessage(Terms.DISCOUNT), discountKind, discount, price, hours)
                .field(Terms.DISCOUNT_REASON, () -> termsMessage(Terms.DISCOUNT_REASON), discountReason, discount)
                .field(NewContract.COUNSELOR, () -> counselor.get() == null ? new Msg("error.counselor.choose") : null,
                        counselor)
                .field(NewContract.NUMBER, () -> FormModel.check(() -> ContractNumbers.typed(number.get())), number)
                .field(NewContract.SIGNED_ON, () -> FormModel.check(this::signedDay), signedOn)
                .field(NewContract.STARTS_ON, () -> FormModel.check(this::startDay), startsOn, signedOn)
                .field(NewContract.REMARKS, () -> FormModel.check(() -> Text.optional(NewContract.REMARKS,
                        remarks.get(), Text.LONG_MAX)), remarks)
                .field(NewPayment.AMOUNT, () -> FormModel.check(this::firstPayment), deposit, price, discount,
                        discountKind, hours, priceKind)
                .field(NewPayment.METHOD, () -> depositWanted() && depositMethod.get() == null
                        ? new Msg("error.required") : null, depositMethod, deposit)
                .field(NewPayment.RECEIPT, () -> depositWanted() ? FormModel.check(() -> NewPayment.receipt(
                        receipt.get())) : null, receipt, deposit);
        for (Observable o : money) {
            o.addListener(x -> showDue());
        }
        chosen.addListener((javafx.collections.ListChangeListener<Course>) c -> fromCourses());
        priceKind.addListener((o, was, now) -> convertPrice(was, now));
        form.revalidate();
        showDue();
    }

    /** Reads the household, the courses on offer, the counselors and the next number; proposes today. */
    public void load() {
        LocalDate today = today();
        read(() -> new Start(families.card(householdId).orElseThrow(() -> new ValidationException("household",
                "error.household.unknown")), contracts.maySign(me.id(), householdId), courses.offered(today),
                office.counselors(), contracts.nextNumber(today)), this::show);
    }

    private void show(Start s) {
        form.quietly(() -> {
            household.set(s.household());
            students.setAll(s.household().students());
            student.set(students.stream().filter(st -> preferredStudent != null && st.id() == preferredStudent)
                    .findFirst().orElse(students.size() == 1 ? students.get(0) : null));
            offered.setAll(s.courses());
            counselors.setAll(s.counselors());
            Long owner = s.household().activeOwnerId();
            counselor.set(counselors.stream().filter(c -> owner != null ? c.id() == owner : c.id() == me.id())
                    .findFirst().orElse(null));
            nextNumber.set(s.nextNumber());
            signedOn.set(DateText.format(today()));
        });
        form.reset();
        if (!s.maySign()) {
            say(new Msg(ContractAccess.REFUSED));
        }
    }

    /** Adds a course from the catalogue to the contract (typing chose it); one already chosen stays once. */
    public void addCourse(Course c) {
        if (c != null && chosen.stream().noneMatch(x -> x.id() == c.id())) {
            chosen.add(c);
        }
    }

    public void removeCourse(Course c) {
        chosen.remove(c);
    }

    /** The catalogue fills hours, price and subjects: the sum of the chosen courses', as a package. */
    private void fromCourses() {
        int h = chosen.stream().mapToInt(Course::classHours).sum();
        Fen total = chosen.stream().map(Course::price).reduce(Fen.ZERO, Fen::plus);
        Set<Subject> union = EnumSet.noneOf(Subject.class);
        chosen.forEach(c -> union.addAll(c.subjects()));
        hours.set(h == 0 ? "" : String.valueOf(h));
        if (priceKind.get() == PriceKind.UNIT && h > 0) {
            price.set(Fen.of(BigDecimal.valueOf(total.value()).divide(BigDecimal.valueOf(h), 0, RoundingMode.HALF_UP)
                    .longValueExact()).plain());
        } else {
            price.set(chosen.isEmpty() ? "" : total.plain());
        }
        subjects.forEach((s, p) -> p.set(union.contains(s)));
    }

    /**
     * Switching between a package price and a price per class hour keeps the amount: the total becomes
     * the price per hour (rounded half up to the fen) and back, when price and hours can be read.
     */
    private void convertPrice(PriceKind was, PriceKind now) {
        try {
            Fen p = Fen.parse(Terms.PRICE, price.get());
            int h = Terms.hours(hours.get());
            if (was == PriceKind.PACKAGE && now == PriceKind.UNIT) {
                price.set(Fen.of(BigDecimal.valueOf(p.value()).divide(BigDecimal.valueOf(h), 0, RoundingMode.HALF_UP)
                        .longValueExact()).plain());
            } else if (was == PriceKind.UNIT && now == PriceKind.PACKAGE) {
                price.set(p.times(h).plain());
            }
        } catch (ValidationException | ArithmeticException e) {
            // Nothing to convert yet: the price or hours are still being typed.
        }
    }

    /** The money as the form holds it; throws the first rule it breaks. */
    Terms terms() {
        int h = Terms.hours(hours.get());
        Fen p = Fen.parse(Terms.PRICE, price.get());
        DiscountKind k = discountKind.get();
        Fen amount = k == DiscountKind.AMOUNT ? Fen.parse(Terms.DISCOUNT, discount.get()) : null;
        BigDecimal percent = k == DiscountKind.PERCENT ? Terms.percent(discount.get()) : null;
        return Terms.of(h, priceKind.get(), p, k, amount, percent, discountReason.get());
    }

    /** The message of the money's rules that concerns {@code field}, if any. */
    private Msg termsMessage(String field) {
        try {
            terms();
            return null;
        } catch (ValidationException e) {
            return e.field().equals(field) ? Msg.of(e) : null;
        }
    }

    /** 价格 ¥8,000.00 − 优惠 ¥800.00 = 应收 ¥7,200.00, as it is typed; a hint while it cannot be computed. */
    private void showDue() {
        try {
            Terms t = terms();
            due.set(new Msg("contract.form.dueLine", t.price(), t.discount(), t.due()));
        } catch (ValidationException e) {
            due.set(new Msg("contract.form.dueIncomplete"));
        }
    }

    private LocalDate signedDay() {
        LocalDate d = day(NewContract.SIGNED_ON, signedOn.get());
        if (d == null) {
            throw new ValidationException(NewContract.SIGNED_ON, "error.required");
        }
        if (d.isAfter(today())) {
            throw new ValidationException(NewContract.SIGNED_ON, "error.contract.signedFuture");
        }
        return d;
    }

    private LocalDate startDay() {
        LocalDate d = day(NewContract.STARTS_ON, startsOn.get());
        LocalDate signed = parseOrNull(signedOn.get());
        if (d != null && signed != null && d.isBefore(signed)) {
            throw new ValidationException(NewContract.STARTS_ON, "error.contract.startsBeforeSigned");
        }
        return d;
    }

    /** A day as typed (2026-11-27, 2026/11/27 …), null when blank; refused beside {@code field} otherwise. */
    static LocalDate day(String field, String typed) {
        try {
            return DateText.parse(typed);
        } catch (DateTimeException e) {
            throw new ValidationException(field, "error.contract.dayFormat");
        }
    }

    private static LocalDate parseOrNull(String typed) {
        try {
            return DateText.parse(typed);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private boolean depositWanted() {
        return deposit.get() != null && !deposit.get().isBlank();
    }

    /** The deposit taken on the spot, or null when none was typed. */
    private NewPayment firstPayment() {
        if (!depositWanted()) {
            return null;
        }
        Fen amount = Fen.parse(NewPayment.AMOUNT, deposit.get());
        if (amount.isZero()) {
            throw new ValidationException(NewPayment.AMOUNT, "error.payment.zero");
        }
        try {
            Fen owed = terms().due();
            if (amount.exceeds(owed)) {
                throw new ValidationException(NewPayment.AMOUNT, "error.payment.over", owed);
            }
        } catch (ValidationException e) {
            if (NewPayment.AMOUNT.equals(e.field())) {
                throw e;
            }
        }
        if (depositMethod.get() == null) {
            return null;
        }
        return new NewPayment(amount, depositMethod.get(), receipt.get(), signedDayOrToday());
    }

    private LocalDate signedDayOrToday() {
        LocalDate d = parseOrNull(signedOn.get());
        return d == null ? today() : d;
    }

    /** Checks every field and, when all is well, records the contract (and its deposit); returns whether the save started. */
    public boolean save() {
        return store(household.get() != null, () -> {
            Set<Subject> picked = EnumSet.noneOf(Subject.class);
            subjects.forEach((s, p) -> {
                if (p.get()) {
                    picked.add(s);
                }
            });
            NewContract c = new NewContract(student.get().id(), chosen.stream().map(Course::id).toList(), picked,
                    terms(), counselor.get().id(), number.get(), signedDay(), startDay(), remarks.get(),
                    firstPayment());
            return () -> contracts.sign(me.id(), householdId, c);
        });
    }

    /** Whether anything was typed that closing the form would lose. */
    public boolean hasTypedData() {
        return !chosen.isEmpty() || !deposit.get().isBlank() || !remarks.get().isBlank();
    }

    /** Whether the form may be thrown away: nothing typed, or the person says so. */
    public boolean mayDiscard() {
        return !hasTypedData() || dialogs.confirm(new Msg("contract.form.discard.title"),
                new Msg("contract.form.discard.text"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public long householdId() {
        return householdId;
    }

    public ReadOnlyObjectProperty<HouseholdCard> householdProperty() {
        return household;
    }

    public ObservableList<Student> students() {
        return students;
    }

    public ObjectProperty<Student> studentProperty() {
        return student;
    }

    public ObservableList<Course> offered() {
        return offered;
    }

    public ObservableList<Course> chosen() {
        return chosen;
    }

    public BooleanProperty subjectProperty(Subject s) {
        return subjects.get(s);
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObjectProperty<PriceKind> priceKindProperty() {
        return priceKind;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public ObjectProperty<DiscountKind> discountKindProperty() {
        return discountKind;
    }

    public StringProperty discountProperty() {
        return discount;
    }

    public StringProperty discountReasonProperty() {
        return discountReason;
    }

    /** The amount due as it stands ("价格 … − 优惠 … = 应收 …"), read as the form is typed. */
    public ReadOnlyObjectProperty<Msg> dueProperty() {
        return due;
    }

    public ObservableList<Staff> counselors() {
        return counselors;
    }

    public ObjectProperty<Staff> counselorProperty() {
        return counselor;
    }

    public StringProperty numberProperty() {
        return number;
    }

    /** The number a blank field gets (shown as its prompt). */
    public ReadOnlyStringProperty nextNumberProperty() {
        return nextNumber;
    }

    public StringProperty signedOnProperty() {
        return signedOn;
    }

    public StringProperty startsOnProperty() {
        return startsOn;
    }

    public StringProperty remarksProperty() {
        return remarks;
    }

    public StringProperty depositProperty() {
        return deposit;
    }

    public ObjectProperty<PayMethod> depositMethodProperty() {
        return depositMethod;
    }

    public StringProperty receiptProperty() {
        return receipt;
    }

    /** The first field with a message, after a refused save (the view puts the cursor there). */
    public String firstInvalid() {
        return form.firstInvalid();
    }
}
