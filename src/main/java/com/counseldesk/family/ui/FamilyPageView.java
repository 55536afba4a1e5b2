package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.office.Staff;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The family page (家庭页): on top who the household is (students, owner, channel, referrer, first
 * and last contact) and, for a manager, the owner's re-assignment; on the left its students,
 * contacts and referrals, and below them the features' parts (tags and intent levels) when the app
 * added any; on the right its timeline and history. Only binds to its view model.
 */
public final class FamilyPageView {
    private final FamilyPageViewModel vm;
    private final I18n i18n;
    private final LongConsumer openFamily;
    private final BorderPane root = new BorderPane();
    /** The features' parts, when the page has any. */
    private VBox partsBox;

    /** {@code openFamily} opens another household's page (the referrer, a referral). */
    public FamilyPageView(FamilyPageViewModel vm, I18n i18n, LongConsumer openFamily, TimelineActions actions) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFamily = openFamily;
        root.setId("familyPage-" + vm.householdId());
        root.getStyleClass().add("family-page");
        root.setTop(header());
        ScrollPane people = new ScrollPane(new FamilyPeopleView(vm, i18n, openFamily).root());
        Forms.keepFocusInSight(people);
        people.setFitToWidth(true);
        people.setId("familyPeopleScroll");
        SplitPane split = new SplitPane(withParts(people), new FamilyRecordsView(vm, i18n, actions).root());
        split.setDividerPositions(0.4);
        Label missing = new Label(i18n.t("family.missing"));
        missing.setId("familyMissing");
        root.centerProperty().bind(Bindings.when(vm.missingProperty()).then((Node) missing).otherwise(split));
        Keys page = Keys.area(root, "keys.area.family").standard("keys.list.move", Keys.UP, Keys.DOWN);
        vm.parts().forEach(p -> p.keys(page));
    }

    public Parent root() {
        return root;
    }

    /**
     * The cursor goes where the page is worked on, once it is read: the first control of the features'
     * parts (a counselor's intent levels and client types), else the people's first.
     */
    public void focus() {
        if (vm.cardProperty().get() != null) {
            Platform.runLater(this::focusFirst);
            return;
        }
        vm.cardProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends HouseholdCard> o, HouseholdCard was, HouseholdCard is) {
                if (is != null) {
                    o.removeListener(this);
                    Platform.runLater(FamilyPageView.this::focusFirst);
                }
            }
        });
    }

    private void focusFirst() {
        if (root.getScene() == null) {
            return;
        }
        List<Node> order = partsBox != null ? Forms.focusable(partsBox) : List.of();
        if (order.isEmpty() && root.getCenter() != null) {
            order = Forms.focusable(root.getCenter());
        }
        if (!order.isEmpty()) {
            order.get(0).requestFocus();
        }
    }

    /**
     * The left column: the people, and below them, in a pane of their own that stays in sight while
     * the people's forms scroll, the features' parts (none: the people alone).
     */
    private Node withParts(ScrollPane people) {
        if (vm.parts().isEmpty()) {
            return people;
        }
        VBox parts = new VBox(12);
        parts.setId("familyParts");
        parts.setPadding(new Insets(8));
        vm.parts().forEach(p -> parts.getChildren().add(p.build(i18n)));
        ScrollPane partsScroll = new ScrollPane(parts);
        partsScroll.setFitToWidth(true);
        Forms.keepFocusInSight(partsScroll);
        partsBox = parts;
        partsScroll.setId("familyPartsScroll");
        SplitPane column = new SplitPane(people, partsScroll);
        column.setOrientation(Orientation.VERTICAL);
        column.setDividerPositions(0.45);
        return column;
    }

    private Node header() {
        Label title = new Label();
        title.setId("familyTitle");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.cardProperty().get() == null
                ? i18n.t(vm.title()) : HouseholdText.students(vm.cardProperty().get(), i18n, vm.today()),
                vm.cardProperty(), vm.missingProperty()));

        Label owner = fact("familyOwner", c -> i18n.t("family.owner", HouseholdText.owner(c, i18n)));
        Button reassign = new Button(i18n.t("family.owner.reassign"));
        reassign.setId("reassignButton");
        reassign.getStyleClass().add("small");
        reassign.setVisible(vm.canReassign());
        reassign.setManaged(vm.canReassign());
        reassign.disableProperty().bind(vm.owner().openProperty());
        reassign.setOnAction(e -> vm.owner().edit());
        HBox ownerBox = new HBox(6, owner, reassign);
        ownerBox.setAlignment(Pos.CENTER_LEFT);

        Label channel = fact("familyChannel", c -> i18n.t("family.channel", i18n.label(c.household().channel())));
        Label referrerLabel = new Label(i18n.t("family.referrer"));
        Hyperlink referrer = new Hyperlink();
        referrer.setId("familyReferrer");
        referrer.textProperty().bind(vm.referrerProperty().map(c -> c.studentNames() + " · "
                + HouseholdText.mainPhone(c)).orElse(""));
        referrer.setOnAction(e -> {
            HouseholdCard c = vm.referrerProperty().get();
            if (c != null) {
                openFamily.accept(c.id());
            }
        });
        HBox referrerBox = new HBox(2, referrerLabel, referrer);
        referrerBox.setAlignment(Pos.CENTER_LEFT);
        referrerBox.visibleProperty().bind(vm.referrerProperty().isNotNull());
        referrerBox.managedProperty().bind(referrerBox.visibleProperty());
        Label first = fact("familyFirstContact",
                c -> i18n.t("family.firstContact", Formats.dateTime(c.household().firstContactAt())));
        Label last = fact("familyLastContact", c -> i18n.t("family.lastContact", HouseholdText.lastContact(c, i18n)));

        FlowPane facts = new FlowPane(18, 4, ownerBox, channel, referrerBox, first, last);
        facts.setId("familyFacts");
        VBox header = new VBox(4, title, facts, ownerForm());
        header.setPadding(new Insets(8, 10, 6, 10));
        header.getStyleClass().add("family-header");
        return header;
    }

    private Label fact(String id, Function<HouseholdCard, String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(vm.cardProperty().map(text).orElse(""));
        return l;
    }

    /** The manager's re-assignment: the new owner and the reason, both required. */
    private Node ownerForm() {
        OwnerForm form = vm.owner();
        FormNodes f = new FormNodes(form, "ownerForm", i18n);
        ComboBox<Staff> counselor = f.combo("owner", "family.owner.new", List.of(),
                s -> s.name() + " · " + i18n.label(s.role()), form.ownerProperty(), OwnerForm.OWNER);
        counselor.setItems(vm.counselors());
        counselor.setMaxWidth(320);
        f.text("reason", "family.owner.reason", OwnerForm.REASON, form.reasonProperty())
                .setPromptText(i18n.t("family.owner.reason.prompt"));
        Node node = f.build("family.owner.save");
        VBox box = new VBox(node);
        box.setMaxWidth(640);
        box.visibleProperty().bind(form.openProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
