package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.HouseholdTag;
import com.counseldesk.consult.ui.FamilyConsultViewModel.IntentChoice;
import com.counseldesk.family.Intent;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The consultation part of a family page: each student's intent level (choose, Enter sets), the
 * household's tags as coloured chips (each with its ×), the choice of a tag to add (typing chooses,
 * Enter adds) and a strategy card per tag (signs, the mistakes to avoid, the strategy). For a
 * household whose records the person may not read it shows only why. Rebuilt when the view model's
 * lists change; the lists hold this view only weakly.
 */
final class FamilyConsultView {
    private final FamilyConsultViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final FlowPane chips = new FlowPane(6, 6);
    private final VBox cards = new VBox(8);
    private final VBox intentRows = new VBox(4);
    private final Keys keys;
    /** Held here so that the view model's lists keep only weak references to this view. */
    private final ListChangeListener<Object> rebuild = c -> rebuild();

    FamilyConsultView(FamilyConsultViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("consultPart");
        root.getStyleClass().add("consult-part");
        keys = Keys.area(root, "keys.area.consult");

        Label notice = Forms.errorLabel("consultNotice", vm.noticeProperty(), i18n);
        notice.getStyleClass().setAll("label", "text-muted");
        chips.setId("consultTags");
        cards.setId("consultStrategyCards");
        intentRows.setId("consultIntents");
        VBox records = new VBox(8, title("consultIntentsTitle", "consult.intents"), intentRows,
                title("consultTagsTitle", "consult.tags"), chips, tagChoice(),
                Forms.errorLabel("consultTagError", vm.tagErrorProperty(), i18n), cards);
        records.visibleProperty().bind(vm.readableProperty());
        records.managedProperty().bind(records.visibleProperty());
        root.getChildren().addAll(notice, records);
        keys.standard("keys.consult.removeTag", Keys.SPACE);

        root.getProperties().put(FamilyConsultView.class, this);
        vm.tags().addListener(new WeakListChangeListener<>(rebuild));
        vm.intents().addListener(new WeakListChangeListener<>(rebuild));
        rebuild();
    }

    Node root() {
        return root;
    }

    private Node tagChoice() {
        ComboBox<ClientTag> choice = Forms.combo("consultTagChoice", List.of(), t -> TagText.name(t, i18n));
        choice.setItems(vm.choices());
        choice.valueProperty().bindBidirectional(vm.chosenProperty());
        choice.setPromptText(i18n.t("consult.tag.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(choice, Priority.ALWAYS);
        Button add = new Button(i18n.t("consult.tag.add"));
        add.setId("consultTagAdd");
        // The box gives way when the column is narrow, never the button's word.
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.addChosen());
        keys.on(choice, Keys.ENTER, "keys.consult.addTag", e -> !choice.isShowing(), vm::addChosen);
        HBox row = new HBox(6, choice, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void rebuild() {
        List<Node> shown = new ArrayList<>();
        List<Node> strategy = new ArrayList<>();
        for (HouseholdTag t : vm.tags()) {
            shown.add(chip(t));
            strategy.add(StrategyCard.of(t.tag(), i18n));
        }
        if (shown.isEmpty()) {
            Label none = new Label(i18n.t("consult.tags.none"));
            none.setId("consultTagsNone");
            none.getStyleClass().add("text-muted");
            shown.add(none);
        }
        chips.getChildren().setAll(shown);
        cards.getChildren().setAll(strategy);
        intentRows.getChildren().setAll(vm.intents().stream().map(this::intentRow).toList());
    }

    /** The tag in its colour, with who put it on and when as its tooltip, and the button that takes it off. */
    private Node chip(HouseholdTag t) {
        ClientTag tag = t.tag();
        Label name = new Label(TagText.name(tag, i18n));
        name.setId("consultTag-" + tag.id());
        name.getStyleClass().add("tag-chip");
        name.setStyle(TagText.chipStyle(tag.colour()));
        name.setTooltip(new Tooltip(i18n.t("consult.tag.taggedBy", t.taggedBy() == null ? "" : t.taggedBy(),
                Formats.dateTime(t.taggedAt()))));
        Button remove = new Button("×");
        remove.setId("consultTagRemove-" + tag.id());
        remove.getStyleClass().addAll("small", "flat");
        remove.setTooltip(new Tooltip(i18n.t("consult.tag.remove", TagText.name(tag, i18n))));
        remove.disableProperty().bind(vm.busyProperty());
        remove.setOnAction(e -> vm.remove(t));
        HBox box = new HBox(0, name, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node intentRow(IntentChoice c) {
        long student = c.stored().studentId();
        Label name = new Label(c.stored().name());
        name.setId("consultIntentName-" + student);
        name.setMinWidth(60);
        ComboBox<Intent> level = Forms.combo("consultIntent-" + student, List.of(Intent.values()), i18n::label);
        level.setPromptText(i18n.t("consult.intent.unset"));
        level.valueProperty().bindBidirectional(c.chosenProperty());
        level.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(level, Priority.ALWAYS);
        Button set = new Button(i18n.t("consult.intent.set"));
        set.setId("consultIntentSet-" + student);
        set.setMinWidth(Region.USE_PREF_SIZE);
        set.disableProperty().bind(c.chosenProperty().isEqualTo(c.stored().intent()).or(c.chosenProperty().isNull())
                .or(vm.busyProperty()));
        set.setOnAction(e -> vm.setIntent(c));
        HBox row = new HBox(6, name, level, set);
        // An area of its own, joined with the part's in the list (same title): it goes with the row.
        Keys.area(row, "keys.area.consult").on(level, Keys.ENTER, "keys.consult.setIntent", e -> !level.isShowing(),
                () -> vm.setIntent(c));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label title(String id, String key) {
        Label l = new Label(i18n.t(key));
        l.setId(id);
        l.getStyleClass().add("title-4");
        return l;
    }
}
