package com.counseldesk.office.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.office.NewStaff;
import com.counseldesk.office.Role;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "Who is at this PC?": a button per person; the keyboard and the mouse both go in. */
class LoginGuiTest extends GuiTest {

    @Test
    void theFirstNameHasTheFocusAndTheSpaceBarGoesIn() {
        start(typicalOffice());
        LoginPage login = new LoginPage(robot());
        login.expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师"));
        assertEquals(zh("login.question"), login.question());
        assertEquals("测试校区", login.officeName());

        MainPage main = login.pressSpace();

        Wait.forValue("current user", zh("main.user", "王芳", "前台"), main::currentUser);
    }

    @Test
    void theArrowsAndEnterGoInAsTheThirdPerson() {
        MainPage main = startAs(typicalOffice(), "李明");

        Wait.forValue("current user", zh("main.user", "李明", "咨询师"), main::currentUser);
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
