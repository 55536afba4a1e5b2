package com.counseldesk.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.family.Channel;
import com.counseldesk.walkin.VisitStatus;
import org.junit.jupiter.api.Test;

class I18nArgumentsTest {
    private final I18n zh = new I18n(I18n.CHINESE);
    private final I18n en = new I18n(I18n.ENGLISH);

    @Test
    void aMessageNamedInAMessageIsPutIntoWordsInTheSameLanguage() {
        Msg status = new Msg("walkin.fixField", new Msg("walkin.channel"));

        assertEquals("请先改正“来源渠道”", zh.t(status));
        assertEquals("Please correct \"Channel\"", en.t(status));
    }

    @Test
    void messagesNestDeeperThanOneLevel() {
        Msg inner = new Msg("family.owner.inactive", "李明");

        assertEquals("张子涵（李明（已停用））", zh.t(new Msg("family.student.line", "张子涵", inner)));
    }

    @Test
    void anEnumArgumentIsShownByItsLabel() {
        Msg summary = new Msg("timeline.visit.summary", "张子涵", Channel.INVITED, "李明", "数学提分");

        assertEquals("张子涵 来访 · 邀约上访 · 咨询师 李明 · 数学提分", zh.t(summary));
        assertEquals("张子涵 visited · Invited visit · counselor 李明 · 数学提分", en.t(summary));
        assertEquals("数据库：已作废", zh.t("main.database", VisitStatus.VOID));
        assertEquals("Database: Void", en.t("main.database", VisitStatus.VOID));
    }

    @Test
    void textAndNumbersAreFilledInAsGiven() {
        assertEquals("已登记新客户，归属 李明", zh.t("walkin.saved.new", "李明"));
        assertEquals("Today's visitors (12)", en.t("today.title", 12));
    }

    @Test
    void aMissingKeyShowsItselfAndAnAbsentMessageIsEmpty() {
        assertEquals("!walkin.noSuchKey!", zh.t("walkin.noSuchKey"));
        assertEquals("请先改正“!walkin.noSuchField!”", zh.t(new Msg("walkin.fixField", new Msg("walkin.noSuchField"))));
        assertEquals("", zh.t((Msg) null));
    }
}
