package com.counseldesk.office.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.db.DbAddress;
import com.counseldesk.common.db.PcMemory;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.Role;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * "Who is at this PC?": a button per person; going in takes a deliberate choice (an arrow key, typing
 * the name, a click), and the person who last signed in at this PC is marked and chosen first.
 */
class LoginGuiTest extends GuiTest {
    private static final List<String> TYPICAL = List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师");

    @Test
    void theFirstArrowChoosesTheFirstNameAndTheSpaceBarGoesIn() {
        start(typicalOffice());
        LoginPage login = new LoginPage(robot());
        login.expectStaff(TYPICAL);
        assertEquals(zh("login.question"), login.question());
        assertEquals(zh("login.hint"), login.hint());
        assertEquals("测试校区", login.officeName());
        assertEquals(Optional.empty(), login.lastHere(), "nobody has signed in at this PC yet");
        login.expectNothingChosen();

        login.pressDown().expectChosen("王芳");
        MainPage main = login.pressSpace();

        Wait.forValue("current user", zh("main.user", "王芳", "前台"), main::currentUser);
    }

    @Test
    void aStrayEnterSignsNobodyInAndSaysHowToChoose() {
        start(typicalOffice());
        LoginPage login = new LoginPage(robot());
        login.expectStaff(TYPICAL);

        login.pressEnter();
        login.press(KeyCode.SPACE);
        app.settle();

        assertTrue(login.isShowing(), "still asking who is at this PC");
        assertEquals(zh("login.chooseFirst"), login.hint());
        login.expectNothingChosen();
        MainPage main = login.pressDown().enter();
        Wait.forValue("current user", zh("main.user", "王芳", "前台"), main::currentUser);
    }

    @Test
    void theArrowsAndEnterGoInAsTheThirdPerson() {
        MainPage main = startAs(typicalOffice(), "李明");

        Wait.forValue("current user", zh("main.user", "李明", "咨询师"), main::currentUser);
    }

    @Test
    void typingPinyinInitialsOrTheStartOfANameChoosesIt() {
        start(typicalOffice());
        LoginPage login = new LoginPage(robot());
        login.expectStaff(TYPICAL);

        login.type("lm").expectChosen("李明");
        // Nobody is "lm张": the typing starts afresh at 张.
        login.type("张").expectChosen("张伟");
        MainPage main = login.enter();

        Wait.forValue("current user", zh("main.user", "张伟", "咨询师"), main::currentUser);
    }

    @Test
    void afterSwitchingUserTheLoginMarksWhoWasHereAndStillWaitsForAChoice() {
        MainPage main = startAs(typicalOffice(), "李明");

        LoginPage login = main.switchUser();
        login.expectStaff(TYPICAL);
        assertEquals(Optional.of("李明"), login.lastHere());
        assertEquals(zh("login.lastHere"), login.lastHereMark());
        login.expectNothingChosen();
        login.pressEnter();
        app.settle();
        assertTrue(login.isShowing(), "a stray Enter signs nobody in, not even who was here last");

        login.pressDown().expectChosen("李明");
        main = login.enter();

        Wait.forValue("current user", zh("main.user", "李明", "咨询师"), main::currentUser);
    }

    @Test
    void whoWasHereIsRememberedOnThisPcForEachDatabase() {
        TestOffice office = typicalOffice();
        Path pc = folder.resolve("pc");
        PcMemory memory = PcMemory.in(pc);
        // As an earlier run left it: 张伟 here on this database, 王芳 on another office's.
        memory.rememberSignedIn(new DbAddress.File(folder.resolve("other.db")), office.staffId("王芳"));
        memory.rememberSignedIn(office.db.address(), office.staffId("张伟"));
        start(office, pc);
        LoginPage login = new LoginPage(robot());
        login.expectStaff(TYPICAL);

        assertEquals(Optional.of("张伟"), login.lastHere());
        login.expectNothingChosen();
        login.pressDown().expectChosen("张伟");
    }

    @Test
    void aGarbledMemoryIsIgnoredAndReplacedAtTheNextSignIn() throws IOException {
        TestOffice office = typicalOffice();
        Path pc = folder.resolve("pc");
        Files.createDirectories(pc);
        Files.write(pc.resolve(PcMemory.FILE_NAME), "lastStaff.\\uZZZZ=3\n".getBytes(StandardCharsets.UTF_8));
        start(office, pc);
        LoginPage login = new LoginPage(robot());
        login.expectStaff(TYPICAL);
        assertEquals(Optional.empty(), login.lastHere());

        MainPage main = login.enterAs("赵丽");
        Wait.forValue("current user", zh("main.user", "赵丽", "主管"), main::currentUser);

        assertEquals(Optional.of("赵丽"), main.switchUser().lastHere());
    }

    @Test
    void aLargeOfficeFillsASecondColumnAndEveryoneCanGoIn() {
        TestOffice office = TestOffice.empty(folder);
        List<String> names = IntStream.rangeClosed(1, 11).mapToObj(i -> "咨询师" + i).toList();
        office.office.createOffice("大校区", names.stream().map(n -> new NewStaff(n, Role.COUNSELOR)).toList());
        start(office);
        LoginPage login = new LoginPage(robot());
        login.expectStaff(names.stream().map(n -> n + " · 咨询师").toList());

        assertEquals(0, login.column("咨询师1"));
        assertEquals(0, login.column("咨询师" + LoginView.ROWS));
        assertEquals(1, login.column("咨询师" + (LoginView.ROWS + 1)));
        MainPage main = login.clickIn("咨询师11");

        Wait.forValue("current user", zh("main.user", "咨询师11", "咨询师"), main::currentUser);
    }

    @Test
    void inactiveStaffAreNotShown() {
        TestOffice office = typicalOffice();
        office.deactivate("赵丽");
        start(office);

        new LoginPage(robot()).expectStaff(List.of("王芳 · 前台", "李明 · 咨询师", "张伟 · 咨询师"));
    }
}
