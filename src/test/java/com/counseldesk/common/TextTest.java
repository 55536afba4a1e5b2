package com.counseldesk.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    @ValueSource(strings = {"王\u0000芳", "王芳\u0007", "\u001b[31m王芳", "王\u007f芳"})
    void controlCharactersAreRefused(String value) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Text.optional("parentName", value, Text.NAME_MAX));

        assertEquals("parentName", e.field());
        assertEquals("error.controlChars", e.messageKey());
    }
}
