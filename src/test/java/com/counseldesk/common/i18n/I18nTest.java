package com.counseldesk.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Channel;
import org.junit.jupiter.api.Test;

class I18nTest {
    private final I18n zh = new I18n(I18n.CHINESE);
    private final I18n en = new I18n(I18n.ENGLISH);

    @Test
    void anEnumArgumentIsShownByItsLabel() {
        assertEquals("数据库：转介绍", zh.t("main.database", Channel.REFERRAL));
        assertEquals("Database: Referral", en.t("main.database", Channel.REFERRAL));
    }

    @Test
    void aMessageArgumentIsPutIntoWordsFirst() {
        assertEquals("Database: OK", en.t(new Msg("main.database", new Msg("dialog.confirm"))));
    }

    @Test
    void knowsWhichKeysItHas() {
        assertTrue(zh.has("channel.DIRECT"));
        assertFalse(zh.has("channel.NOTHING"));
    }
}
