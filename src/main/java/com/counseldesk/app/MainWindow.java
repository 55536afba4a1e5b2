package com.counseldesk.app;

import com.counseldesk.common.fx.KeyHelp;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.consult.ui.StartPageScreen;
import com.counseldesk.walkin.ui.TodayView;
import com.counseldesk.walkin.ui.WalkInView;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The main window: who is here and the language on top, the screens in tabs (a counselor's start page
 * first, the desk, then whatever was opened: search, family pages), the data file and the hint that
 * F1 lists the keys below. Ctrl+F finds anyone from every screen; Ctrl+Tab and Ctrl+Shift+Tab go through the tabs.
 */
final class MainWindow {
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination INBOUND_CALL = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination OUTBOUND_CALL = new KeyCodeCombination(KeyCode.F2, KeyCombination.SHIFT_DOWN);
    static final KeyCombination APPOINTMENTS = new KeyCodeCombination(KeyCode.F3);
    static final KeyCombination DUTY = new KeyCodeCombination(KeyCode.F4);
    static final KeyCombination CALLS = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination CONTRACTS = new KeyCodeCombination(KeyCode.F6);
    static final KeyCombination REPORT = new KeyCodeCombination(KeyCode.F7);
    static final KeyCombination PREVIOUS_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Workspace ws;
    private final I18n i18n;
    private final WalkInView walkInView;
    private final Runnable openSearch;

    /**
     * {@code databaseSettings}: opens a manager's database settings; null for anyone else (no button).
     * {@code staffAdmin}: opens the staff screen, for a manager or anyone while the office has no
     * active manager; null otherwise (no button).
     * {@code tagAdmin}: opens the office's client-type tags, for a manager; null otherwise (no button).
     * {@code talkTracks}: opens the talk-track library, for a manager; null otherwise (no button).
     * {@code importer}: opens the import of old registers, for a manager; null otherwise (no button).
     * {@code report}: opens the monthly report (dashboard and export), for a manager; null otherwise.
     * {@code contracts}: the contract list (F6) and, for a manager, the course catalogue.
     */
    MainWindow(Workspace ws, Node languageBox, Runnable switchUser, LongConsumer openFamily, Runnable openSearch,
            LongConsumer editVisit, Runnable databaseSettings, Runnable staffAdmin, Runnable tagAdmin,
            Runnable talkTracks, Runnable importer, Runnable report, HotlineLinks hotline, ContractMenu contracts) {
        this.ws = ws;
        this.openSearch = openSearch;
        AppContext ctx = ws.ctx();
        this.i18n = ctx.i18n();
        root.setId("mainWindow");
        Label office = new Label(ctx.officeName());
        office.setId("officeName");
        office.getStyleClass().add("title-4");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button find = new Button(i18n.t("main.find"));
        find.setId("findButton");
        find.setOnAction(e -> openSearch.run());
        Button call = new Button(i18n.t("main.call"));
        call.setId("callButton");
        call.setOnAction(e -> hotline.inboundCall().run());
        Label user = new Label(i18n.t("main.user", ctx.currentStaff().name(), i18n.label(ctx.currentStaff().role())));
        user.setId("currentUser");
        Button switchButton = new Button(i18n.t("main.switchUser"));
        switchButton.setId("switchUserButton");
        switchButton.setOnAction(e -> switchUser.run());
        Button contractList = new Button(i18n.t("main.contracts"));
        contractList.setId("contractsButton");
        contractList.setOnAction(e -> contracts.list().run());
        // A manager's bar holds a dozen controls: 8 apart, they fit 1366 wide in either language.
        HBox top = new HBox(8, office, find, call, contractList, spacer, user, switchButton);
        if (staffAdmin != null) {
            Button staff = new Button(i18n.t("main.staffAdmin"));
            staff.setId("staffAdminButton");
            staff.setOnAction(e -> staffAdmin.run());
            top.getChildren().add(staff);
        }
        if (tagAdmin != null) {
            Button tags = new Button(i18n.t("main.tagAdmin"));
            tags.setId("tagAdminButton");
            tags.setOnAction(e -> tagAdmin.run());
            top.getChildren().add(tags);
        }
        if (talkTracks != null) {
            Button library = new Button(i18n.t("main.talkTracks"));
            library.setId("talkTracksButton");
            library.setOnAction(e -> talkTracks.run());
            top.getChildren().add(library);
        }
        if (importer != null) {
            Button imports = new Button(i18n.t("main.import"));
            imports.setId("importButton");
            imports.setOnAction(e -> importer.run());
            top.getChildren().add(imports);
        }
        if (databaseSettings != null) {
            Button settings = new Button(i18n.t("main.databaseSettings"));
            settings.setId("databaseSettingsButton");
            settings.setOnAction(e -> databaseSettings.run());
            top.getChildren().add(settings);
        }
        top.getChildren().add(languageBox);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));
        top.getStyleClass().add("top-bar");

        walkInView = new WalkInView(ws.walkIn(), i18n, ctx.clock(), openFamily::accept);
        TodayView todayView = new TodayView(ws.today(), i18n, ctx.officeName(), openFamily::accept,
                editVisit::accept, ws.followUpAfterVisit());
        SplitPane split = new SplitPane(walkInView.root(), todayView.root());
        split.setDividerPositions(0.42);
        Tab walkInTab = new Tab(i18n.t("tab.walkin"), split);
        walkInTab.setId("walkInTab");
        walkInTab.setUserData(Workspace.DESK);
        walkInTab.setClosable(false);
        tabs.getTabs().add(walkInTab);
        tabs.setId("mainTabs");
        ws.screens().forEach(this::addTab);
        select(ws.selected());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                ws.select((String) b.getUserData());
            }
        });

        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.setText(i18n.t("main.database", ctx.db().address().toString()));
        Hyperlink keysHint = new Hyperlink(i18n.t("main.keysHint"));
        keysHint.setId("keysHint");
        keysHint.setFocusTraversable(false);
        keysHint.setOnAction(e -> KeyHelp.toggle(root.getScene(), i18n));
        // Who takes the next inbound call, on every PC, read again whenever the rotation moves anywhere.
        Label next = new Label();
        next.setId("dutyIndicator");
        next.textProperty().bind(ws.duty().nextProperty().map(i18n::t).orElse(""));
        next.getStyleClass().add("duty-indicator");
        Hyperlink duty = new Hyperlink(i18n.t("main.duty"));
        duty.setId("dutyLink");
        duty.setFocusTraversable(false);
        duty.setOnAction(e -> hotline.duty().run());
        Hyperlink appointments = new Hyperlink(i18n.t("main.appointments"));
        appointments.setId("appointmentsLink");
        appointments.setFocusTraversable(false);
        appointments.setOnAction(e -> hotline.appointments().run());
        Hyperlink calls = new Hyperlink(i18n.t("main.calls"));
        calls.setId("callsLink");
        calls.setFocusTraversable(false);
        calls.setOnAction(e -> hotline.calls().run());
        // Separators: the status bar lays its items edge to edge ("下一位接听：张伟值班安排（F4）…").
        status.getRightItems().addAll(next, divider(), duty, divider(), appointments, divider(), calls, divider());
        if (contracts.catalogue() != null) {
            Hyperlink catalogue = new Hyperlink(i18n.t("main.catalogue"));
            catalogue.setId("catalogueLink");
            catalogue.setFocusTraversable(false);
            catalogue.setOnAction(e -> contracts.catalogue().run());
            status.getRightItems().addAll(catalogue, divider());
        }
        if (report != null) {
            // Beside the manager's other office-wide links: the top bar of a manager is full at 1366 wide.
            Hyperlink reportLink = new Hyperlink(i18n.t("main.report"));
            reportLink.setId("reportButton");
            reportLink.setFocusTraversable(false);
            reportLink.setOnAction(e -> report.run());
            status.getRightItems().addAll(reportLink, divider());
        }
        status.getRightItems().add(keysHint);

        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(status);
        // Listed with the keys of the whole window (Shell's), as they work on every tab.
        Keys window = Keys.area(root, "keys.area.window")
                .on(FIND, "keys.find", openSearch)
                .on(INBOUND_CALL, "keys.call.inbound", hotline.inboundCall())
                .on(OUTBOUND_CALL, "keys.call.outbound", hotline.outboundCall())
                .on(APPOINTMENTS, "keys.appointments", hotline.appointments())
                .on(DUTY, "keys.duty", hotline.duty())
                .on(CALLS, "keys.calls", hotline.calls())
                .on(CONTRACTS, "keys.contracts", contracts.list())
                .onEach(List.of(NEXT_TAB, PREVIOUS_TAB), "keys.tabs", e -> nextTab(PREVIOUS_TAB.match(e) ? -1 : 1));
        if (report != null) {
            window.on(REPORT, "keys.report", report);
        }
    }

    /** The next tab ({@code step} 1) or the previous one (-1), round the end, with the cursor in its screen. */
    private void nextTab(int step) {
        int n = tabs.getTabs().size();
        int next = Math.floorMod(tabs.getSelectionModel().getSelectedIndex() + step, n);
        tabs.getSelectionModel().select(next);
        tabs.requestFocus();
        focusFirstField();
    }

    private static Separator divider() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPadding(new Insets(2, 4, 2, 4));
        return s;
    }

    Parent root() {
        return root;
    }

    void focusFirstField() {
        if (Workspace.DESK.equals(ws.selected())) {
            walkInView.focusFirstField();
        } else if (ws.screen(ws.selected()) != null) {
            ws.screen(ws.selected()).focus();
        }
    }

    /** Shows a screen that was just opened (or brings its tab forward). */
    void show(Screen screen) {
        if (tabs.getTabs().stream().noneMatch(t -> screen.key().equals(t.getUserData()))) {
            addTab(screen);
        }
        select(screen.key());
        screen.focus();
    }

    /** Closes a screen's tab from the screen itself (a note's editor on Esc). */
    void close(String key) {
        tabs.getTabs().removeIf(t -> key.equals(t.getUserData()));
        ws.close(key);
    }

    private void addTab(Screen screen) {
        Tab tab = new Tab(screen.title(i18n), screen.build(i18n));
        tab.textProperty().bind(screen.titleValue(i18n));
        tab.setId("tab-" + screen.key());
        tab.setUserData(screen.key());
        tab.setClosable(screen.closable());
        tab.setOnCloseRequest(e -> {
            if (!screen.mayClose()) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> ws.close(screen.key()));
        // The start page is the first tab, before the desk, for those who have one.
        tabs.getTabs().add(StartPageScreen.KEY.equals(screen.key()) ? 0 : tabs.getTabs().size(), tab);
    }

    private void select(String key) {
        tabs.getTabs().stream().filter(t -> key.equals(t.getUserData())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
