package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.NewContract;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PriceKind;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The contract form (签单) in its tab: the contract on the left (student, courses chosen by typing,
 * subjects, counselor, number, days, remarks), the money on the right (hours, price, discount and its
 * reason, the amount due as it is typed, the deposit taken now). Each wrong field shows its message
 * under it; Ctrl+Enter saves and puts the cursor on the first field to fix. Only binds to its view model.
 */
public final class ContractFormView {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    private final ContractFormViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final ComboBox<Course> courseBox;

    public ContractFormView(ContractFormViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.courseBox = Forms.combo("contractCourseBox", vm.offered(), this::courseText);
        build();
    }

    public Parent root() {
        return root;
    }

    /** The cursor starts on the courses: the student is chosen already when the family has one. */
    public void focus() {
        Forms.focusWhenShown(vm.studentProperty().get() == null && vm.students().size() > 1
                ? root.lookup("#contractStudentBox") : courseBox);
    }

    private void build() {
        root.setId("contractForm");
        root.setPadding(new Insets(8));
        Label title = new Label();
        title.setId("contractFormTitle");
        title.getStyleClass().add("title-3");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(vm.householdProperty().map(this::family).orElse(i18n.t("contract.form.title")));
        Label message = Forms.errorLabel("contractFormMessage", vm.messageProperty(), i18n);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox heading = new HBox(16, title, message);
        heading.setAlignment(Pos.CENTER_LEFT);

        HBox columns = new HBox(24, contractColumn(), moneyColumn());
        columns.setPadding(new Insets(0, 8, 8, 0));
        HBox.setHgrow(columns.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(columns.getChildren().get(1), Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setId("contractFormScroll");
        Forms.keepFocusInSight(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button save = new Button(i18n.t("contract.form.save"));
        save.setId("contractSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> save());
        Label required = new Label(i18n.t("form.requiredNote"));
        required.getStyleClass().add("text-muted");
        HBox foot = new HBox(12, save, required);
        foot.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(heading, scroll, foot);
        Keys.area(root, "keys.area.contractForm")
                .on(SAVE, "keys.contractForm.save", this::save)
                .standard("keys.tab", new KeyCodeCombination(KeyCode.TAB));
    }

    private GridPane contractColumn() {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        ComboBox<Student> student = Forms.combo("contractStudentBox", vm.students(), Student::name);
        student.setItems(vm.students());
        student.valueProperty().bindBidirectional(vm.studentProperty());
        Forms.row(grid, 0, i18n.t("contract.form.student"), student, "contractStudent",
                vm.error(NewContract.STUDENT), i18n);
        Forms.markRequired(grid, "contractStudent");

        courseBox.setItems(vm.offered());
        courseBox.setPromptText(i18n.t("contract.form.coursePrompt"));
        Button addCourse = new Button(i18n.t("contract.form.addCourse"));
        addCourse.setId("contractAddCourseButton");
        addCourse.setMinWidth(Region.USE_PREF_SIZE);
        addCourse.disableProperty().bind(courseBox.valueProperty().isNull());
        addCourse.setOnAction(e -> addChosenCourse());
        HBox.setHgrow(courseBox, Priority.ALWAYS);
        ListView<Course> chosen = new ListView<>(vm.chosen());
        chosen.setId("contractCoursesList");
        chosen.setPrefHeight(84);
        chosen.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Course item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : courseText(item));
            }
        });
        chosen.setPlaceholder(new Label(i18n.t("contract.form.noCourse")));
        VBox courses = new VBox(4, new HBox(8, courseBox, addCourse), chosen);
        courses.setId("contractCoursesBox");
        // Typing chooses a course in the box; Enter (the list closed) adds it to the contract.
        Keys.area(courses, "keys.area.contractForm")
                .on(courseBox, Keys.ENTER, "keys.contractForm.addCourse", e -> !courseBox.isShowing()
                        && courseBox.getValue() != null, this::addChosenCourse)
                .on(chosen, REMOVE, "keys.contractForm.removeCourse",
                        e -> chosen.getSelectionModel().getSelectedItem() != null,
                        () -> vm.removeCourse(chosen.getSelectionModel().getSelectedItem()));
        Forms.row(grid, 1, i18n.t("contract.form.courses"), courses, "contractCourses",
                vm.error(NewContract.COURSES), i18n);
        Forms.markRequired(grid, "contractCourses");
        Forms.row(grid, 2, i18n.t("contract.form.subjects"), SubjectBoxes.of("contractSubject", i18n,
                vm::subjectProperty), "contractSubjects", null, i18n);

        ComboBox<Staff> counselor = Forms.combo("contractCounselorBox", vm.counselors(), Staff::name);
        counselor.setItems(vm.counselors());
        counselor.valueProperty().bindBidirectional(vm.counselorProperty());
        Forms.row(grid, 3, i18n.t("contract.form.counselor"), counselor, "contractCounselor",
                vm.error(NewContract.COUNSELOR), i18n);
        Forms.markRequired(grid, "contractCounselor");
        TextField number = field("contractNumberField", vm.numberProperty(), 16);
        number.promptTextProperty().bind(vm.nextNumberProperty().map(n -> i18n.t("contract.form.numberPrompt", n)));
        Forms.row(grid, 4, i18n.t("contract.form.number"), number, "contractNumber", vm.error(NewContract.NUMBER),
                i18n);
        TextField signed = field("contractSignedOnField", vm.signedOnProperty(), 10);
        Forms.row(grid, 5, i18n.t("contract.form.signedOn"), signed, "contractSignedOn",
                vm.error(NewContract.SIGNED_ON), i18n);
        Forms.markRequired(grid, "contractSignedOn");
        TextField starts = field("contractStartsOnField", vm.startsOnProperty(), 10);
        starts.setPromptText(i18n.t("contract.form.dayPrompt"));
        Forms.row(grid, 6, i18n.t("contract.form.startsOn"), starts, "contractStartsOn",
                vm.error(NewContract.STARTS_ON), i18n);
        TextField remarks = field("contractRemarksField", vm.remarksProperty(), 24);
        Forms.row(grid, 7, i18n.t("contract.form.remarks"), remarks, "contractRemarks",
                vm.error(NewContract.REMARKS), i18n);
        return grid;
    }

    private VBox moneyColumn() {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        TextField hours = field("contractHoursField", vm.hoursProperty(), 6);
        Forms.row(grid, 0, i18n.t("contract.form.hours"), hours, "contractHours", vm.error(Terms.HOURS), i18n);
        Forms.markRequired(grid, "contractHours");
        ComboBox<PriceKind> kind = Forms.combo("contractPriceKindBox", List.of(PriceKind.values()), i18n::label);
        kind.valueProperty().bindBidirectional(vm.priceKindProperty());
        TextField price = field("contractPriceField", vm.priceProperty(), 10);
        HBox priceRow = new HBox(8, kind, price);
        kind.setMaxWidth(140);
        HBox.setHgrow(price, Priority.ALWAYS);
        Forms.row(grid, 1, i18n.t("contract.form.price"), priceRow, "contractPrice", vm.error(Terms.PRICE), i18n);
        Forms.markRequired(grid, "contractPrice");
        ComboBox<DiscountKind> dKind = Forms.combo("contractDiscountKindBox", List.of(DiscountKind.values()),
                i18n::label);
        dKind.valueProperty().bindBidirectional(vm.discountKindProperty());
        dKind.setMaxWidth(140);
        TextField discount = field("contractDiscountField", vm.discountProperty(), 10);
        discount.disableProperty().bind(vm.discountKindProperty().isEqualTo(DiscountKind.NONE));
        discount.promptTextProperty().bind(vm.discountKindProperty().map(k -> k == DiscountKind.PERCENT
                ? i18n.t("contract.form.percentPrompt") : k == DiscountKind.AMOUNT ? i18n.t("contract.form.amountPrompt")
                : ""));
        HBox discountRow = new HBox(8, dKind, discount);
        HBox.setHgrow(discount, Priority.ALWAYS);
        Forms.row(grid, 2, i18n.t("contract.form.discount"), discountRow, "contractDiscount",
                vm.error(Terms.DISCOUNT), i18n);
        TextField reason = field("contractDiscountReasonField", vm.discountReasonProperty(), 16);
        reason.disableProperty().bind(vm.discountKindProperty().isEqualTo(DiscountKind.NONE));
        Forms.row(grid, 3, i18n.t("contract.form.discountReason"), reason, "contractDiscountReason",
                vm.error(Terms.DISCOUNT_REASON), i18n);
        Label due = new Label();
        due.setId("contractDue");
        due.getStyleClass().add("title-4");
        due.setWrapText(true);
        due.textProperty().bind(vm.dueProperty().map(i18n::t));
        Forms.row(grid, 4, i18n.t("contract.form.due"), due, "contractDueRow", null, i18n);

        Label depositTitle = new Label(i18n.t("contract.form.depositTitle"));
        depositTitle.getStyleClass().add("title-4");
        GridPane pay = Forms.grid();
        pay.setPadding(Insets.EMPTY);
        TextField amount = field("contractDepositField", vm.depositProperty(), 10);
        amount.setPromptText(i18n.t("contract.form.depositPrompt"));
        Forms.row(pay, 0, i18n.t("contract.form.deposit"), amount, "contractDeposit", vm.error(NewPayment.AMOUNT),
                i18n);
        ComboBox<PayMethod> method = Forms.combo("contractDepositMethodBox", List.of(PayMethod.values()),
                i18n::label);
        method.valueProperty().bindBidirectional(vm.depositMethodProperty());
        Forms.row(pay, 1, i18n.t("contract.payment.method"), method, "contractDepositMethod",
                vm.error(NewPayment.METHOD), i18n);
        TextField receipt = field("contractReceiptField", vm.receiptProperty(), 14);
        Forms.row(pay, 2, i18n.t("contract.payment.receipt"), receipt, "contractReceipt",
                vm.error(NewPayment.RECEIPT), i18n);
        return new VBox(8, grid, depositTitle, pay);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private void addChosenCourse() {
        vm.addCourse(courseBox.getValue());
        courseBox.setValue(null);
    }

    private void save() {
        if (!vm.save()) {
            String first = vm.firstInvalid();
            Node field = first == null ? null : root.lookup("#" + fieldId(first));
            if (field != null) {
                field.requestFocus();
            }
        }
    }

    /** The control of a form field, by the field's name in the rules. */
    private static String fieldId(String field) {
        return switch (field) {
            case NewContract.STUDENT -> "contractStudentBox";
            case NewContract.COURSES -> "contractCourseBox";
            case Terms.HOURS -> "contractHoursField";
            case Terms.PRICE -> "contractPriceField";
            case Terms.DISCOUNT -> "contractDiscountField";
            case Terms.DISCOUNT_REASON -> "contractDiscountReasonField";
            case NewContract.COUNSELOR -> "contractCounselorBox";
            case NewContract.NUMBER -> "contractNumberField";
            case NewContract.SIGNED_ON -> "contractSignedOnField";
            case NewContract.STARTS_ON -> "contractStartsOnField";
            case NewContract.REMARKS -> "contractRemarksField";
            case NewPayment.AMOUNT -> "contractDepositField";
            case NewPayment.METHOD -> "contractDepositMethodBox";
            case NewPayment.RECEIPT -> "contractReceiptField";
            default -> "contractCourseBox";
        };
    }

    private String courseText(Course c) {
        return i18n.t("contract.form.courseLine", c.name(), c.classHours(), c.price() == null ? "" : c.price());
    }

    private String family(HouseholdCard card) {
        return i18n.t("contract.form.titleFamily", card.studentNames());
    }
}
