package com.counseldesk.app;

import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** What the window shows while the database is being opened, or upgraded to this version. */
final class OpeningView {
    private static final double TEXT_WIDTH = 520;
    private final VBox root = new VBox(16);
    private final Label message = new Label();
    private final I18n i18n;

    OpeningView(I18n i18n, DbAddress address) {
        this.i18n = i18n;
        root.setId("openingView");
        root.setAlignment(Pos.CENTER);
        message.setId("openingMessage");
        message.setWrapText(true);
        message.setTextAlignment(TextAlignment.CENTER);
        message.setMaxWidth(TEXT_WIDTH);
        message.setText(i18n.t("db.opening", address.toString()));
        ProgressIndicator progress = new ProgressIndicator();
        root.getChildren().addAll(progress, message);
    }

    Parent root() {
        return root;
    }

    /** Says that the file is being upgraded, which takes a while on a large office. */
    void upgrading() {
        message.setText(i18n.t("db.upgrading"));
    }
}
