package com.counseldesk.app;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.walkin.ui.TodayView;
import com.counseldesk.walkin.ui.TodayViewModel;
import com.counseldesk.walkin.ui.WalkInView;
import com.counseldesk.walkin.ui.WalkInViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/** The main window: who is here and the language on top, the features in tabs, the data file below. */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final WalkInView walkInView;

    MainWindow(AppContext ctx, WalkInViewModel walkIn, TodayViewModel today, Node languageBox, Runnable switchUser) {
        I18n i18n = ctx.i18n();
        root.setId("mainWindow");
        Label office = new Label(ctx.officeName());
        office.setId("officeName");
        office.getStyleClass().add("title-4");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label user = new Label(i18n.t("main.user", ctx.currentStaff().name(), i18n.label(ctx.currentStaff().role())));
        user.setId("currentUser");
        Button switchButton = new Button(i18n.t("main.switchUser"));
        switchButton.setId("switchUserButton");
        switchButton.setOnAction(e -> switchUser.run());
        HBox top = new HBox(10, office, spacer, user, switchButton, languageBox);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));
        top.getStyleClass().add("top-bar");

        walkInView = new WalkInView(walkIn, i18n);
        TodayView todayView = new TodayView(today, i18n);
        SplitPane split = new SplitPane(walkInView.root(), todayView.root());
        split.setDividerPositions(0.42);
        Tab walkInTab = new Tab(i18n.t("tab.walkin"), split);
        walkInTab.setId("walkInTab");
        walkInTab.setClosable(false);
        TabPane tabs = new TabPane(walkInTab);
        tabs.setId("mainTabs");

        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.setText(i18n.t("main.database", ctx.db().file().toString()));

        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(status);
    }

    Parent root() {
        return root;
    }

    void focusFirstField() {
        walkInView.focusFirstField();
    }
}
