package com.counseldesk.app;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.PcMemory;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.Fonts;
import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.fx.FxDialogService;
import com.counseldesk.common.fx.KeyHelp;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.Access;
import com.counseldesk.consult.ui.TagAdminScreen;
import com.counseldesk.consult.ui.TalkTrackScreen;
import com.counseldesk.report.ReportService;
import com.counseldesk.report.ui.ReportScreen;
import com.counseldesk.family.NameKeys;
import com.counseldesk.family.ui.FamilyPageScreen;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.ui.CallScreen;
import com.counseldesk.office.Role;
import com.counseldesk.office.StaffService;
import com.counseldesk.office.ui.StaffScreen;
import com.counseldesk.report.importing.ui.ImportScreen;
import com.counseldesk.office.Staff;
import com.counseldesk.office.ui.DatabaseChoiceViewModel;
import com.counseldesk.office.ui.DatabaseSettingsDialog;
import com.counseldesk.office.ui.FirstRunView;
import com.counseldesk.office.ui.FirstRunViewModel;
import com.counseldesk.office.ui.LoginView;
import com.counseldesk.walkin.ui.VisitEditDialog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The window and the way through it: first run (new database) → who is at this PC → main window.
 * Switching the language rebuilds the screen on show from the same view models, so nothing typed is lost.
 * Choosing another database (at first run, or a manager's database settings) switches the whole app
 * to it: the context on the old one is closed, and the new one's first run or login is shown.
 */
public final class Shell {
    /** Switches to the other language from any screen. */
    static final KeyCombination OTHER_LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;
    private final Stage stage;
    private final Scene scene;
    private final Clock clock;
    private final DbSettings dbSettings;
    /** Who last signed in at this PC, on each database. */
    private final PcMemory memory;
    private final DialogService dialogs;
    private final Background connecting = connecting();
    private AppContext ctx;
    private FirstRunViewModel firstRun;
    private DatabaseChoiceViewModel firstRunChoice;
    private Workspace workspace;
    private MainWindow main;
    /** Where contracts open for the signed-in person. */
    private ContractDesk contracts;
    private Runnable current = () -> { };
    /** The active staff as the login listed them: whether the office has a manager decides who manages staff. */
    private List<Staff> staffAtLogin = List.of();

    public Shell(Stage stage, AppContext ctx, DbSettings dbSettings) {
        this(stage, ctx, prepare(stage), dbSettings, UnaryOperator.identity());
    }

    /**
     * As the app's, with {@code dialogs} standing in for some of the window's dialogs (a test answers
     * the file choosers, which a headless run cannot show).
     */
    public Shell(Stage stage, AppContext ctx, DbSettings dbSettings, UnaryOperator<DialogService> dialogs) {
        this(stage, ctx, prepare(stage), dbSettings, dialogs);
    }

    /** {@code scene}: the stage's, from {@link #prepare}. */
    public Shell(Stage stage, AppContext ctx, Scene scene, DbSettings dbSettings) {
        this(stage, ctx, scene, dbSettings, UnaryOperator.identity());
    }

    private Shell(Stage stage, AppContext ctx, Scene scene, DbSettings dbSettings,
            UnaryOperator<DialogService> dialogs) {
        this.stage = stage;
        this.ctx = ctx;
        this.scene = scene;
        this.clock = ctx.clock();
        this.dbSettings = dbSettings;
        this.memory = dbSettings.memory();
        this.dialogs = dialogs.apply(new FxDialogService(stage, () -> this.ctx.i18n()));
        // What works on every screen of the window: the keyboard's way to the other language (the two
        // buttons take no focus: see languageBox), and F1, the list of the keys of the screen shown.
        Keys window = Keys.area(scene, "keys.area.window");
        window.on(OTHER_LANGUAGE, "keys.language", () -> switchLanguage(I18n.LANGUAGES.stream()
                .filter(l -> !l.equals(this.ctx.i18n().locale())).findFirst().orElse(null)));
        KeyHelp.install(window, scene, () -> this.ctx.i18n());
    }

    /** Connecting to a database a person chose: on a thread of its own, not on the database worker's. */
    static Background connecting() {
        return new Background(r -> {
            Thread t = new Thread(r, "connect-database");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater);
    }

    /** The context of the database in use (another one after the person chose another database). */
    public AppContext context() {
        return ctx;
    }

    /**
     * What the window needs before the database is open: the theme, the scene with the app's
     * stylesheet on the stage, the size limits and the Chinese font family. The app does this while
     * the database is still being opened.
     */
    public static Scene prepare(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(Shell.class.getResource("/css/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        Fonts.cjkFamily();
        return scene;
    }

    /** Shows the first screen for this database: who is at this PC, or the first run ({@code office} null). */
    public void start(Startup.Office office) {
        if (office != null) {
            showLogin(office);
        } else {
            showFirstRun();
        }
    }

    void showFirstRun() {
        if (firstRun == null) {
            firstRun = new FirstRunViewModel(ctx.office(), ctx::createSampleOffice, ctx.background(), dialogs,
                    this::showLogin);
            firstRunChoice = DatabaseChoiceViewModel.forFirstRun(ctx.db().address(), dbSettings.settings(),
                    this::open, connecting, dialogs);
        }
        current = this::showFirstRun;
        stage.setTitle(ctx.i18n().t("app.title"));
        FirstRunView view = new FirstRunView(firstRun, firstRunChoice, ctx.i18n(), languageBox());
        setRoot(centered(view.root()));
        view.focus();
    }

    /** Who is at this PC, with the office and its staff read again off the FX thread. */
    void showLogin() {
        ctx.background().run(() -> Startup.office(ctx.office()), this::showLogin,
                e -> dialogs.showError(new Msg("login.failed"), new Msg("error.system", e.getMessage())));
    }

    private void showLogin(Startup.Office office) {
        current = () -> showLogin(office);
        staffAtLogin = office.staff();
        ctx.setOfficeName(office.name());
        stage.setTitle(office.name() + " — " + ctx.i18n().t("app.title"));
        LoginView view = new LoginView(office.name(), office.staff(), memory.lastSignedIn(ctx.db().address()),
                NameKeys::matches, ctx.i18n(), languageBox(), this::enter);
        // The names are buttons: the arrow keys (or typing a name) choose one, Enter or Space goes in.
        Keys.area(view.root(), "keys.area.login").standard("keys.login.move", Keys.UP, Keys.DOWN)
                .described("keys.login.type.keys", "keys.login.type")
                .standard("keys.login.enter", Keys.ENTER, Keys.SPACE);
        setRoot(centered(view.root()));
        view.focus();
    }

    private void enter(Staff staff) {
        memory.rememberSignedIn(ctx.db().address(), staff.id());
        ctx.setCurrentStaff(staff);
        workspace = new Workspace(ctx, dialogs);
        contracts = new ContractDesk(workspace, () -> stage, this::show, key -> main.close(key), this::openFamily);
        workspace.startFollowUps(stage, this::openFamily, this::openNote);
        showMain();
    }

    void showMain() {
        current = this::showMain;
        Runnable settings = ctx.currentStaff().role() == Role.MANAGER ? this::openDatabaseSettings : null;
        Runnable staff = StaffService.mayManage(ctx.currentStaff(), staffAtLogin) ? this::openStaffAdmin : null;
        Runnable tags = Access.managesLibrary(ctx.currentStaff()) ? this::openTagAdmin : null;
        Runnable talkTracks = Access.managesLibrary(ctx.currentStaff()) ? this::openTalkTracks : null;
        Runnable importer = ctx.currentStaff().role() == Role.MANAGER ? this::openImport : null;
        Runnable report = ReportService.mayRead(ctx.currentStaff()) ? this::openReport : null;
        main = new MainWindow(workspace, languageBox(), this::switchUser, this::openFamily, this::openSearch,
                this::editVisit, settings, staff, tags, talkTracks, importer, report, new HotlineLinks(
                        () -> openCall(CallKind.INBOUND), () -> openCall(CallKind.COLD), this::openAppointments,
                        this::openDuty, this::openCalls), new ContractMenu(contracts::openList,
                        contracts.keepsCatalogue() ? contracts::openCatalogue : null));
        setRoot(main.root());
        main.focusFirstField();
    }

    /** Opens a household's family page (from search, today's visitors, the desk card or another family page). */
    private void openFamily(long householdId) {
        Screens.family(workspace, householdId, this::openFamily, this::editVisit, this::openNote, contracts)
                .ifPresent(this::show);
    }

    /** Opens a note in its editor (a new one when {@code noteId} is null), from a family page. */
    private void openNote(long householdId, Long noteId) {
        show(Screens.note(workspace, householdId, noteId, this::closeNote));
    }

    /** Closes a note's editor (Esc) and goes back to the household's page. */
    private void closeNote(String key, long householdId) {
        main.close(key);
        Screen page = workspace.screen(FamilyPageScreen.key(householdId));
        if (page != null) {
            show(page);
        } else {
            main.focusFirstField();
        }
    }

    /** The talk-track library (话术库): the one open, or a new one. */
    private void openTalkTracks() {
        Screen open = workspace.screen(TalkTrackScreen.KEY);
        show(open != null ? open : new TalkTrackScreen(workspace.talkTrackEditor()));
    }

    /** The monthly report (月度报表): the one open, or a new one. */
    private void openReport() {
        Screen open = workspace.screen(ReportScreen.KEY);
        show(open != null ? open : new ReportScreen(workspace.report()));
    }

    /** Corrects or voids a visit (from today's board, a family's past visits or a family page's timeline). */
    private void editVisit(long visitId) {
        VisitEditDialog.show(stage, workspace.visitEditor(visitId), ctx.i18n());
    }

    /** The staff screen (员工管理): the one open, or a new one. */
    private void openStaffAdmin() {
        Screen open = workspace.screen(StaffScreen.KEY);
        show(open != null ? open : new StaffScreen(workspace.staffAdmin()));
    }

    /** The import of old registers (导入旧表), a manager's screen: the one open, or a new one. */
    private void openImport() {
        Screen open = workspace.screen(ImportScreen.KEY);
        show(open != null ? open : new ImportScreen(workspace.importer()));
    }

    /** The office's client-type tags (咨询者类型), a manager's screen: the one open, or a new one. */
    private void openTagAdmin() {
        Screen open = workspace.screen(TagAdminScreen.KEY);
        show(open != null ? open : new TagAdminScreen(workspace.tagAdmin()));
    }

    /**
     * The call form (F2: an inbound call, whose duty turn it takes; Shift+F2: an outbound one): the call
     * being typed, if any, comes forward as it is; else the next call starts.
     */
    private void openCall(CallKind kind) {
        CallScreen screen = workspace.callScreen(this::openFamily, this::closeCall);
        screen.start(kind);
        show(screen);
    }

    /** Closes the call form (Esc, once what was typed may go) and goes back to the desk or the start page. */
    private void closeCall() {
        workspace.callScreen(this::openFamily, this::closeCall).stop();
        main.close(CallScreen.KEY);
        main.focusFirstField();
    }

    /** The appointments (F3). */
    private void openAppointments() {
        show(workspace.appointmentsScreen(this::openFamily));
    }

    /** The duty screen (F4). */
    private void openDuty() {
        show(workspace.dutyScreen());
    }

    /** The call list (F5). */
    private void openCalls() {
        show(workspace.callListScreen(this::openFamily));
    }

    /** Find anyone (Ctrl+F). */
    private void openSearch() {
        show(Screens.search(workspace, this::openFamily));
    }

    private void show(Screen screen) {
        workspace.open(screen);
        main.show(screen);
    }

    /** A manager's database settings: the choice is saved, and the app switches to the chosen database. */
    private void openDatabaseSettings() {
        DatabaseChoiceViewModel vm = DatabaseChoiceViewModel.forSettings(ctx.db().address(), dbSettings.settings(),
                this::open, connecting, dialogs, dbSettings.overridden());
        DatabaseSettingsDialog.show(stage, vm, ctx.i18n());
    }

    /**
     * Off the FX thread: opens the chosen database and reads what its first screen shows; returns
     * the switch to it, for the FX thread. Refuses with a {@code DatabaseException} saying why.
     */
    private Runnable open(DbAddress address) {
        Startup startup = Startup.open(address, clock);
        return () -> switchTo(startup);
    }

    /**
     * Uses another database from now on: the context on the one in use is closed (after the work it
     * has queued), and the new database's first run or login is shown, in its language (or this one,
     * for a new database).
     */
    void switchTo(Startup startup) {
        AppContext old = ctx;
        String language = startup.languageTag() != null ? startup.languageTag() : old.i18n().tag();
        ctx = new AppContext(startup.db(), clock, language);
        firstRun = null;
        firstRunChoice = null;
        workspace = null;
        main = null;
        old.close();
        LoggerFactory.getLogger(Shell.class).info("Switched to the database {}", startup.db().address());
        start(startup.office());
        ctx.warmUp();
    }

    /** The app is closing: the open notes' last keystrokes are saved (the context waits for the work queued). */
    public void saveDrafts() {
        if (workspace != null) {
            workspace.saveDrafts();
        }
    }

    private void switchUser() {
        if (workspace != null && (!workspace.walkIn().mayDiscard() || !workspace.mayLeaveCall())) {
            return;
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
        ctx.setCurrentStaff(null);
        showLogin();
    }

    /**
     * Rebuilds the screen in {@code locale} from the same view models; the keyboard focus goes back to
     * the control that had it (ids are the same in every language), so a key pressed next goes where
     * the person was typing, never to a button the rebuilt screen happened to focus.
     */
    private void switchLanguage(Locale locale) {
        if (locale == null || locale.equals(ctx.i18n().locale())) {
            return;
        }
        Node focused = scene.getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        ctx.setI18n(new I18n(locale));
        current.run();
        if (focusedId != null) {
            // After the rebuilt screen has put the focus on its first field (it does so on the next pulse).
            Platform.runLater(() -> {
                scene.getRoot().applyCss();
                Node again = scene.getRoot().lookup("#" + focusedId);
                if (again != null) {
                    again.requestFocus();
                    if (again instanceof TextInputControl text) {
                        // Focus selects a field's text; the caret goes back after it instead, as it was.
                        text.end();
                    }
                }
            });
        }
    }

    /**
     * 简体中文 | English, each named in its own language, the one in use pressed. Two toggle buttons
     * rather than a combo box, whose list view cost the first window more than the rest of its header.
     */
    private Node languageBox() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setId("languageBox");
        for (Locale locale : I18n.LANGUAGES) {
            ToggleButton button = new ToggleButton(locale.equals(I18n.CHINESE) ? "简体中文" : "English");
            button.setId("language-" + locale.toLanguageTag());
            button.setToggleGroup(group);
            // Not in the Tab order, so arrow keys or Enter meant for the form never choose a language.
            button.setFocusTraversable(false);
            button.setSelected(locale.equals(ctx.i18n().locale()));
            button.setOnAction(e -> {
                button.setSelected(true);
                switchLanguage(locale);
            });
            box.getChildren().add(button);
        }
        box.getChildren().get(0).getStyleClass().add(Styles.LEFT_PILL);
        box.getChildren().get(box.getChildren().size() - 1).getStyleClass().add(Styles.RIGHT_PILL);
        return box;
    }

    private static Parent centered(Parent content) {
        StackPane pane = new StackPane(content);
        StackPane.setAlignment(content, Pos.CENTER);
        return pane;
    }

    private void setRoot(Parent root) {
        Fonts.apply(root);
        scene.setRoot(root);
        // Skins now (the next pulse would make them anyway): a tab's content is then in the scene, and
        // a screen's "focus my first field" is queued at once, before a language switch puts it back.
        root.applyCss();
    }
}
