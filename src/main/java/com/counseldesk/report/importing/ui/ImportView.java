package com.counseldesk.report.importing.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.Staff;
import com.counseldesk.report.importing.Field;
import com.counseldesk.report.importing.ImportBatch;
import com.counseldesk.report.importing.ImportResult;
import com.counseldesk.report.importing.Mapping;
import com.counseldesk.report.importing.RegisterKind;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import screen: the file, its sheet and kind on top; one choice per column (what it holds); the
 * first rows as they will be stored with their problems; the names to map to staff; Import with its
 * progress and Cancel; the summary with "save rejected rows" and "undo"; the past imports below.
 * Every control is reached with Tab and worked with the keyboard.
 */
public final class ImportView implements ViewScreen.View {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ImportViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final Button choose = new Button();
    /** The column choices shown, and the headers they were made for. */
    private final List<ComboBox<Field>> fields = new ArrayList<>();
    private List<String> shownHeaders = List.of();
    /** The screen's place in the keyboard help (F1). */
    @SuppressWarnings("unused")
    private final Keys keys = Keys.area(root, "keys.area.import");

    public ImportView(ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("importView");
        root.setPadding(new Insets(10));
        choose.setText(i18n.t("import.chooseFile"));
        choose.setId("importChooseFile");
        choose.setOnAction(e -> vm.chooseFile());
        Label file = new Label();
        file.setId("importFileName");
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? i18n.t("import.noFile") : vm.fileProperty().get().getFileName().toString(), vm.fileProperty()));
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("importSheet");
        sheet.setPromptText(i18n.t("import.sheet"));
        vm.sheetProperty().addListener((o, a, b) -> sheet.getSelectionModel().select(b == null ? null : b.name()));
        sheet.setOnAction(e -> vm.selectSheet(sheet.getSelectionModel().getSelectedIndex()));
        ComboBox<RegisterKind> kind = new ComboBox<>();
        kind.getItems().setAll(RegisterKind.values());
        kind.setId("importKind");
        kind.setConverter(labels());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setOnAction(e -> vm.setKind(kind.getValue()));
        HBox top = new HBox(8, choose, file, new Label(i18n.t("import.sheet")), sheet, new Label(i18n.t("import.kind")),
                kind);
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane columns = new FlowPane(8, 6);
        columns.setId("importMapping");
        vm.mappingProperty().addListener((o, a, b) -> showColumns(columns, b));

        TableView<ImportViewModel.Line> preview = new TableView<>(vm.preview());
        preview.setId("importPreview");
        preview.getColumns().add(Tables.textColumn(i18n.t("import.col.row"), l -> String.valueOf(l.row()), 60));
        preview.getColumns().add(Tables.textColumn(i18n.t("field.STUDENT"), ImportViewModel.Line::student, 110));
        preview.getColumns().add(Tables.textColumn(i18n.t("field.PHONE"), ImportViewModel.Line::phones, 220));
        preview.getColumns().add(Tables.textColumn(i18n.t("field.DATE"), ImportViewModel.Line::date, 130));
        preview.getColumns().add(Tables.textColumn(i18n.t("field.OWNER"), ImportViewModel.Line::owner, 110));
        preview.getColumns().add(Tables.textColumn(i18n.t("import.col.problem"), ImportViewModel.Line::problem, 300));
        preview.setPrefHeight(220);
        preview.setPlaceholder(new Label(i18n.t("import.preview.empty")));

        VBox people = new VBox(4);
        people.setId("importPeople");
        vm.people().addListener((ListChangeListener<ImportViewModel.Person>) c -> showPeople(people));
        // A reading that finds no stranger leaves the list as empty as it was: say so all the same.
        vm.readingProperty().addListener((o, was, now) -> {
            if (!now && vm.sheetProperty().get() != null) {
                showPeople(people);
            }
        });

        Button start = new Button(i18n.t("import.start"));
        start.setId("importStart");
        start.setDefaultButton(false);
        start.disableProperty().bind(vm.sheetProperty().isNull().or(vm.runningProperty()).or(vm.readingProperty()));
        start.setOnAction(e -> vm.startImport());
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(i18n.t("import.cancel"));
        cancel.setId("importCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> vm.messageProperty().get() == null ? ""
                : i18n.t(vm.messageProperty().get()), vm.messageProperty()));
        HBox run = new HBox(8, start, bar, cancel, message);
        run.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("importSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(vm.resultProperty().get()),
                vm.resultProperty()));
        Button saveRejected = new Button(i18n.t("import.saveRejected"));
        saveRejected.setId("importSaveRejected");
        saveRejected.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.resultProperty().get() == null
                || vm.resultProperty().get().rejected().isEmpty(), vm.resultProperty()));
        saveRejected.setOnAction(e -> vm.saveRejected());
        Button undo = new Button(i18n.t("import.undoThis"));
        undo.setId("importUndoThis");
        undo.disableProperty().bind(vm.resultProperty().isNull().or(vm.thisUndoneProperty()));
        undo.setOnAction(e -> vm.undoThis());
        HBox done = new HBox(8, summary, saveRejected, undo);
        done.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportBatch> past = new TableView<>(vm.batches());
        past.setId("importBatches");
        past.getColumns().add(Tables.textColumn(i18n.t("import.batch.at"), b -> b.at().format(AT), 140));
        past.getColumns().add(Tables.textColumn(i18n.t("import.batch.file"), b -> b.fileName() + " · " + b.sheet(), 260));
        past.getColumns().add(Tables.textColumn(i18n.t("import.batch.by"), ImportBatch::staffName, 90));
        past.getColumns().add(Tables.textColumn(i18n.t("import.batch.counts"), b -> i18n.t("import.summary",
                b.read(), b.stored(), b.merged(), b.rejected()), 360));
        past.getColumns().add(Tables.textColumn(i18n.t("import.batch.undone"), b -> b.undone()
                ? b.undoneAt().format(AT) : "", 140));
        past.setPrefHeight(140);
        past.setPlaceholder(new Label(i18n.t("import.batches.empty")));
        Button undoPast = new Button(i18n.t("import.undoSelected"));
        undoPast.setId("importUndoSelected");
        undoPast.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportBatch b = past.getSelectionModel().getSelectedItem();
            return b == null || b.undone();
        }, past.getSelectionModel().selectedItemProperty()));
        undoPast.setOnAction(e -> vm.undo(past.getSelectionModel().getSelectedItem().id()));

        VBox content = new VBox(8, top, titled("import.step.mapping", columns), titled("import.step.preview", preview),
                titled("import.step.people", people), run, done, titled("import.step.past", new VBox(6, past, undoPast)));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().add(scroll);
    }

    private TitledPane titled(String key, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(i18n.t(key), content);
        pane.setCollapsible(false);
        return pane;
    }

    private void showColumns(FlowPane pane, Mapping m) {
        if (m != null && shownHeaders.equals(vm.headers())) {
            // The same sheet, a column changed: the choices stay, so the one in use keeps the keyboard.
            for (int c = 0; c < fields.size(); c++) {
                fields.get(c).setValue(m.field(c));
            }
            return;
        }
        pane.getChildren().clear();
        fields.clear();
        shownHeaders = List.copyOf(vm.headers());
        if (m == null) {
            return;
        }
        for (int c = 0; c < vm.headers().size(); c++) {
            int column = c;
            ComboBox<Field> field = Forms.combo("importColumn" + c, List.of(Field.values()), i18n::label);
            field.setMaxWidth(Region.USE_PREF_SIZE);
            field.setValue(m.field(c));
            field.setOnAction(e -> vm.setField(column, field.getValue()));
            fields.add(field);
            Label header = new Label(vm.headers().get(c));
            header.setLabelFor(field);
            pane.getChildren().add(new VBox(2, header, field));
        }
    }

    private void showPeople(VBox box) {
        box.getChildren().clear();
        if (vm.people().isEmpty()) {
            box.getChildren().add(new Label(i18n.t("import.people.none")));
            return;
        }
        box.getChildren().add(new Label(i18n.t("import.people.hint")));
        int i = 0;
        for (ImportViewModel.Person p : vm.people()) {
            ComboBox<Staff> who = new ComboBox<>();
            who.getItems().add(null);
            who.getItems().addAll(vm.staffChoices());
            who.setId("importPerson" + i++);
            who.setConverter(new StringConverter<>() {
                @Override
                public String toString(Staff s) {
                    return s == null ? i18n.t("import.people.former") : s.active() ? s.name()
                            : i18n.t("family.owner.inactive", s.name());
                }

                @Override
                public Staff fromString(String text) {
                    return null;
                }
            });
            who.valueProperty().bindBidirectional(p.staffProperty());
            Label name = new Label(p.name());
            name.setMinWidth(100);
            name.setLabelFor(who);
            HBox line = new HBox(8, name, who);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
    }

    private String summary(ImportResult r) {
        if (r == null) {
            return "";
        }
        return i18n.t("import.summary", r.read(), r.stored(), r.merged(), r.rejected().size());
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        Forms.focusWhenShown(choose);
    }
}
