package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The referral prompt (请客户转介绍) after signing: each family recommended is recorded as a new lead. */
public final class ReferralPage extends Page {
    public ReferralPage(FxRobot robot) {
        super(robot);
        node("referralForm");
        Wait.until("the family to be read", () -> !about().isEmpty() && !about().endsWith("…"));
        expectFocus("referralStudentField");
    }

    public String about() {
        return text("referralFormAbout");
    }

    /** Types a family (child, parent, phone) with Tab between the fields and Enter to record it. */
    public ReferralPage record(String child, String parent, String phone) {
        expectFocus("referralStudentField");
        typeText(child);
        tabTo("referralParentField");
        typeText(parent);
        tabTo("referralPhoneField");
        typeText(phone);
        pressEnter();
        Wait.until("the family recorded", () -> recorded().contains(child));
        return this;
    }

    /** "已记下：刘一鸣 139 8765 4321". */
    public String recorded() {
        return text("referralRecorded");
    }

    public void close() {
        press(KeyCode.ESCAPE);
        Wait.until("the referral prompt to close", () -> !isShown("referralForm"));
    }
}
