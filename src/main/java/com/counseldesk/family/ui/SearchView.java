package com.counseldesk.family.ui;

import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.ExportBar;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Intent;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Student;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Find anyone: the search field, the filters and the households found. Only binds to its view model.
 * The list follows the typing; ↓ moves from the field into the list, Enter or a double click opens
 * the family page (Enter in the field opens the chosen household, else the first). 导出 Excel (Ctrl+E)
 * saves every household found, not only those on screen.
 */
public final class SearchView {
    private final SearchViewModel vm;
    private final I18n i18n;
    private final Clock clock;
    private final LongConsumer openFamily;
    private final VBox root = new VBox(8);
    private final TextField field = new TextField();
    private final TableView<HouseholdCard> table = new TableView<>();
    /** Listeners this view puts on the view model, held here so that they live as long as the view. */
    private final List<Object> listeners = new ArrayList<>();

    /** {@code openFamily} opens a household's family page. */
    public SearchView(SearchViewModel vm, I18n i18n, Clock clock, LongConsumer openFamily) {
        this.vm = vm;
        this.i18n = i18n;
        this.clock = clock;
        this.openFamily = openFamily;
        build();
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the search field, its text selected so that typing starts a new search. */
    public void focusField() {
        Forms.focusWhenShown(field);
        field.selectAll();
    }

    private void build() {
        root.setId("searchView");
        root.setPadding(new Insets(8));
        field.setId("searchField");
        field.setPromptText(i18n.t("search.prompt"));
        field.textProperty().bindBidirectional(vm.textProperty());

        buildTable();
        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(vm.statusProperty().get()),
                vm.statusProperty()));
        Label keys = new Label(i18n.t("search.keys"));
        keys.getStyleClass().add("text-muted");
        Button more = new Button(i18n.t("search.more"));
        more.setId("moreButton");
        more.visibleProperty().bind(vm.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.busyProperty());
        more.setOnAction(e -> vm.more());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, status, ExportBar.of(vm.exporter(), vm::export, i18n), gap, keys, more);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(field, filters(), table, bottom);
        Keys area = Keys.area(root, "keys.area.search")
                .on(field, Keys.DOWN, "keys.search.toList", e -> !vm.results().isEmpty(), this::intoList)
                .on(field, Keys.ENTER, "keys.search.open", e -> !vm.results().isEmpty(), this::openChosen)
                .on(table, Keys.ENTER, "keys.search.openRow",
                        e -> table.getSelectionModel().getSelectedItem() != null,
                        () -> openFamily.accept(table.getSelectionModel().getSelectedItem().id()))
                .on(table, Keys.UP, "keys.search.toField",
                        e -> table.getSelectionModel().getSelectedIndex() <= 0, field::requestFocus);
        ExportBar.keys(area, vm.exporter(), vm::export);
    }

    private Node filters() {
        ComboBox<Optional<Staff>> owner = filterBox("ownerFilter", vm.counselors(), Staff::name, vm.ownerProperty());
        ComboBox<Optional<Stage>> stage = filterBox("stageFilter", List.of(Stage.values()), i18n::label,
                vm.stageProperty());
        ComboBox<Optional<Channel>> channel = filterBox("channelFilter", List.of(Channel.values()), i18n::label,
                vm.channelProperty());
        Button clear = new Button(i18n.t("search.clear"));
        clear.setId("clearFilters");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane row = new FlowPane(12, 6,
                labelled("search.owner", owner), labelled("search.stage", stage), labelled("search.channel", channel));
        if (vm.offersIntent()) {
            row.getChildren().add(labelled("search.intent", filterBox("intentFilter", List.of(Intent.values()),
                    i18n::label, vm.intentProperty())));
        }
        row.getChildren().addAll(labelled("search.firstContact", date("firstContactFrom", SearchViewModel.FROM)),
                labelled("search.firstContact.to", date("firstContactTo", SearchViewModel.TO)), clear);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** "any" and the choices, kept in step with a view model property in both directions. */
    private <T> ComboBox<Optional<T>> filterBox(String id, List<T> choices, Function<T, String> label,
            ObjectProperty<T> value) {
        ComboBox<Optional<T>> box = Forms.combo(id, options(choices),
                o -> o.map(label).orElse(i18n.t("search.any")));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        box.setValue(Optional.ofNullable(value.get()));
        box.valueProperty().addListener((o, a, b) -> value.set(b == null ? null : b.orElse(null)));
        ChangeListener<T> back = (o, a, b) -> box.setValue(Optional.ofNullable(b));
        value.addListener(new WeakChangeListener<>(back));
        listeners.add(back);
        if (choices instanceof ObservableList<T> live) {
            ListChangeListener<T> refill = c -> {
                box.getItems().setAll(options(live));
                box.setValue(Optional.ofNullable(value.get()));
            };
            live.addListener(new WeakListChangeListener<>(refill));
            listeners.add(refill);
        }
        return box;
    }

    private static <T> List<Optional<T>> options(List<T> choices) {
        List<Optional<T>> out = new ArrayList<>();
        out.add(Optional.empty());
        choices.forEach(c -> out.add(Optional.of(c)));
        return out;
    }

    /** A date picker that takes typed days too, with its message below it. */
    private Node date(String id, String field) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setPrefWidth(140);
        picker.setConverter(DateText.keepingTypedText());
        picker.setPromptText(i18n.t("search.datePrompt"));
        picker.getEditor().setId(id + "Text");
        picker.getEditor().textProperty().bindBidirectional(field.equals(SearchViewModel.FROM)
                ? vm.fromProperty() : vm.toProperty());
        return new VBox(2, picker, Forms.errorLabel(id + "Error", vm.error(field), i18n));
    }

    private Node labelled(String key, Node control) {
        Label label = new Label(i18n.t(key));
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("searchResults");
        table.setItems(vm.results());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(vm.statusProperty().get()),
                vm.statusProperty()));
        table.setPlaceholder(placeholder);
        LocalDate today = LocalDate.now(clock);
        table.getColumns().add(column("search.col.students", c -> HouseholdText.students(c, i18n, today), 200));
        table.getColumns().add(column("search.col.contacts", c -> HouseholdText.contacts(c, i18n), 260));
        table.getColumns().add(column("search.col.owner", c -> HouseholdText.owner(c, i18n), 90));
        table.getColumns().add(column("search.col.phone", HouseholdText::mainPhone, 120));
        table.getColumns().add(column("search.col.lastContact", c -> HouseholdText.lastContact(c, i18n), 120));
        table.getColumns().add(column("search.col.stage", this::stages, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<HouseholdCard> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openFamily.accept(row.getItem().id());
                }
            });
            return row;
        });
    }

    /** From the field into the list, on the chosen household (the first when none is). */
    private void intoList() {
        table.requestFocus();
        if (table.getSelectionModel().getSelectedIndex() < 0) {
            table.getSelectionModel().select(0);
        }
        table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
    }

    /** Opens the household chosen in the list, or the first one. */
    private void openChosen() {
        HouseholdCard chosen = table.getSelectionModel().getSelectedItem();
        openFamily.accept((chosen == null ? vm.results().get(0) : chosen).id());
    }

    /** The stages of the household's students: "已来访、新线索". */
    private String stages(HouseholdCard card) {
        return i18n.list(card.students().stream().map(Student::stage).distinct().map(i18n::label));
    }

    private TableColumn<HouseholdCard, String> column(String key, Function<HouseholdCard, String> value, double width) {
        return Tables.textColumn(i18n.t(key), value, width);
    }
}
