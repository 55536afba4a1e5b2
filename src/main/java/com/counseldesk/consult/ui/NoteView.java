package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.Amendment;
import com.counseldesk.consult.Note;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.SubjectScore;
import com.counseldesk.family.Student;
import com.counseldesk.family.Subject;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The note editor: on top the family and the session, how the note stands (saved when, signed,
 * locked) and the signature; below, scrolled, the structured part, the ten steps with their talk
 * tracks, the free text and, once signed or locked, the amendments. Keys: Tab goes through the fields
 * (text areas too), Space ticks a step, Ctrl+S saves now, Ctrl+Enter signs (or adds the amendment
 * being typed), Esc closes. Only binds to its view model.
 */
public final class NoteView {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SIGN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PLAN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final String FIRST_FIELD = SituationForm.field(Subject.CHINESE, SubjectScore.SCORE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final NoteViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox form = new VBox(14);
    private final VBox amendmentRows = new VBox(6);
    private final ComboBox<Student> student;
    private final TextArea amendment = new TextArea();
    /** Held here so that the view model keeps only weak references to this view. */
    private final ListChangeListener<Amendment> amendmentsChanged = c -> showAmendments();
    private final ChangeListener<String> fixField = (o, a, field) -> focusField(field);

    /** {@code close}: closes the editor's tab. */
    public NoteView(NoteViewModel vm, I18n i18n, Runnable close) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("noteEditor");
        student = Forms.combo("noteStudent", vm.students(), Student::name);
        student.setItems(vm.students());
        student.valueProperty().bindBidirectional(vm.studentProperty());
        student.disableProperty().bind(vm.editableProperty().not());
        student.setPrefWidth(160);
        saveOnLeave(vm, student);
        root.setTop(header(close));
        form.setPadding(new Insets(10, 14, 14, 14));
        form.setId("noteForm");
        HBox studentRow = new HBox(8, new Label(i18n.t("note.student")), student);
        studentRow.setAlignment(Pos.CENTER_LEFT);
        form.getChildren().addAll(studentRow, new NoteSituationView(vm, i18n).root(),
                new NoteStepsView(vm, i18n).root(), texts(), amendments());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("noteScroll");
        scroll.setFitToWidth(true);
        Forms.keepFocusInSight(scroll);
        root.setCenter(scroll);
        root.getProperties().put(NoteView.class, this);
        vm.amendments().addListener(new WeakListChangeListener<>(amendmentsChanged));
        vm.fieldToFixProperty().addListener(new WeakChangeListener<>(fixField));
        showAmendments();
        Keys.area(root, "keys.area.note")
                .on(SAVE, "keys.note.save", vm::saveNow)
                .on(SIGN, "keys.note.sign", e -> vm.editableProperty().get(), vm::sign)
                .on(amendment, SIGN, "keys.note.amend", vm::amend)
                .on(PLAN, "keys.note.followUp", e -> vm.canPlanProperty().get(), vm::planFollowUp)
                .ifUnused(Keys.ESCAPE, "keys.note.close", () -> {
                    vm.saveNow();
                    close.run();
                });
    }

    public Parent root() {
        return root;
    }

    /**
     * The cursor goes where work starts, once the note is read: the amendment of a signed note, else the
     * student when the family has several, else the first score.
     */
    public void focus() {
        if (vm.loadedProperty().get()) {
            Node first = vm.canAmendProperty().get() ? amendment
                    : vm.students().size() > 1 ? student : form.lookup("#" + nodeId(FIRST_FIELD));
            Forms.focusWhenShown(first != null ? first : root);
            return;
        }
        vm.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    o.removeListener(this);
                    focus();
                }
            }
        });
    }

    private Node header(Runnable close) {
        Label title = new Label();
        title.setId("noteTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.householdProperty().map(c -> i18n.t("note.heading", c.studentNames()))
                .orElse(i18n.t("note.title")));
        Label session = new Label();
        session.setId("noteSession");
        session.textProperty().bind(Bindings.createStringBinding(this::session, vm.storedProperty(),
                vm.stateProperty()));
        Label status = Notice.band("noteStatus", vm.statusProperty(), vm.statusKindProperty(), i18n);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button sign = new Button(i18n.t("note.sign"));
        sign.setId("signNoteButton");
        sign.getStyleClass().add("accent");
        sign.setFocusTraversable(false);
        sign.disableProperty().bind(vm.editableProperty().not().or(vm.busyProperty()));
        sign.setOnAction(e -> vm.sign());
        Button plan = new Button(i18n.t("note.followUp"));
        plan.setId("noteFollowUpButton");
        plan.setFocusTraversable(false);
        plan.visibleProperty().bind(vm.canPlanProperty());
        plan.managedProperty().bind(plan.visibleProperty());
        plan.setOnAction(e -> vm.planFollowUp());
        Button closeButton = new Button(i18n.t("note.close"));
        closeButton.setId("closeNoteButton");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> {
            vm.saveNow();
            close.run();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox top = new HBox(10, title, spacer, plan, sign, closeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox line = new HBox(10, session, status);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, line);
        header.setPadding(new Insets(8, 14, 6, 14));
        header.getStyleClass().add("family-header");
        return header;
    }

    /** "会谈 2026-11-27 10:00 · 李明 · 已签字", or that it is a new note. */
    private String session() {
        Note n = vm.storedProperty().get();
        if (n == null) {
            return i18n.t("note.session.new");
        }
        return i18n.t("note.session", n.sessionAt().format(WHEN), n.authorName(), n.state());
    }

    private Node texts() {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        int row = 0;
        for (String field : NoteContent.FREE_TEXTS) {
            TextArea area = new TextArea();
            area.setId(field);
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.textProperty().bindBidirectional(vm.freeTextProperty(field));
            area.editableProperty().bind(vm.editableProperty());
            TabWalk.leaveOnTab(area, form);
            saveOnLeave(vm, area);
            Forms.row(grid, row++, i18n.t("note." + field), area, field, vm.error(field), i18n);
        }
        return new VBox(6, section("noteTextsTitle", i18n.t("note.texts")), grid);
    }

    private Node amendments() {
        amendment.setId("amendmentField");
        amendment.setWrapText(true);
        amendment.setPrefRowCount(2);
        amendment.setPromptText(i18n.t("note.amendment.prompt"));
        amendment.textProperty().bindBidirectional(vm.amendmentProperty());
        TabWalk.leaveOnTab(amendment, form);
        Button add = new Button(i18n.t("note.amend"));
        add.setId("addAmendmentButton");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.amend());
        VBox box = new VBox(6, amendment, Forms.errorLabel("amendmentFieldError", vm.amendmentError(), i18n), add);
        box.visibleProperty().bind(vm.canAmendProperty());
        box.managedProperty().bind(box.visibleProperty());
        amendmentRows.setId("amendments");
        VBox section = new VBox(6, section("amendmentsTitle", i18n.t("note.amendments")), amendmentRows, box);
        section.visibleProperty().bind(vm.stateProperty().map(s -> !s.editable()).orElse(false));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private void showAmendments() {
        amendmentRows.getChildren().clear();
        if (vm.amendments().isEmpty()) {
            Label none = new Label(i18n.t("note.amendments.none"));
            none.setId("amendmentsNone");
            none.getStyleClass().add("text-muted");
            amendmentRows.getChildren().add(none);
        }
        for (Amendment a : vm.amendments()) {
            Label who = new Label(i18n.t("note.amendment.line", a.at().format(WHEN), a.authorName()));
            who.getStyleClass().add("text-muted");
            Label text = new Label(a.text());
            text.setId("amendment-" + a.id());
            text.setWrapText(true);
            amendmentRows.getChildren().add(new VBox(1, who, text));
        }
    }

    /** After a refused signature: the cursor on the field to fix (scrolled into sight). */
    private void focusField(String field) {
        if (field == null) {
            return;
        }
        Node n = form.lookup("#" + nodeId(field));
        if (n != null) {
            n.requestFocus();
        }
    }

    // ---- what the editor's parts share ---------------------------------------------------------

    /** A form field's node id: "MATH.score" → "MATH-score". */
    static String nodeId(String field) {
        return field.replace('.', '-');
    }

    static Label section(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("title-4");
        return l;
    }

    /** A text field bound to {@code value}, read only unless the note can be written, saving when left. */
    static TextField textField(NoteViewModel vm, String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.editableProperty().bind(vm.editableProperty());
        saveOnLeave(vm, f);
        return f;
    }

    /** Leaving the control saves the draft at once (what was typed is not left waiting for the timer). */
    static void saveOnLeave(NoteViewModel vm, Control c) {
        c.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.saveNow();
            }
        });
    }
}
