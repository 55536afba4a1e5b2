package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;

/** The main window: who is at this PC, the language, and the walk-in tab with today's visitors. */
public final class MainPage extends Page {
    public MainPage(FxRobot robot) {
        super(robot);
        node("mainWindow");
    }

    /** "当前用户：王芳（前台）". */
    public String currentUser() {
        return text("currentUser");
    }

    public String officeName() {
        return text("officeName");
    }

    /** The 查找 button of the top bar (Ctrl+F). */
    public String findButton() {
        return text("findButton");
    }

    public String switchUserButton() {
        return text("switchUserButton");
    }

    /** The language pressed in the switch: "简体中文" or "English". */
    public String language() {
        Pane box = node("languageBox");
        return Fx.get(() -> box.getChildren().stream()
                .filter(n -> n instanceof ToggleButton t && t.isSelected())
                .map(n -> ((ToggleButton) n).getText()).reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /** Clicks a language by its name in the switch; the screen is rebuilt in that language. */
    public MainPage switchLanguage(String languageName) {
        Pane box = node("languageBox");
        ToggleButton button = Fx.get(() -> box.getChildren().stream()
                .filter(n -> n instanceof ToggleButton t && t.getText().equals(languageName))
                .map(n -> (ToggleButton) n).findFirst()
                .orElseThrow(() -> new AssertionError("No " + languageName + " in the language switch")));
        clickOn(button);
        MainPage rebuilt = new MainPage(robot);
        Wait.forValue("language pressed in the switch", languageName, rebuilt::language);
        return rebuilt;
    }

    /** Ctrl+Shift+L: the other language, from the keyboard; the screen is rebuilt in it. */
    public MainPage otherLanguageByKeyboard(String expected) {
        pressShortcutShift(KeyCode.L);
        MainPage rebuilt = new MainPage(robot);
        Wait.forValue("language pressed in the switch", expected, rebuilt::language);
        return rebuilt;
    }

    /** The hint at the foot of the window that F1 lists the keys: "F1 快捷键". */
    public String keysHint() {
        return text("keysHint");
    }

    /** Clicks the hint: the shortcut list opens, as with F1. */
    public KeyHelpPage clickKeysHint() {
        click("keysHint");
        return new KeyHelpPage(robot);
    }

    /** The title of the tab in front. */
    public String selectedTab() {
        TabPane tabs = node("mainTabs");
        return Fx.get(() -> tabs.getSelectionModel().getSelectedItem().getText());
    }

    /** Ctrl+Tab: the next tab comes forward. */
    public MainPage nextTab() {
        pressShortcut(KeyCode.TAB);
        return this;
    }

    /** Ctrl+Shift+Tab: the previous tab comes forward. */
    public MainPage previousTab() {
        pressShortcutShift(KeyCode.TAB);
        return this;
    }

    /** Whether the top bar offers 数据库设置 (to a manager only). */
    public boolean offersDatabaseSettings() {
        return isShown("databaseSettingsButton");
    }

    /** Whether the top bar offers 员工管理 (to a manager, or to anyone while the office has no manager). */
    public boolean offersStaffAdmin() {
        return isShown("staffAdminButton");
    }

    /** Clicks 员工管理; the staff screen opens in its tab. */
    public StaffPage openStaffAdmin() {
        click("staffAdminButton");
        return new StaffPage(robot);
    }

    /** Whether the top bar offers 咨询者类型, the office's client-type tags (to a manager only). */
    public boolean offersTagAdmin() {
        return isShown("tagAdminButton");
    }

    /** Clicks 咨询者类型; the screen of the office's client-type tags opens in its tab. */
    public TagAdminPage openTagAdmin() {
        click("tagAdminButton");
        return new TagAdminPage(robot);
    }

    /** Whether the top bar offers 话术库 (to a manager only). */
    public boolean offersReport() {
        return isShown("reportButton");
    }

    public ReportPage openReport() {
        click("reportButton");
        return new ReportPage(robot);
    }

    public boolean offersTalkTracks() {
        return isShown("talkTracksButton");
    }

    public boolean offersImport() {
        return isShown("importButton");
    }

    /** Clicks 导入旧表; the import opens in its tab. */
    public ImportPage openImport() {
        click("importButton");
        return new ImportPage(robot);
    }

    /** Clicks 话术库; the talk-track library opens in its tab. */
    public TalkTrackPage openTalkTracks() {
        click("talkTracksButton");
        return new TalkTrackPage(robot);
    }

    /** Clicks 数据库设置; the dialog opens with the choice of database. */
    public DatabaseChoicePage openDatabaseSettings() {
        click("databaseSettingsButton");
        node("dbSettingsView");
        return new DatabaseChoicePage(robot);
    }

    /** Clicks 切换用户 without expecting where it leads (it may ask first). */
    public void clickSwitchUser() {
        click("switchUserButton");
    }

    public LoginPage switchUser() {
        click("switchUserButton");
        return new LoginPage(robot);
    }

    /** Brings the desk's tab (registration and today's visitors) forward, as after opening a family page. */
    public MainPage toDesk() {
        click("walkInTab");
        return this;
    }

    /** Brings an open family page's tab forward. */
    public FamilyPage toFamily(long householdId) {
        click("tab-family-" + householdId);
        return new FamilyPage(robot, householdId);
    }

    /** Ctrl+F: the search opens (or comes forward) with the cursor in its field. */
    public SearchPage find() {
        pressShortcut(KeyCode.F);
        SearchPage search = new SearchPage(robot);
        search.expectFocus(SearchPage.FIELD);
        return search;
    }

    /** The desk's form; its tab is brought forward when another (a counselor's start page) is in front. */
    public WalkInPage walkIn() {
        showDesk();
        return new WalkInPage(robot);
    }

    /** Today's visitors; the desk's tab is brought forward when another is in front. */
    public TodayPage today() {
        showDesk();
        return new TodayPage(robot);
    }

    private void showDesk() {
        node("mainTabs");
        if (!isShown("todayView")) {
            toDesk();
        }
    }

    /** The start page (工作台), the first tab of those who consult; brought forward when another is in front. */
    /** Ctrl+Tab until the start page is in front (it is the first tab). */
    public StartPage startPageWithKeyboard() {
        for (int i = 0; i < 10 && !isShown("startPage"); i++) {
            nextTab();
        }
        return new StartPage(robot);
    }

    public StartPage startPage() {
        if (!isShown("startPage")) {
            click("tab-" + StartPage.KEY);
        }
        return new StartPage(robot);
    }

    /** F2: an inbound call is picked up, the call form comes forward with the cursor in the phone. */
    public CallPage pickUpCall() {
        press(KeyCode.F2);
        CallPage call = new CallPage(robot);
        call.expectFocus(CallPage.PHONE);
        return call;
    }

    /** Shift+F2: the call form for an outbound call. */
    public CallPage outboundCall() {
        pressShift(KeyCode.F2);
        CallPage call = new CallPage(robot);
        call.expectFocus(CallPage.PHONE);
        return call;
    }

    /** F3: the appointments. */
    public AppointmentsPage appointments() {
        press(KeyCode.F3);
        return new AppointmentsPage(robot);
    }

    /** F4: the duty screen. */
    public DutyPage duty() {
        press(KeyCode.F4);
        return new DutyPage(robot);
    }

    /** F5: the call list (热线记录). */
    public CallListPage calls() {
        press(KeyCode.F5);
        return new CallListPage(robot);
    }

    /** 热线记录 at the window's foot. */
    public CallListPage clickCallsLink() {
        click("callsLink");
        return new CallListPage(robot);
    }

    /** F6: the contract list. */
    public ContractListPage contracts() {
        press(KeyCode.F6);
        return new ContractListPage(robot);
    }

    /** A manager's 课程目录 at the window's foot. */
    public CataloguePage openCatalogue() {
        click("catalogueLink");
        return new CataloguePage(robot);
    }

    public boolean offersCatalogue() {
        return isShown("catalogueLink");
    }

    /** Brings an open contract's tab forward. */
    public ContractTabPage toContract(long contractId) {
        click("tab-contract-" + contractId);
        return new ContractTabPage(robot);
    }

    /** Who takes the next inbound call, as the foot of the window says ("下一位接听：张伟"). */
    public String dutyIndicator() {
        return text("dutyIndicator");
    }

    public MainPage expectDutyIndicator(String expected) {
        Wait.forValue("the duty indicator", expected, this::dutyIndicator);
        return this;
    }

    /** Clicks the × on the tab of the screen {@code key}, as a person closes it with the mouse. */
    public void clickCloseOfTab(String key) {
        TabPane tabs = node("mainTabs");
        Wait.until("the tab " + key + " to show its ×", () -> Fx.get(() -> {
            Node header = tabs.lookup("#tab-" + key);
            return header != null && header.lookup(".tab-close-button") != null;
        }));
        clickOn(Fx.get(() -> tabs.lookup("#tab-" + key).lookup(".tab-close-button")));
    }

    /** The titles of the tabs, left to right. */
    public List<String> tabs() {
        TabPane tabs = node("mainTabs");
        return Fx.get(() -> tabs.getTabs().stream().map(t -> t.getText()).toList());
    }
}
