package com.counseldesk.hotline.ui;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.ui.PlanNodes;
import com.counseldesk.consult.ui.TabWalk;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Household;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.Subject;
import com.counseldesk.family.ui.HouseholdText;
import com.counseldesk.family.ui.PhoneSuggestions;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.BringItem;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallSheet;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.office.Staff;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The call form (热线登记) in its tab: the kind of call and its timer in the heading with the outcome
 * of the last save; the phone first, with the household it finds; the hotline sheet on the left and
 * how each subject stands on the right; below, the outcome and the booking or the follow-up it needs.
 * Tab moves on, Enter or Ctrl+Enter saves, Esc closes (asking when something was typed). Only binds
 * to its view model.
 */
public final class CallFormView {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OPEN_CHOICE = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private final CallFormViewModel vm;
    private final I18n i18n;
    private final LongConsumer openFamily;
    private final Runnable close;
    private final VBox root = new VBox(6);
    private final TextField phoneField = new TextField();
    private final PhoneSuggestions suggestions;

    /** {@code openFamily} opens the household's page (the card's link); {@code close} closes the form's tab. */
    public CallFormView(CallFormViewModel vm, I18n i18n, LongConsumer openFamily, Runnable close) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFamily = openFamily;
        this.close = close;
        this.suggestions = new PhoneSuggestions(phoneField, vm.suggestions(), "callPhoneSuggestions", i18n);
        build();
    }

    public Parent root() {
        return root;
    }

    /** The cursor where a call starts: the phone. */
    public void focusFirstField() {
        Forms.focusWhenShown(phoneField);
    }

    private void build() {
        root.setId("callForm");
        root.setPadding(new Insets(4, 8, 8, 8));
        GridPane sheet = Forms.grid();
        sheet.setPadding(new Insets(4, 12, 4, 0));
        int row = 0;
        phoneField.setId("callPhoneField");
        phoneField.setPromptText(i18n.t("walkin.phone.prompt"));
        phoneField.textProperty().bindBidirectional(vm.phoneProperty());
        phoneField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.phoneLeft();
            }
        });
        VBox phoneBox = Forms.row(sheet, row++, i18n.t("hotline.call.phone"), phoneField, "callPhone",
                vm.error(Phone.FIELD), i18n);
        // 来电号码 for a call that rang, 电话号码 for one the counselor makes.
        ((Label) sheet.lookup("#callPhoneLabel")).textProperty().bind(vm.kindProperty().map(k -> i18n.t(
                k == null || k.isInbound() ? "hotline.call.phone" : "hotline.call.phone.outbound")));
        phoneBox.getChildren().addAll(suggestions.box(), householdCard());
        row = text(sheet, row, "callStudentName", "hotline.call.studentName", vm.studentNameProperty(),
                CallFormViewModel.STUDENT);
        ComboBox<Gender> gender = Forms.combo("callGenderBox", List.of(Gender.values()), i18n::label);
        gender.valueProperty().bindBidirectional(vm.genderProperty());
        gender.setPrefWidth(112);
        ComboBox<Grade> grade = Forms.combo("callGradeBox", Grade.choosable(), i18n::label);
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        grade.setPrefWidth(130);
        HBox genderGrade = new HBox(8, gender, new Label(i18n.t("walkin.grade")), grade);
        genderGrade.setAlignment(Pos.CENTER_LEFT);
        Forms.row(sheet, row++, i18n.t("walkin.gender"), genderGrade, "callGender", null, i18n);
        row = text(sheet, row, "callSchool", "hotline.call.school", vm.schoolProperty(), StudentDetails.SCHOOL);
        TextField parent = field("callParentNameField", vm.parentNameProperty());
        ComboBox<Relation> relation = Forms.combo("callRelationBox", List.of(Relation.values()), i18n::label);
        relation.valueProperty().bindBidirectional(vm.relationProperty());
        relation.setPrefWidth(120);
        HBox parentRow = new HBox(8, parent, new Label(i18n.t("walkin.relation")), relation);
        parentRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(parent, Priority.ALWAYS);
        Forms.row(sheet, row++, i18n.t("hotline.call.parentName"), parentRow, "callParentName",
                vm.error(ContactDetails.NAME), i18n);
        row = text(sheet, row, "callDistrict", "hotline.call.district", vm.districtProperty(), Household.DISTRICT);
        row = text(sheet, row, "callAttitude", "hotline.call.attitude", vm.attitudeProperty(), CallSheet.ATTITUDE);
        row = text(sheet, row, "callNeeds", "hotline.call.needs", vm.needsProperty(), CallSheet.NEEDS);
        TextArea summary = new TextArea();
        summary.setId("callSummaryField");
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        Forms.row(sheet, row, i18n.t("hotline.call.summary"), summary, "callSummary",
                vm.error(CallSheet.SUMMARY), i18n);
        Forms.markRequired(sheet, "callPhone");

        // The sheet and the outcome on the left, so that Tab goes from the phone to the save without the
        // subjects; how each subject stands on the right, after them in the Tab order.
        VBox left = new VBox(4, sheet, outcome());
        HBox columns = new HBox(8, left, subjects());
        HBox.setHgrow(left, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setId("callScroll");
        Forms.keepFocusInSight(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(heading(), scroll);
        TabWalk.leaveOnTab(summary, root);
        suggestions.keys(Keys.area(root, "keys.area.call"))
                .on(SAVE, "keys.call.save", this::save)
                .on(Keys.ENTER, "keys.call.saveEnter", this::entersSave, this::save)
                .ifUnused(Keys.ESCAPE, "keys.call.close", this::closeAsked)
                .standard("keys.choice.open", Keys.SPACE, OPEN_CHOICE)
                .described("keys.choice.type.keys", "keys.choice.type");
        // Saved: the cursor is back in the phone for the next call.
        vm.savingProperty().addListener((o, was, is) -> {
            if (was && !is && vm.statusKindProperty().get() == Notice.Kind.SUCCESS) {
                phoneField.requestFocus();
            }
        });
        vm.fieldToFixProperty().addListener((o, a, f) -> {
            if (f != null) {
                focusField(f);
            }
        });
    }

    /** The title, the kind of call and its timer, and the outcome of the last save beside them. */
    private Node heading() {
        Label title = new Label(i18n.t("hotline.call.title"));
        title.getStyleClass().add("title-3");
        title.setMinWidth(Label.USE_PREF_SIZE);
        ComboBox<CallKind> kind = Forms.combo("callKindBox", List.of(CallKind.values()), i18n::label);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setPrefWidth(130);
        kind.setMinWidth(120);
        TextField duration = new TextField();
        duration.setId("callDurationField");
        duration.setPrefColumnCount(5);
        duration.setMinWidth(64);
        duration.textProperty().bindBidirectional(vm.durationProperty());
        Label durationLabel = new Label(i18n.t("hotline.call.duration"));
        durationLabel.setLabelFor(duration);
        durationLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label durationError = Forms.errorLabel("callDurationError", vm.error(NewCall.DURATION), i18n);
        durationError.setMinWidth(Label.USE_PREF_SIZE);
        Label status = Notice.band("callStatus", vm.statusProperty(), vm.statusKindProperty(), i18n);
        status.setMinHeight(40);
        status.setPrefHeight(40);
        status.setMaxHeight(40);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox heading = new HBox(10, title, kind, durationLabel, duration, durationError, status);
        heading.setAlignment(Pos.CENTER_LEFT);
        return heading;
    }

    /** 科目情况: per subject how it stands and whether the family wants tutoring in it. */
    private Node subjects() {
        GridPane grid = new GridPane();
        grid.setId("callSubjects");
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 0, 4, 0));
        Label heading = new Label(i18n.t("hotline.call.subjects"));
        heading.getStyleClass().add("title-4");
        grid.add(heading, 0, 0, 3, 1);
        int row = 1;
        for (Subject s : Subject.values()) {
            TextField standing = field("callStanding-" + s.name(), vm.standingProperty(s));
            standing.setPromptText(i18n.t("hotline.call.standing.prompt"));
            standing.setPrefColumnCount(12);
            Label name = new Label(i18n.label(s));
            name.setLabelFor(standing);
            name.setMinWidth(Label.USE_PREF_SIZE);
            CheckBox wanted = new CheckBox(i18n.t("hotline.call.wanted"));
            wanted.setId("callWanted-" + s.name());
            wanted.setMinWidth(Label.USE_PREF_SIZE);
            wanted.selectedProperty().bindBidirectional(vm.wantedProperty(s));
            VBox box = new VBox(1, standing, Forms.errorLabel("callStanding-" + s.name() + "Error",
                    vm.error(CallFormViewModel.STANDING + s.name()), i18n));
            grid.add(name, 0, row);
            grid.add(box, 1, row);
            grid.add(wanted, 2, row);
            row++;
        }
        return grid;
    }

    /** The outcome, and below it the booking or the follow-up it needs; the save and close buttons. */
    private Node outcome() {
        GridPane grid = Forms.grid();
        grid.setPadding(new Insets(4, 12, 4, 0));
        int row = 0;
        ComboBox<CallOutcome> outcome = Forms.combo("callOutcomeBox", List.of(CallOutcome.values()), i18n::label);
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        outcome.setPrefWidth(240);
        outcome.setMaxWidth(Region.USE_PREF_SIZE);
        Forms.row(grid, row++, i18n.t("hotline.call.outcome"), outcome, "callOutcome", vm.error(NewCall.OUTCOME),
                i18n);
        Forms.markRequired(grid, "callOutcome");

        HBox offer = PlanNodes.when("callOffer", i18n, vm.currentDay(), vm.offerDayProperty(), vm.offerTimeProperty(),
                vm.error(Booking.STARTS_AT), null);
        booking(Forms.row(grid, row++, i18n.t("hotline.call.startsAt"), offer, "callOffer", null, i18n));
        Forms.markRequired(grid, "callOffer");
        HBox other = PlanNodes.when("callOther", i18n, vm.currentDay(), vm.otherDayProperty(), vm.otherTimeProperty(),
                vm.error(Booking.OTHER_OFFER), null);
        booking(Forms.row(grid, row++, i18n.t("hotline.call.otherOffer"), other, "callOther", null, i18n));
        ComboBox<Integer> chosen = Forms.combo("callChosenBox", List.of(CallFormViewModel.FIRST,
                CallFormViewModel.SECOND), i -> i18n.t(i == CallFormViewModel.FIRST ? "hotline.call.chose.first"
                        : "hotline.call.chose.second"));
        chosen.valueProperty().bindBidirectional(vm.chosenProperty());
        chosen.setPrefWidth(170);
        chosen.setMaxWidth(Region.USE_PREF_SIZE);
        booking(Forms.row(grid, row++, i18n.t("hotline.call.chose"), chosen, "callChosen", null, i18n));
        ComboBox<Staff> counselor = Forms.combo("callCounselorBox", List.of(), s -> s.name() + " · "
                + i18n.label(s.role()));
        counselor.setItems(vm.counselors());
        counselor.valueProperty().bindBidirectional(vm.counselorProperty());
        counselor.setPrefWidth(240);
        counselor.setMaxWidth(Region.USE_PREF_SIZE);
        VBox counselorBox = Forms.row(grid, row++, i18n.t("hotline.call.counselor"), counselor, "callCounselor",
                vm.error(Booking.COUNSELOR), i18n);
        counselorBox.getChildren().add(warnings());
        booking(counselorBox);
        FlowPane bring = new FlowPane(12, 4);
        for (BringItem item : BringItem.values()) {
            CheckBox tick = new CheckBox(i18n.label(item));
            tick.setId("callBring-" + item.name());
            tick.selectedProperty().bindBidirectional(vm.bringProperty(item));
            bring.getChildren().add(tick);
        }
        booking(Forms.row(grid, row++, i18n.t("hotline.call.bring"), bring, "callBring", null, i18n));

        HBox when = PlanNodes.when("callFollowUp", i18n, vm.currentDay(), vm.followUpDayProperty(),
                vm.followUpTimeProperty(), vm.error(FollowUpPlan.DAY), vm.error(FollowUpPlan.TIME));
        followUp(Forms.row(grid, row++, i18n.t("followUp.when"), when, "callFollowUpWhen", null, i18n));
        Forms.markRequired(grid, "callFollowUpWhen");
        TextField purpose = field("callFollowUpPurposeField", vm.followUpPurposeProperty());
        purpose.setPromptText(i18n.t("followUp.purposePrompt"));
        followUp(Forms.row(grid, row++, i18n.t("followUp.purpose"), purpose, "callFollowUpPurpose",
                vm.error(FollowUpPlan.PURPOSE), i18n));
        Forms.markRequired(grid, "callFollowUpPurpose");

        Button save = new Button(i18n.t("hotline.call.save"));
        save.setId("callSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> save());
        Button closeButton = new Button(i18n.t("hotline.call.close"));
        closeButton.setId("callCloseButton");
        closeButton.setOnAction(e -> closeAsked());
        Label required = new Label(i18n.t("form.requiredNote"));
        required.getStyleClass().add("text-muted");
        HBox buttons = new HBox(8, save, closeButton, required);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.add(buttons, 1, row);
        return grid;
    }

    /** The warnings of the time chosen, each on a line. */
    private Node warnings() {
        VBox box = new VBox(2);
        box.setId("callWarnings");
        Runnable fill = () -> box.getChildren().setAll(vm.warnings().stream().map(m -> {
            Label l = new Label(i18n.t(m));
            l.getStyleClass().add("field-error");
            l.setWrapText(true);
            return l;
        }).toList());
        vm.warnings().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.warnings()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void booking(VBox row) {
        row.visibleProperty().bind(vm.bookingWantedProperty());
        row.managedProperty().bind(row.visibleProperty());
    }

    private void followUp(VBox row) {
        row.visibleProperty().bind(vm.followUpWantedProperty());
        row.managedProperty().bind(row.visibleProperty());
    }

    /** The household the phone found, as at the desk, and whose it is when it is another counselor's. */
    private Node householdCard() {
        Label text = new Label();
        text.setId("callHouseholdText");
        text.setWrapText(true);
        text.textProperty().bind(vm.householdProperty().map(c -> HouseholdText.card(c, i18n, vm.currentDay()))
                .orElse(""));
        Label owner = Forms.errorLabel("callOwnerNotice", vm.ownerNoticeProperty(), i18n);
        Hyperlink open = new Hyperlink(i18n.t("walkin.openFamily"));
        open.setId("callOpenFamilyLink");
        open.setFocusTraversable(false);
        open.setOnAction(e -> {
            HouseholdCard card = vm.householdProperty().get();
            if (card != null) {
                openFamily.accept(card.id());
            }
        });
        VBox card = new VBox(2, text, owner, open);
        card.setId("callHouseholdCard");
        card.getStyleClass().add("family-card");
        card.visibleProperty().bind(vm.householdProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** Enter saves, except in the summary's lines, an open choice list, a date's calendar or on a button. */
    private boolean entersSave(KeyEvent e) {
        return !(e.getTarget() instanceof TextArea) && !(e.getTarget() instanceof Button)
                && !(e.getTarget() instanceof ComboBox<?> c && c.isShowing())
                && !(e.getTarget() instanceof DatePicker p && p.isShowing());
    }

    private void save() {
        vm.save();
    }

    private void closeAsked() {
        if (vm.mayDiscard()) {
            close.run();
        }
    }

    /** Puts the cursor in the field a refused save named. */
    private void focusField(String field) {
        String id;
        if (field.startsWith(CallFormViewModel.STANDING)) {
            id = "callStanding-" + field.substring(CallFormViewModel.STANDING.length());
        } else {
            id = switch (field) {
                case Phone.FIELD -> "callPhoneField";
                case CallFormViewModel.STUDENT -> "callStudentNameField";
                case NewCall.OUTCOME -> "callOutcomeBox";
                case NewCall.DURATION -> "callDurationField";
                case Booking.STARTS_AT -> "callOfferDay";
                case Booking.OTHER_OFFER -> "callOtherDay";
                case Booking.COUNSELOR -> "callCounselorBox";
                case FollowUpPlan.DAY -> "callFollowUpDay";
                case FollowUpPlan.TIME -> "callFollowUpTimeField";
                case FollowUpPlan.PURPOSE -> "callFollowUpPurposeField";
                default -> "call" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Field";
            };
        }
        Node node = root.lookup("#" + id);
        if (node != null) {
            Platform.runLater(node::requestFocus);
        }
    }

    private int text(GridPane grid, int row, String id, String label, StringProperty value, String field) {
        TextField f = field(id + "Field", value);
        Forms.row(grid, row, i18n.t(label), f, id, vm.error(field), i18n);
        return row + 1;
    }

    private static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
