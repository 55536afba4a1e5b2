package com.counseldesk.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Channel;
import java.util.stream.Stream;
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
    void listsAreJoinedAsEachLanguageListsThem() {
        assertEquals("高三、五年级", zh.list(Stream.of("高三", "五年级")));
        assertEquals("Grade 12, Grade 5", en.list(Stream.of("Grade 12", "Grade 5")));
        assertEquals("王芳（母亲）；张强（父亲）", zh.groups(Stream.of("王芳（母亲）", "张强（父亲）")));
        assertEquals("a, b; c", en.groups(Stream.of(en.list(Stream.of("a", "b")), "c")));
    }

    @Test
    void knowsWhichKeysItHas() {
        assertTrue(zh.has("channel.DIRECT"));
        assertFalse(zh.has("channel.NOTHING"));
    }
}
