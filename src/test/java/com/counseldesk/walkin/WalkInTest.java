package com.counseldesk.walkin;

import static com.counseldesk.testutil.WalkInBuilder.aWalkIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.testutil.WalkInBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WalkInTest {
    private static final long COUNSELOR = 3;

    private static WalkInBuilder valid() {
        return aWalkIn().counselor(COUNSELOR);
    }

    private static void assertRefused(WalkInBuilder walkIn, String field, String key) {
        ValidationException e = assertThrows(ValidationException.class, walkIn::build);
        assertEquals(field, e.field(), "field");
        assertEquals(key, e.messageKey(), "message key");
    }

    @Test
    void aTypicalWalkInKeepsWhatWasTyped() {
        WalkIn w = valid().build();

        assertEquals("张子涵", w.student().name());
        assertEquals(new Phone("13812345678"), w.phone());
        assertEquals(Channel.DIRECT, w.channel());
        assertEquals(COUNSELOR, w.counselorId());
        assertNull(w.referrerHouseholdId());
        assertNull(w.studentId(), "a child not on record yet");
        assertNull(w.attachTo(), "a new number is a household of its own unless the desk says otherwise");
        assertEquals(List.of(), w.alsoCame());
    }

    @Test
    void aChildOnRecordAndTheBrothersAndSistersWhoCameAreKept() {
        WalkIn w = valid().child(7).alsoCame(8, 9).attachTo(3).build();

        assertEquals(7L, w.studentId());
        assertEquals(List.of(8L, 9L), w.alsoCame());
        assertEquals(3L, w.attachTo());
    }

    @Test
    void textIsTrimmed() {
        WalkIn w = valid().student("  张子涵 ").school(" 实验  中学 ").parent("\t王丽\n").whoCame(" 母亲 ").purpose(" 数学 ")
                .build();

        assertEquals("张子涵", w.student().name());
        assertEquals("实验 中学", w.student().school());
        assertEquals("王丽", w.parent().name());
        assertEquals("母亲", w.whoCame());
        assertEquals("数学", w.purpose());
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        WalkIn w = valid().school(null).parent(null).whoCame(null).purpose(null).gender(null).grade(null).relation(null)
                .build();

        assertEquals("", w.student().school());
        assertEquals("", w.parent().name());
        assertEquals(Gender.UNKNOWN, w.student().gender());
        assertEquals(Grade.UNKNOWN, w.student().grade());
        assertEquals(Relation.UNKNOWN, w.parent().relation());
        assertEquals("", w.whoCame());
        assertEquals("", w.purpose());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna-Lena O'Brien", "欧阳娜娜", "Мария", "Nguyễn Thị Minh Khai", "محمد", "김민준", "王 Anna", "李"})
    void namesOfAnyScriptAreAccepted(String name) {
        WalkIn w = valid().student(name).parent(name).build();

        assertEquals(name, w.student().name());
        assertEquals(name, w.parent().name());
    }

    @Test
    void theStudentIsRequired() {
        assertRefused(valid().student("   "), "studentName", "error.required");
    }

    @Test
    void overLongNamesAreRefused() {
        String name = "欧".repeat(Text.NAME_MAX + 1);

        assertRefused(valid().student(name), "studentName", "error.tooLong");
        assertRefused(valid().parent(name), "parentName", "error.tooLong");
        assertEquals(Text.NAME_MAX, valid().student("欧".repeat(Text.NAME_MAX)).build().student().name().length());
    }

    @Test
    void overLongTextNamesItsFieldAndLimit() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> valid().purpose("补".repeat(Text.LONG_MAX + 1)).build());

        assertEquals("purpose", e.field());
        assertArrayEquals(new Object[] {Text.LONG_MAX}, e.args());
        assertRefused(valid().school("校".repeat(Text.SHORT_MAX + 1)), "school", "error.tooLong");
        assertRefused(valid().whoCame("人".repeat(Text.SHORT_MAX + 1)), "whoCame", "error.tooLong");
    }

    @Test
    void controlCharactersInANameAreRefused() {
        assertRefused(valid().student("张子\u0000涵"), "studentName", "error.controlChars");
    }

    @Test
    void thePhoneIsRequired() {
        assertRefused(valid().phone(null), "phone", "error.required");
    }

    @Test
    void theChannelIsRequired() {
        assertRefused(valid().channel(null), "channel", "error.required");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"INBOUND_CALL", "COLD_CALL"})
    void aChannelThatIsNoVisitIsRefused(Channel channel) {
        assertRefused(valid().channel(channel), "channel", "error.channel.notWalkIn");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"INVITED", "MARKETING", "DIRECT", "PARTNER"})
    void everyVisitChannelIsAccepted(Channel channel) {
        assertEquals(channel, valid().channel(channel).build().channel());
    }

    @Test
    void aReferralNeedsItsReferrer() {
        assertRefused(valid().channel(Channel.REFERRAL), "referrer", "error.referrer.required");

        WalkIn w = valid().referredBy(42).build();
        assertEquals(Channel.REFERRAL, w.channel());
        assertEquals(42L, w.referrerHouseholdId());
    }

    @Test
    void aReferrerIsDroppedWhenTheChannelIsNoReferral() {
        WalkIn w = valid().referredBy(42).channel(Channel.MARKETING).build();

        assertNull(w.referrerHouseholdId());
    }

    @Test
    void theCounselorIsRequired() {
        assertRefused(valid().noCounselor(), "counselor", "error.required");
    }
}
