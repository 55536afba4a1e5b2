package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.Staff;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Who is at this PC?": pick a staff member (double-click, Enter or the button). */
public final class LoginView {
    private final VBox root = new VBox(12);
    private final ListView<Staff> list = new ListView<>();

    public LoginView(String officeName, List<Staff> staff, I18n i18n, Node languageBox, Consumer<Staff> onPick) {
        root.setId("loginView");
        root.setPadding(new Insets(24));
        root.setMaxWidth(480);
        Label office = new Label(officeName);
        office.setId("loginOfficeName");
        HBox header = Forms.header(office, languageBox);
        Label question = new Label(i18n.t("login.question"));
        question.setId("loginQuestion");
        list.setId("staffPicker");
        list.getItems().setAll(staff);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Staff s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " · " + i18n.label(s.role()));
            }
        });
        list.setPrefHeight(300);
        if (!staff.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        Button enter = new Button(i18n.t("login.enter"));
        enter.setId("loginButton");
        enter.getStyleClass().add("accent");
        enter.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Runnable pick = () -> {
            Staff s = list.getSelectionModel().getSelectedItem();
            if (s != null) {
                onPick.accept(s);
            }
        };
        enter.setOnAction(e -> pick.run());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                pick.run();
            }
        });
        root.getChildren().addAll(header, question, list, enter);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        list.requestFocus();
    }
}
