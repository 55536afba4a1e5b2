package com.counseldesk.walkin.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Student;
import com.counseldesk.family.ui.HouseholdText;
import com.counseldesk.family.ui.PhoneSuggestions;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The 来访登记 form. Only binds to its view model; Tab moves on, Enter saves (or, in the phone, takes the
 * suggestion ↓/↑ highlighted), Ctrl+N starts anew.
 */
public final class WalkInView {
    private static final KeyCombination NEW_FORM = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OPEN_CHOICE = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private final WalkInViewModel vm;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<Long> openFamily;
    private final VBox root = new VBox(8);
    private final TextField phoneField = new TextField();
    private final PhoneSuggestions suggestions;

    /** {@code openFamily} opens a household's family page (from the card's link). */
    public WalkInView(WalkInViewModel vm, I18n i18n, Clock clock, Consumer<Long> openFamily) {
        this.vm = vm;
        this.i18n = i18n;
        this.clock = clock;
        this.openFamily = openFamily;
        this.suggestions = new PhoneSuggestions(phoneField, vm.suggestions(), "phoneSuggestions", i18n);
        build();
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor where a registration starts: the phone. */
    public void focusFirstField() {
        Forms.focusWhenShown(phoneField);
    }

    private void build() {
        root.setId("walkInView");
        root.setPadding(new Insets(4, 8, 8, 8));
        Label title = new Label(i18n.t("walkin.title"));
        title.getStyleClass().add("title-3");
        title.setId("walkInTitle");

        GridPane grid = Forms.grid();
        int row = 0;
        phoneField.setId("phoneField");
        phoneField.setPromptText(i18n.t("walkin.phone.prompt"));
        phoneField.textProperty().bindBidirectional(vm.phoneProperty());
        VBox phoneBox = Forms.row(grid, row++, i18n.t("walkin.phone"), phoneField, "phone", vm.error("phone"), i18n);
        keepRoom(phoneBox.lookup("#phoneError"));
        phoneField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.phoneLeft();
            }
        });
        phoneBox.getChildren().addAll(suggestions.box(), householdCard(), sameNameBox());

        ComboBox<Student> student = Forms.combo("studentBox", List.of(), this::studentChoice);
        vm.studentChoices().addListener((ListChangeListener<Student>) c -> student.getItems().setAll(choiceList()));
        student.getItems().setAll(choiceList());
        student.valueProperty().bindBidirectional(vm.studentProperty());
        VBox studentBox = Forms.row(grid, row++, i18n.t("walkin.student"), student, "student", null, i18n);
        studentBox.visibleProperty().bind(vm.householdProperty().isNotNull());
        studentBox.managedProperty().bind(studentBox.visibleProperty());
        studentBox.getChildren().add(alsoCameBox());

        row = text(grid, row, "studentName", null, vm.studentNameProperty());
        ComboBox<Gender> gender = Forms.combo("genderBox", List.of(Gender.values()), i18n::label);
        gender.valueProperty().bindBidirectional(vm.genderProperty());
        ComboBox<Grade> grade = Forms.combo("gradeBox", Grade.choosable(), i18n::label);
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        HBox genderGrade = new HBox(8, gender, new Label(i18n.t("walkin.grade")), grade);
        genderGrade.setAlignment(Pos.CENTER_LEFT);
        // Wide enough for the longest choice in either language ("Not given").
        gender.setPrefWidth(112);
        grade.setPrefWidth(130);
        Forms.row(grid, row++, i18n.t("walkin.gender"), genderGrade, "gender", null, i18n);
        row = text(grid, row, "school", null, vm.schoolProperty());
        TextField parent = field("parentNameField", vm.parentNameProperty(), null);
        ComboBox<Relation> relation = Forms.combo("relationBox", List.of(Relation.values()), i18n::label);
        relation.valueProperty().bindBidirectional(vm.relationProperty());
        relation.setPrefWidth(120);
        HBox parentRow = new HBox(8, parent, new Label(i18n.t("walkin.relation")), relation);
        parentRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(parent, Priority.ALWAYS);
        Forms.row(grid, row++, i18n.t("walkin.parentName"), parentRow, "parentName", vm.error("parentName"), i18n);

        ComboBox<Channel> channel = Forms.combo("channelBox", Channel.WALK_IN, i18n::label);
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        // A channel proposed from the family's visits says so beside the choice (on the same line: the form
        // does not grow).
        Label proposed = new Label(i18n.t("walkin.channel.proposed"));
        proposed.setId("channelProposed");
        proposed.getStyleClass().add("text-muted");
        proposed.visibleProperty().bind(vm.proposedChannelProperty().isNotNull()
                .and(vm.channelProperty().isEqualTo(vm.proposedChannelProperty())));
        HBox channelRow = new HBox(8, channel, proposed);
        channelRow.setAlignment(Pos.CENTER_LEFT);
        channel.setPrefWidth(160);
        channel.setMinWidth(140);
        Forms.row(grid, row++, i18n.t("walkin.channel"), channelRow, "channel", vm.error("channel"), i18n);
        TextField referrer = field("referrerField", vm.referrerPhoneProperty(), i18n.t("walkin.referrer.prompt"));
        Label referrerName = new Label();
        referrerName.setId("referrerText");
        referrerName.textProperty().bind(vm.referrerProperty().map(c -> i18n.t("walkin.referrer.found",
                c.studentNames(), c.mainContact() == null ? "" : c.mainContact().name())).orElse(""));
        VBox referrerBox = Forms.row(grid, row++, i18n.t("walkin.referrer"), new VBox(2, referrer, referrerName),
                "referrer", vm.error("referrer"), i18n);
        referrerBox.visibleProperty().bind(vm.channelProperty().isEqualTo(Channel.REFERRAL));
        referrerBox.managedProperty().bind(referrerBox.visibleProperty());

        row = text(grid, row, "whoCame", i18n.t("walkin.whoCame.prompt"), vm.whoCameProperty());
        row = text(grid, row, "purpose", i18n.t("walkin.purpose.prompt"), vm.purposeProperty());
        ComboBox<Staff> counselor = Forms.combo("counselorBox", List.of(), s -> s.name() + " · " + i18n.label(s.role()));
        counselor.setItems(vm.counselors());
        counselor.valueProperty().bindBidirectional(vm.counselorProperty());
        VBox counselorBox = Forms.row(grid, row++, i18n.t("walkin.counselor"), counselor, "counselor",
                vm.error("counselor"), i18n);
        counselorBox.getChildren().add(Forms.errorLabel("ownerWarning", vm.ownerWarningProperty(), i18n));

        Button save = new Button(i18n.t("walkin.save"));
        save.setId("saveButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> save());
        Button next = new Button(i18n.t("walkin.new"));
        next.setId("newButton");
        next.setOnAction(e -> newForm());
        Label requiredNote = new Label(i18n.t("form.requiredNote"));
        requiredNote.setId("requiredNote");
        requiredNote.getStyleClass().add("text-muted");
        HBox buttons = new HBox(8, save, next, requiredNote);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.add(buttons, 1, row);
        for (String required : List.of("phone", "studentName", "channel", "referrer", "counselor")) {
            Forms.markRequired(grid, required);
        }

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("walkInScroll");
        Forms.keepFocusInSight(scroll);
        root.getChildren().addAll(heading(title), scroll);
        suggestions.keys(Keys.area(root, "keys.area.walkin"))
                .on(Keys.ENTER, "keys.walkin.save", this::entersSave, this::save)
                .on(NEW_FORM, "keys.walkin.new", this::newForm)
                .standard("keys.choice.open", Keys.SPACE, OPEN_CHOICE)
                .described("keys.choice.type.keys", "keys.choice.type");
        vm.fieldToFixProperty().addListener((o, a, field) -> {
            if (field != null) {
                focusField(field);
            }
        });
    }

    /**
     * The title with the outcome of the last save beside it: on the line the eye is on whatever the
     * form's scroll position, and with its room kept, so nothing below moves when it comes and goes.
     */
    private Node heading(Label title) {
        Label status = Notice.band("statusLabel", vm.statusProperty(), vm.statusKindProperty(), i18n);
        status.setMinHeight(40);
        status.setPrefHeight(40);
        status.setMaxHeight(40);
        HBox heading = new HBox(16, title, status);
        heading.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        return heading;
    }

    /** Puts the cursor in the field a refused save named (a text field, or the combo box to choose in). */
    private void focusField(String field) {
        String id = switch (field) {
            case "channel", "counselor", "student" -> field + "Box";
            default -> field + "Field";
        };
        Node node = root.lookup("#" + id);
        if (node != null) {
            Platform.runLater(node::requestFocus);
        }
    }

    /**
     * The message under a field that is typed into keeps its line even while empty, so that the
     * fields below do not move when it comes and goes.
     */
    private static void keepRoom(Node message) {
        if (message instanceof Label label) {
            label.managedProperty().unbind();
            label.setManaged(true);
            label.setMinHeight(18);
        }
    }

    /** "同来的孩子": a tick per other child of the household, shown when there is one. */
    private Node alsoCameBox() {
        FlowPane box = new FlowPane(10, 4);
        box.setId("alsoCameBox");
        Runnable fill = () -> {
            List<Node> ticks = new ArrayList<>();
            Student chosen = vm.studentProperty().get();
            for (Student s : vm.studentChoices()) {
                if (chosen != null && chosen.id() == s.id()) {
                    continue;
                }
                CheckBox tick = new CheckBox(i18n.t("walkin.alsoCame", s.name()));
                tick.setId("alsoCame-" + s.id());
                tick.setSelected(vm.alsoCame().contains(s.id()));
                tick.selectedProperty().addListener((o, a, b) -> {
                    if (b) {
                        vm.alsoCame().add(s.id());
                    } else {
                        vm.alsoCame().remove(s.id());
                    }
                });
                ticks.add(tick);
            }
            box.getChildren().setAll(ticks);
        };
        vm.studentChoices().addListener((ListChangeListener<Student>) c -> fill.run());
        vm.studentProperty().addListener((o, a, b) -> fill.run());
        vm.alsoCame().addListener((SetChangeListener<Long>) c -> box.getChildren().forEach(n -> {
            if (n instanceof CheckBox tick) {
                tick.setSelected(vm.alsoCame().contains(Long.parseLong(tick.getId().substring("alsoCame-".length()))));
            }
        }));
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(box.getChildren()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private List<Student> choiceList() {
        List<Student> all = new ArrayList<>(vm.studentChoices());
        all.add(WalkInViewModel.NEW_STUDENT);
        return all;
    }

    private String studentChoice(Student s) {
        if (s == WalkInViewModel.NEW_STUDENT) {
            return i18n.t("walkin.student.new");
        }
        return HouseholdText.student(s, i18n, LocalDate.now(clock));
    }

    /** Enter saves, except where it picks in an open choice list or presses a button. */
    private boolean entersSave(KeyEvent e) {
        return !(e.getTarget() instanceof ComboBox<?> c && c.isShowing()) && !(e.getTarget() instanceof Button);
    }

    private void save() {
        if (vm.save()) {
            focusFirstField();
        }
    }


    private void newForm() {
        if (vm.newFormAsked()) {
            focusFirstField();
        }
    }

    private int text(GridPane grid, int row, String name, String prompt, StringProperty value) {
        TextField f = field(name + "Field", value, prompt);
        Forms.row(grid, row, i18n.t("walkin." + name), f, name, vm.error(name), i18n);
        return row + 1;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        if (prompt != null) {
            f.setPromptText(prompt);
        }
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** The household the visit joins: students, contacts, owner, last contact, and a link to its page. */
    private Node householdCard() {
        Label text = new Label();
        text.setId("householdText");
        text.setWrapText(true);
        text.textProperty().bind(vm.householdProperty().map(this::describe).orElse(""));
        Hyperlink open = new Hyperlink(i18n.t("walkin.openFamily"));
        open.setId("openFamilyLink");
        open.setFocusTraversable(false);
        open.setOnAction(e -> {
            HouseholdCard card = vm.householdProperty().get();
            if (card != null) {
                openFamily.accept(card.id());
            }
        });
        Label attached = new Label();
        attached.setId("attachedText");
        attached.setWrapText(true);
        attached.getStyleClass().add("field-warning");
        attached.textProperty().bind(vm.attachToProperty().map(c -> i18n.t("walkin.attached", c.studentNames()))
                .orElse(""));
        attached.visibleProperty().bind(vm.attachToProperty().isNotNull());
        attached.managedProperty().bind(attached.visibleProperty());
        Hyperlink detach = new Hyperlink(i18n.t("walkin.detach"));
        detach.setId("detachLink");
        detach.setOnAction(e -> vm.detach());
        detach.visibleProperty().bind(attached.visibleProperty());
        detach.managedProperty().bind(attached.visibleProperty());
        VBox card = new VBox(2, text, attached, new HBox(8, open, detach));
        card.setId("householdCard");
        card.getStyleClass().add("family-card");
        card.visibleProperty().bind(vm.householdProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private String describe(HouseholdCard c) {
        return HouseholdText.card(c, i18n, LocalDate.now(clock));
    }

    /** A new number whose parent name a household already has: the desk decides, nothing is merged by itself. */
    private Node sameNameBox() {
        VBox box = new VBox(2);
        box.setId("sameNameBox");
        box.getStyleClass().add("family-card");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.sameName()));
        box.managedProperty().bind(box.visibleProperty());
        vm.sameName().addListener((ListChangeListener<HouseholdCard>) c -> {
            List<Node> rows = new ArrayList<>();
            Label intro = new Label(i18n.t("walkin.sameName", vm.parentNameProperty().get()));
            intro.setWrapText(true);
            rows.add(intro);
            for (HouseholdCard card : vm.sameName()) {
                Label who = new Label(card.studentNames() + " · " + HouseholdText.owner(card, i18n));
                Hyperlink attach = new Hyperlink(i18n.t("walkin.attach"));
                attach.setId("attach-" + card.id());
                attach.setOnAction(e -> vm.attach(card));
                HBox line = new HBox(8, who, attach);
                line.setAlignment(Pos.CENTER_LEFT);
                rows.add(line);
            }
            box.getChildren().setAll(rows);
        });
        return box;
    }
}
