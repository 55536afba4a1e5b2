package com.counseldesk.common.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing to choose in a list: which labels start with what was typed, and which item a key chooses. */
class TypeAheadTest {
    private static final List<String> GRADES = List.of("未填", "幼儿园", "一年级", "二年级", "三年级", "四年级",
            "五年级", "六年级", "初一", "初二", "初三", "高一", "高二", "高三", "其他");
    private static final List<String> GRADES_EN = List.of("Not given", "Kindergarten", "Grade 1", "Grade 2",
            "Grade 3", "Grade 4", "Grade 5", "Grade 6", "Grade 7", "Grade 8", "Grade 9", "Grade 10", "Grade 11",
            "Grade 12", "Other");
    private static final int J1 = 8;
    private static final int J2 = 9;
    private static final int J3 = 10;
    private static final int S1 = 11;

    @ParameterizedTest
    @CsvSource({
        "初二, ce", "初二, CE", "初二, chue", "初二, chuer", "初二, 初", "初二, 初二", "初二, 初e", "初二, ｃｅ",
        "高一, gy", "高一, gaoyi", "幼儿园, yey",
        "李明 · 咨询师, lm", "李明 · 咨询师, liming", "李明 · 咨询师, lmzxs", "李明 · 咨询师, 李明咨",
        "曾小贤, zxx", "曾小贤, cxx",
        "爷爷/外公, yywg",
        "Grade 8, gr", "Grade 8, GRADE8", "Grade 8, grade 8", "Grade 8, g8", "Grade 12, g12", "Walked in directly, wid",
    })
    void aLabelStartsWithItsTextItsPinyinOrItsInitials(String label, String typed) {
        assertTrue(TypeAhead.matches(label, typed), label + " / " + typed);
    }

    @ParameterizedTest
    @CsvSource({
        "初二, ci", "初二, ec", "初二, chuy", "高一, yi", "李明 · 咨询师, zx", "李明 · 咨询师, 明",
        "Grade 8, 8", "Grade 8, rade", "Grade 8, g9",
    })
    void notFromTheMiddle(String label, String typed) {
        assertFalse(TypeAhead.matches(label, typed), label + " / " + typed);
    }

    @Test
    void nothingTypedMatchesNothing() {
        assertFalse(TypeAhead.matches("初二", ""));
        assertFalse(TypeAhead.matches("初二", " · "));
        assertFalse(TypeAhead.matches("", "c"));
    }

    @Test
    void theFirstItemThatStartsWithThePrefixIsChosen() {
        TypeAhead.Choice c = TypeAhead.next(GRADES, -1, "", "c");
        assertEquals(new TypeAhead.Choice(J1, "c"), c);
        assertEquals(new TypeAhead.Choice(J2, "ce"), TypeAhead.next(GRADES, J1, "c", "e"));
        assertEquals(new TypeAhead.Choice(S1, "g"), TypeAhead.next(GRADES, 0, "", "g"));
        assertEquals(new TypeAhead.Choice(9, "g8"), TypeAhead.next(GRADES_EN, 2, "g", "8"));
        assertEquals(new TypeAhead.Choice(13, "g12"), TypeAhead.next(GRADES_EN, 2, "g1", "2"));
    }

    @Test
    void theChosenItemStaysWhileItStillStartsWithWhatIsTyped() {
        assertEquals(new TypeAhead.Choice(J3, "ch"), TypeAhead.next(GRADES, J3, "c", "h"));
    }

    @Test
    void oneLetterAgainGoesRoundTheItemsThatStartWithIt() {
        assertEquals(new TypeAhead.Choice(J2, "c"), TypeAhead.next(GRADES, J1, "c", "c"));
        assertEquals(new TypeAhead.Choice(J3, "c"), TypeAhead.next(GRADES, J2, "c", "c"));
        assertEquals(new TypeAhead.Choice(J1, "c"), TypeAhead.next(GRADES, J3, "c", "c"));
        assertEquals(new TypeAhead.Choice(J3, "c"), TypeAhead.next(GRADES, J2, "", "c"),
                "a new prefix on an item that starts with it goes on to the next");
    }

    @Test
    void aKeyThatFitsNoItemAfterThePrefixStartsANewOne() {
        assertEquals(new TypeAhead.Choice(S1, "g"), TypeAhead.next(GRADES, J2, "ce", "g"));
    }

    @Test
    void aKeyThatFitsNoItemLeavesTheChoice() {
        assertEquals(new TypeAhead.Choice(-1, ""), TypeAhead.next(GRADES, J2, "", "x"));
        assertEquals(new TypeAhead.Choice(-1, ""), TypeAhead.next(List.of(), -1, "", "c"));
    }

    @Test
    void keysTypedWithinThePauseMakeOnePrefix() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        TypeAhead typing = new TypeAhead(now::get);

        assertEquals(J1, typing.type(GRADES, -1, "c"));
        now.addAndGet(millis(TypeAhead.PAUSE_MILLIS - 100));
        assertEquals(J2, typing.type(GRADES, J1, "e"));
        now.addAndGet(millis(TypeAhead.PAUSE_MILLIS - 100));
        assertEquals(J2, typing.type(GRADES, J2, "r"), "the pause counts from the last key: c-e-r is one prefix");
    }

    @Test
    void aPauseStartsANewPrefix() {
        AtomicLong now = new AtomicLong(0);
        TypeAhead typing = new TypeAhead(now::get);

        assertEquals(J1, typing.type(GRADES, -1, "c"));
        now.addAndGet(millis(TypeAhead.PAUSE_MILLIS + 1));
        assertEquals(3, typing.type(GRADES, J1, "e"), "e alone: 二年级");
    }

    private static long millis(long ms) {
        return ms * 1_000_000;
    }
}
