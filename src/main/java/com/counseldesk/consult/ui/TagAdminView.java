package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.TagDetails;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The client-type tags screen: the office's tags on the left (built-in first), and on the right
 * the form that adds a tag or edits the selected one of the office's own, or, for a built-in
 * type, its card (it stays as it is).
 */
public final class TagAdminView implements ViewScreen.View {
    /** Saves the form from any of its fields, the text areas included (where Enter starts a line). */
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TAB = new KeyCodeCombination(KeyCode.TAB);
    private static final KeyCombination BACK_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN);
    private final TagAdminViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox(16);
    private final Keys keys = Keys.area(root, "keys.area.tags");
    private final TextField name = new TextField();

    public TagAdminView(TagAdminViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        Forms.focusWhenShown(name);
    }

    private void build() {
        root.setId("tagAdminView");
        root.setPadding(new Insets(12));

        Label listTitle = new Label(i18n.t("consult.admin.list"));
        listTitle.getStyleClass().add("title-4");
        TableView<ClientTag> table = new TableView<>(vm.tags());
        table.setId("tagTable");
        table.getColumns().add(Tables.textColumn(i18n.t("consult.admin.name"), t -> TagText.name(t, i18n), 140));
        table.getColumns().add(Tables.textColumn(i18n.t("consult.admin.kind"),
                t -> i18n.t(t.isBuiltin() ? "consult.admin.builtin" : "consult.admin.own"), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("consult.admin.colour"), ClientTag::colour, 80));
        table.getColumns().add(Tables.textColumn(i18n.t("consult.admin.status"),
                t -> i18n.t(t.active() ? "consult.admin.active" : "consult.admin.inactive"), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button newTag = new Button(i18n.t("consult.admin.new"));
        newTag.setId("newTagButton");
        newTag.setOnAction(e -> {
            vm.startNew();
            name.requestFocus();
        });
        Label notice = Forms.errorLabel("tagNotice", vm.noticeProperty(), i18n);
        VBox left = new VBox(8, listTitle, notice, table, newTag);
        left.setPrefWidth(430);
        left.setMinWidth(360);

        Node form = form();
        StackPane builtinCard = new StackPane();
        builtinCard.setId("builtinTagCard");
        builtinCard.setAlignment(Pos.TOP_LEFT);
        Label builtinHint = new Label(i18n.t("consult.admin.builtinHint"));
        builtinHint.setId("builtinHint");
        builtinHint.getStyleClass().add("text-muted");
        builtinHint.setWrapText(true);
        VBox builtin = new VBox(8, builtinHint, builtinCard);
        vm.selectedProperty().addListener((o, a, b) -> showSelected(builtin, builtinCard, form, b));
        showSelected(builtin, builtinCard, form, vm.selectedProperty().get());
        VBox right = new VBox(8, form, builtin);
        HBox.setHgrow(right, Priority.ALWAYS);
        root.getChildren().addAll(left, right);
        keys.standard("keys.list.move", Keys.UP, Keys.DOWN).on(SAVE, "keys.tags.save", vm::save);
    }

    /** A built-in type shows its card; anything else (the office's own, or none: a new tag) the form. */
    private void showSelected(VBox builtin, StackPane card, Node form, ClientTag selected) {
        boolean isBuiltin = selected != null && selected.isBuiltin();
        card.getChildren().setAll(isBuiltin ? StrategyCard.of(selected, i18n) : new Region());
        builtin.setVisible(isBuiltin);
        builtin.setManaged(isBuiltin);
        form.setVisible(!isBuiltin);
        form.setManaged(!isBuiltin);
    }

    private Node form() {
        Label title = new Label();
        title.setId("tagFormTitle");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? i18n.t("consult.admin.new") : i18n.t("consult.admin.edit", vm.selectedProperty().get().name()),
                vm.selectedProperty()));
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        name.setId("tagNameField");
        name.textProperty().bindBidirectional(vm.nameProperty());
        keys.on(name, Keys.ENTER, "keys.tags.save", vm::save);
        Forms.row(grid, 0, i18n.t("consult.admin.name"), name, "tagName", vm.error(TagDetails.NAME), i18n);
        Forms.markRequired(grid, "tagName");
        TextField colour = new TextField();
        colour.setId("tagColourField");
        colour.setPrefColumnCount(8);
        colour.setPromptText("#d97706");
        colour.textProperty().bindBidirectional(vm.colourProperty());
        keys.on(colour, Keys.ENTER, "keys.tags.save", vm::save);
        Label swatch = new Label(i18n.t("consult.admin.sample"));
        swatch.setId("tagColourSample");
        swatch.getStyleClass().add("tag-chip");
        swatch.styleProperty().bind(vm.colourProperty().map(TagText::chipStyle));
        HBox colourRow = new HBox(8, colour, swatch);
        colourRow.setAlignment(Pos.CENTER_LEFT);
        Forms.row(grid, 1, i18n.t("consult.admin.colour"), colourRow, "tagColour", vm.error(TagDetails.COLOUR), i18n);
        Forms.markRequired(grid, "tagColour");
        TextArea signs = area(grid, 2, "tagSigns", "consult.admin.signs", vm.signsProperty(), TagDetails.SIGNS);
        TextArea mistakes = area(grid, 3, "tagMistakes", "consult.admin.mistakes", vm.mistakesProperty(),
                TagDetails.MISTAKES);
        TextArea strategy = area(grid, 4, "tagStrategy", "consult.admin.strategy", vm.strategyProperty(),
                TagDetails.STRATEGY);

        Button save = new Button(i18n.t("consult.admin.save"));
        save.setId("saveTagButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Button active = new Button();
        active.setId("toggleTagButton");
        active.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() != null
                && !vm.selectedProperty().get().active() ? i18n.t("consult.admin.reactivate")
                : i18n.t("consult.admin.deactivate"), vm.selectedProperty()));
        active.visibleProperty().bind(vm.selectedProperty().isNotNull());
        active.managedProperty().bind(active.visibleProperty());
        active.disableProperty().bind(vm.busyProperty());
        active.setOnAction(e -> vm.toggleActive());
        Label saved = new Label();
        saved.setId("tagSaved");
        saved.getStyleClass().add("text-success");
        saved.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(vm.savedProperty().get()),
                vm.savedProperty()));
        tabLeaves(signs, colour, mistakes);
        tabLeaves(mistakes, signs, strategy);
        tabLeaves(strategy, mistakes, save);
        HBox buttons = new HBox(8, save, active, saved);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.add(buttons, 1, 5);
        Label required = new Label(i18n.t("form.requiredNote"));
        required.getStyleClass().add("text-muted");
        grid.add(required, 1, 6);
        return new VBox(8, title, grid);
    }

    /**
     * Tab in a text area goes on to the next control and Shift+Tab back, as in every other field,
     * rather than typing a tab (the text is one paragraph: the rule of every text makes a tab a space).
     */
    private void tabLeaves(TextArea area, Node previous, Node next) {
        keys.on(area, TAB, "keys.tags.tab", next::requestFocus)
                .on(area, BACK_TAB, "keys.tags.backTab", previous::requestFocus);
    }

    private TextArea area(GridPane grid, int row, String id, String labelKey, StringProperty value, String field) {
        TextArea area = new TextArea();
        area.setId(id + "Field");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        Forms.row(grid, row, i18n.t(labelKey), area, id, vm.error(field), i18n);
        return area;
    }
}
