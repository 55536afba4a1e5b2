package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.Staff;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * "Who is at this PC?": one button per active staff member, top to bottom (a second column from
 * the ninth on); a click, Enter or Space on one goes in. The first has the focus and the arrow keys
 * move it. Plain buttons, not a list view: this is the first window, and a list view (with its
 * virtual flow, scroll bars and key map) took longer to set up than the rest of the screen.
 */
public final class LoginView {
    /** Names in one column before a second one starts. */
    static final int ROWS = 8;
    private static final double BUTTON_WIDTH = 220;
    private final VBox root = new VBox(12);
    private final TilePane picker = new TilePane(Orientation.VERTICAL, 8, 8);

    public LoginView(String officeName, List<Staff> staff, I18n i18n, Node languageBox, Consumer<Staff> onPick) {
        root.setId("loginView");
        root.setPadding(new Insets(24));
        root.setMaxWidth(480);
        Label office = new Label(officeName);
        office.setId("loginOfficeName");
        HBox header = Forms.header(office, languageBox);
        Label question = new Label(i18n.t("login.question"));
        question.setId("loginQuestion");
        picker.setId("staffPicker");
        picker.setPrefRows(Math.max(1, Math.min(staff.size(), ROWS)));
        for (Staff s : staff) {
            Button button = new Button(s.name() + " · " + i18n.label(s.role()));
            button.setId("staff-" + s.id());
            button.setMinWidth(BUTTON_WIDTH);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> onPick.accept(s));
            button.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    button.fire();
                }
            });
            picker.getChildren().add(button);
        }
        root.getChildren().addAll(header, question, picker);
    }

    public Parent root() {
        return root;
    }

    /** The keyboard focus on the first name. */
    public void focus() {
        if (!picker.getChildren().isEmpty()) {
            picker.getChildren().get(0).requestFocus();
        }
    }
}
