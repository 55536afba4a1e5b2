package com.counseldesk.pages;

import com.counseldesk.common.db.DbAddress;
import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The choice of the office's database: on the first-run screen, in a manager's database settings, or
 * when the server could not be used at start. This PC or the office's server, the server's fields,
 * and "check and connect".
 */
public final class DatabaseChoicePage extends Page {
    public DatabaseChoicePage(FxRobot robot) {
        super(robot);
        node("dbChoiceView");
    }

    /** Clicks 办公室服务器（多台电脑共用）; the server's fields appear. */
    public DatabaseChoicePage chooseServer() {
        click("placeServer");
        node("serverHostField");
        return this;
    }

    /** Clicks 这台电脑（单机）. */
    public DatabaseChoicePage chooseThisPc() {
        click("placeThisPc");
        return this;
    }

    public DatabaseChoicePage host(String text) {
        fill("serverHostField", text);
        return this;
    }

    public DatabaseChoicePage port(String text) {
        fill("serverPortField", text);
        return this;
    }

    public DatabaseChoicePage database(String text) {
        fill("serverDatabaseField", text);
        return this;
    }

    public DatabaseChoicePage user(String text) {
        fill("serverUserField", text);
        return this;
    }

    public DatabaseChoicePage password(String text) {
        fill("serverPasswordField", text);
        return this;
    }

    /** Types a server's address into the fields, as a person reads it off a note from the office. */
    public DatabaseChoicePage server(DbAddress.Server s) {
        host(s.host()).port(String.valueOf(s.port())).database(s.database()).user(s.user());
        if (!s.password().isEmpty()) {
            password(s.password());
        }
        return this;
    }

    /** What a field shows now ("serverHost", "serverPort", "serverDatabase", "serverUser", "serverPassword"). */
    public String value(String field) {
        return text(field + "Field");
    }

    /** The grey text of an empty field: for the password, "已保存，留空则不变" when one is saved. */
    public String prompt(String field) {
        TextField input = node(field + "Field");
        return Fx.get(input::getPromptText);
    }

    /** The message beside a field, "" when there is none. */
    public String error(String field) {
        return text(field + "Error");
    }

    /** Why the chosen database cannot be used, "" when nothing was refused. */
    public String failure() {
        return text("connectFailure");
    }

    /** The line under the button when nothing had to be switched ("已保存。…"). */
    public String notice() {
        return text("connectNotice");
    }

    /** In the database settings: Esc closes the dialog, changing nothing. */
    public void closeWithEscape() {
        press(KeyCode.ESCAPE);
        Wait.until("the database settings to close", () -> !isShown("dbSettingsView"));
    }

    /** Presses 检查并连接 and leaves it to the caller to expect where the app goes. */
    public void connect() {
        click("connectButton");
    }

    /** Presses 检查并连接 expecting to stay here with a message beside a field. */
    public DatabaseChoicePage connectRefusedAt(String field) {
        connect();
        Wait.until("a message beside " + field, () -> !error(field).isEmpty());
        return this;
    }

    /** Presses 检查并连接 and waits until the reason the database cannot be used is shown. */
    public DatabaseChoicePage connectFails() {
        connect();
        Wait.until("the reason the database cannot be used", () -> !failure().isEmpty());
        return this;
    }
}
