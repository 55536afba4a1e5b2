package com.counseldesk.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void trimsAndCollapsesInnerWhitespace() {
        assertEquals("实验 中学", Text.required("school", "  实验  中学 ", Text.SHORT_MAX));
        assertEquals("Anna Lena", Text.optional("parentName", "Anna\t\nLena", Text.NAME_MAX));
    }

    @Test
    void trimsTheIdeographicSpaceOfChineseInputMethods() {
        assertEquals("王芳", Text.required("staffName", "\u3000王芳\u3000", Text.NAME_MAX));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aRequiredValueCannotBeBlank(String value) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Text.required("studentName", value, Text.NAME_MAX));

        assertEquals("studentName", e.field());
        assertEquals("error.required", e.messageKey());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankOptionalValueBecomesEmpty(String value) {
        assertEquals("", Text.optional("school", value, Text.SHORT_MAX));
    }

    @Test
    void theLimitIsInclusiveAndTheMessageCarriesIt() {
        assertEquals("a".repeat(Text.NAME_MAX), Text.required("studentName", "a".repeat(Text.NAME_MAX), Text.NAME_MAX));

        ValidationException e = assertThrows(ValidationException.class,
                () -> Text.required("studentName", "a".repeat(Text.NAME_MAX + 1), Text.NAME_MAX));

        assertEquals("error.tooLong", e.messageKey());
        assertArrayEquals(new Object[] {Text.NAME_MAX}, e.args());
    }

    @Test
    void lengthIsCountedInCharactersNotJavaChars() {
        String rareHanzi = "\uD840\uDC00".repeat(Text.NAME_MAX); // U+20000, outside the BMP

        assertEquals(rareHanzi, Text.required("studentName", rareHanzi, Text.NAME_MAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"王\u0000芳", "王芳\u0007", "\u001b[31m王芳", "王\u007f芳", "王\u001c芳", "王\u0085芳"})
    void controlCharactersAreRefused(String value) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Text.optional("parentName", value, Text.NAME_MAX));

        assertEquals("parentName", e.field());
        assertEquals("error.controlChars", e.messageKey());
    }

    /** Characters that show as a space. */
    static IntStream spaceLike() {
        return IntStream.of(0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029, 0x1680);
    }

    /** Characters that show as nothing (or as a blank box in some fonts). */
    static IntStream invisible() {
        return IntStream.of(0x200B, 0x200C, 0x200D, 0x3164, 0x2800, 0xFEFF, 0x115F, 0x1160, 0xFFA0,
                0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                0x180E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x034F, 0x00AD);
    }

    static IntStream blankLooking() {
        return IntStream.concat(spaceLike(), invisible());
    }

    private static String s(int codePoint) {
        return Character.toString(codePoint);
    }

    @ParameterizedTest(name = "[{index}] U+{0}")
    @MethodSource("blankLooking")
    void aRequiredValueOfBlankLookingCharactersIsRequired(int codePoint) {
        String c = s(codePoint);
        for (String value : new String[] {c, c.repeat(3), " " + c + " ", c + "\t" + c, "\u3000" + c + "\u00A0"}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Text.required("studentName", value, Text.NAME_MAX), value);

            assertEquals("studentName", e.field());
            assertEquals("error.required", e.messageKey());
            assertEquals("", Text.optional("school", value, Text.SHORT_MAX));
        }
    }

    @ParameterizedTest(name = "[{index}] U+{0}")
    @MethodSource("invisible")
    void anInvisibleCharacterInsideANameIsRemoved(int codePoint) {
        String c = s(codePoint);

        assertEquals("张三", Text.required("studentName", "张" + c + "三", Text.NAME_MAX));
        assertEquals("张三", Text.required("studentName", c + "张三" + c, Text.NAME_MAX));
        assertEquals("Anna Lena", Text.optional("parentName", "Anna " + c + " Lena", Text.NAME_MAX));
        assertEquals("Anna Lena", Text.optional("parentName", "Anna" + c + " " + c + "Lena", Text.NAME_MAX));
    }

    @ParameterizedTest(name = "[{index}] U+{0}")
    @MethodSource("spaceLike")
    void everyKindOfSpaceIsOneAsciiSpace(int codePoint) {
        String c = s(codePoint);

        assertEquals("王 芳", Text.required("staffName", c + "王" + c + c + "芳" + c, Text.NAME_MAX));
        assertEquals("王 芳", Text.required("staffName", "王 " + c + "\t芳", Text.NAME_MAX));
    }

    @Test
    void namesThatLookAlikeCompareAlike() {
        assertEquals(Text.required("studentName", "张三", Text.NAME_MAX),
                Text.required("studentName", "张\u200B三", Text.NAME_MAX));
        assertEquals(Text.required("studentName", "张三", Text.NAME_MAX),
                Text.required("studentName", "\u202E张\u2060三\uFEFF", Text.NAME_MAX));
    }

    @Test
    void anInvisibleCharacterDoesNotCountTowardsTheLimit() {
        String name = "欧".repeat(Text.NAME_MAX);

        assertEquals(name, Text.required("studentName", name.replace("欧", "欧\u200B"), Text.NAME_MAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD840", "\uDC00", "王\uD840芳", "王芳\uDC00", "\uDC00\uD840", "\uD840\uD840\uDC00",
        " \uD840 "})
    void aLoneSurrogateIsRefused(String value) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Text.required("parentName", value, Text.NAME_MAX));
        assertEquals("parentName", e.field());
        assertEquals("error.text.invalidChars", e.messageKey());

        ValidationException optional = assertThrows(ValidationException.class,
                () -> Text.optional("school", value, Text.SHORT_MAX));
        assertEquals("school", optional.field());
        assertEquals("error.text.invalidChars", optional.messageKey());
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Jos\u0065\u0301         | Jos\u00e9     | e + combining acute
            Zo\u0065\u0308          | Zo\u00eb      | e + combining diaeresis
            M\u0075\u0308ller       | M\u00fcller   | u + combining diaeresis
            \u1100\u1161\u11a8         | \uac01         | Korean jamo compose to one syllable
            \u0065\u200B\u0301         | \u00e9          | an invisible character between a letter and its accent
            \u0065\u034F\u0301         | \u00e9          | a grapheme joiner between a letter and its accent
            """)
    void textIsInNormalFormC(String typed, String expected, String what) {
        assertEquals(expected, Text.required("studentName", typed, Text.NAME_MAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "欧阳娜娜", "José Müller", "Zoë", "ئەخمەتجان", "김민준", "Αλέξανδρος", "Мария",
        "أحمد", "राम", "O'Brien", "Nguyễn Văn An", "\uD840\uDC00明"})
    void everyScriptIsAccepted(String name) {
        assertEquals(name, Text.required("studentName", name, Text.NAME_MAX));
    }
}
