package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ClientTag;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.LibraryPage;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The talk-track library (话术库), a manager's screen: which page (every session, or a client type),
 * then the type's own text and a text per step; Ctrl+S saves the page. The texts are the office's,
 * shown as written in either language.
 */
public final class TalkTrackView {
    private final TalkTrackViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ComboBox<ClientTag> type;

    public TalkTrackView(TalkTrackViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("talkTrackView");
        type = Forms.combo("talkTrackType", List.of(), this::label);
        type.setItems(vm.types());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setPrefWidth(220);
        type.setMaxWidth(Region.USE_PREF_SIZE);
        Label title = new Label(i18n.t("talkTrack.title"));
        title.getStyleClass().add("title-3");
        Button save = new Button(i18n.t("talkTrack.save"));
        save.setId("saveTalkTracksButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Label status = Notice.band("talkTrackStatus", vm.statusProperty(), vm.statusKindProperty(), i18n);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox top = new HBox(10, title, new Label(i18n.t("talkTrack.for")), type, save, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 14, 6, 14));
        top.getStyleClass().add("family-header");
        root.setTop(top);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        Forms.keepFocusInSight(scroll);
        root.setCenter(scroll);
        Keys.area(root, "keys.area.talkTrack").on(NoteView.SAVE, "keys.talkTrack.save", vm::save);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        Forms.focusWhenShown(type);
    }

    private String label(ClientTag t) {
        return t.id() == TalkTrackViewModel.EVERY_SESSION.id() ? i18n.t("talkTrack.everySession") : TagText.name(t, i18n);
    }

    private Node form() {
        VBox form = new VBox(6);
        form.setPadding(new Insets(10, 14, 14, 14));
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        TextArea general = area(form, "talkTrack-general", vm.generalProperty());
        VBox generalRow = Forms.row(grid, 0, i18n.t("talkTrack.general"), general, "talkTrack-general",
                vm.error(LibraryPage.FIELD), i18n);
        generalRow.visibleProperty().bind(vm.typeProperty().map(t -> t.id() != TalkTrackViewModel.EVERY_SESSION.id())
                .orElse(false));
        generalRow.managedProperty().bind(generalRow.visibleProperty());
        int row = 1;
        for (ConsultStep step : ConsultStep.values()) {
            String id = "talkTrack-" + step.number();
            Forms.row(grid, row++, i18n.t("note.step", step.number(), i18n.label(step)),
                    area(form, id, vm.step(step)), id, vm.error(TalkTrackViewModel.field(step)), i18n);
        }
        form.getChildren().add(grid);
        return form;
    }

    private static TextArea area(Parent form, String id, StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.textProperty().bindBidirectional(value);
        TabWalk.leaveOnTab(a, form);
        return a;
    }
}
