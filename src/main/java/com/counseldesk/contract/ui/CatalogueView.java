package com.counseldesk.contract.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.ContractNumbers;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.CourseDetails;
import com.counseldesk.contract.CourseKind;
import com.counseldesk.contract.CoursePrice;
import com.counseldesk.contract.CourseService;
import com.counseldesk.contract.Terms;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The course catalogue screen (课程目录): the courses on the left (inactive ones marked), the chosen
 * one's form on the right (or a new one's), its prices with a new price from a day on, and the format of
 * contract numbers. Ctrl+Enter saves the form; Ctrl+N starts a new course. Only binds to its view model.
 */
public final class CatalogueView implements ViewScreen.View {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private final CatalogueViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final TableView<Course> table;

    public CatalogueView(CatalogueViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.table = new TableView<>(vm.rows());
        build();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        Forms.focusWhenShown(table);
    }

    private void build() {
        root.setId("catalogue");
        root.setPadding(new Insets(8));
        Label title = new Label(i18n.t("contract.catalogue.title"));
        title.getStyleClass().add("title-3");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label band = Notice.band("catalogueMessage", vm.messageProperty(), vm.messageKindProperty(), i18n);
        HBox.setHgrow(band, Priority.ALWAYS);
        HBox heading = new HBox(16, title, band);
        heading.setAlignment(Pos.CENTER_LEFT);

        table.setId("courseTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.t("contract.catalogue.empty")));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.name"), Course::name, 140));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.kind"), c -> i18n.label(c.kind()), 60));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.subjects"),
                c -> i18n.list(c.subjects().stream().map(i18n::label)), 110));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.hours"),
                c -> String.valueOf(c.classHours()), 50));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.price"),
                c -> c.price() == null ? "" : c.price().shown(), 100));
        table.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.state"), c -> i18n.t(c.active()
                ? "contract.catalogue.active" : "contract.catalogue.inactive"), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(6, table, numberFormat());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        HBox body = new HBox(16, left, form());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(heading, body);
        Keys.area(root, "keys.area.catalogue")
                .on(SAVE, "keys.catalogue.save", vm::save)
                .on(NEW, "keys.catalogue.new", vm::newCourse)
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    private VBox form() {
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        Forms.row(grid, 0, i18n.t("contract.catalogue.name"), field("courseNameField", vm.nameProperty(), 14),
                "courseName", vm.error(CourseDetails.NAME), i18n);
        Forms.markRequired(grid, "courseName");
        ComboBox<CourseKind> kind = Forms.combo("courseKindBox", List.of(CourseKind.values()), i18n::label);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Forms.row(grid, 1, i18n.t("contract.catalogue.kind"), kind, "courseKind", null, i18n);
        Forms.row(grid, 2, i18n.t("contract.catalogue.subjects"), SubjectBoxes.of("courseSubject", i18n,
                vm::subjectProperty), "courseSubjects", vm.error(CourseDetails.SUBJECTS), i18n);
        Forms.markRequired(grid, "courseSubjects");
        Forms.row(grid, 3, i18n.t("contract.catalogue.hours"), field("courseHoursField", vm.hoursProperty(), 5),
                "courseHours", vm.error(Terms.HOURS), i18n);
        Forms.markRequired(grid, "courseHours");
        TextField price = field("coursePriceField", vm.priceProperty(), 10);
        price.disableProperty().bind(vm.selectedProperty().isNotNull());
        price.promptTextProperty().bind(vm.selectedProperty().map(c -> i18n.t("contract.catalogue.priceBelow"))
                .orElse(""));
        Forms.row(grid, 4, i18n.t("contract.catalogue.listPrice"), price, "coursePrice",
                vm.error(CourseService.PRICE), i18n);
        Button save = new Button();
        save.setId("courseSaveButton");
        save.getStyleClass().add("accent");
        save.textProperty().bind(vm.selectedProperty().map(c -> i18n.t("contract.catalogue.update"))
                .orElse(i18n.t("contract.catalogue.add")));
        save.setOnAction(e -> vm.save());
        Button fresh = new Button(i18n.t("contract.catalogue.new"));
        fresh.setId("courseNewButton");
        fresh.setOnAction(e -> vm.newCourse());
        Button active = new Button();
        active.setId("courseActiveButton");
        active.textProperty().bind(vm.selectedProperty().map(c -> i18n.t(c.active()
                ? "contract.catalogue.deactivate" : "contract.catalogue.reactivate")).orElse(""));
        active.disableProperty().bind(vm.selectedProperty().isNull());
        active.setOnAction(e -> vm.toggleActive());
        HBox buttons = new HBox(8, save, fresh, active);

        Label pricesTitle = new Label(i18n.t("contract.catalogue.prices"));
        pricesTitle.getStyleClass().add("title-4");
        TableView<CoursePrice> prices = new TableView<>(vm.prices());
        prices.setId("coursePrices");
        prices.getStyleClass().add(Styles.DENSE);
        prices.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.from"),
                p -> DateText.format(p.validFrom()), 90));
        prices.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.price"), p -> p.price().shown(), 100));
        prices.getColumns().add(Tables.textColumn(i18n.t("contract.catalogue.setBy"), p -> (p.setByName() == null ? ""
                : p.setByName()) + " · " + Formats.dateTime(p.setAt()), 150));
        prices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        prices.setPrefHeight(110);
        GridPane change = Forms.grid();
        change.setPadding(Insets.EMPTY);
        Forms.row(change, 0, i18n.t("contract.catalogue.newPrice"), field("courseNewPriceField",
                vm.newPriceProperty(), 10), "courseNewPrice", vm.priceError(CourseService.PRICE), i18n);
        Forms.row(change, 1, i18n.t("contract.catalogue.from"), field("coursePriceFromField", vm.priceFromProperty(),
                10), "coursePriceFrom", vm.priceError(CourseService.PRICE_FROM), i18n);
        Button changePrice = new Button(i18n.t("contract.catalogue.changePrice"));
        changePrice.setId("courseChangePriceButton");
        changePrice.setOnAction(e -> vm.changePrice());
        VBox priced = new VBox(6, pricesTitle, prices, change, changePrice);
        priced.visibleProperty().bind(vm.selectedProperty().isNotNull());
        priced.managedProperty().bind(priced.visibleProperty());
        VBox form = new VBox(8, grid, buttons, priced);
        form.setPrefWidth(520);
        form.setMinWidth(460);
        return form;
    }

    private VBox numberFormat() {
        TextField format = field("numberFormatField", vm.numberFormatProperty(), 18);
        Button save = new Button(i18n.t("contract.catalogue.saveFormat"));
        save.setId("numberFormatSaveButton");
        save.setOnAction(e -> vm.saveNumberFormat());
        Label help = new Label(i18n.t("contract.catalogue.formatHelp", ContractNumbers.DEFAULT));
        help.getStyleClass().add("text-muted");
        help.setWrapText(true);
        HBox row = new HBox(8, new Label(i18n.t("contract.catalogue.format")), format, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, row, Forms.errorLabel("numberFormatError", vm.numberFormatErrorProperty(), i18n), help);
    }

    private static TextField field(String id, StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
