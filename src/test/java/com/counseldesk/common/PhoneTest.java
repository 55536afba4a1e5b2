package com.counseldesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Mobiles as people type them
            13812345678                     | 13812345678      | 138 1234 5678
            138 1234 5678                   | 13812345678      | 138 1234 5678
            138-1234-5678                   | 13812345678      | 138 1234 5678
            138.1234.5678                   | 13812345678      | 138 1234 5678
            (138) 1234-5678                 | 13812345678      | 138 1234 5678
            '  139 1234 5678  '             | 13912345678      | 139 1234 5678
            +8613812345678                  | 13812345678      | 138 1234 5678
            +86 138 1234 5678               | 13812345678      | 138 1234 5678
            +86 138-1234-5678               | 13812345678      | 138 1234 5678
            +86-138-1234-5678               | 13812345678      | 138 1234 5678
            008613812345678                 | 13812345678      | 138 1234 5678
            0086 138 1234 5678              | 13812345678      | 138 1234 5678
            86 138 1234 5678                | 13812345678      | 138 1234 5678
            199 8765 4321                   | 19987654321      | 199 8765 4321
            # Full-width characters from a Chinese input method
            ＋８６ １３８ １２３４ ５６７８  | 13812345678      | 138 1234 5678
            ＋86 138 1234 5678              | 13812345678      | 138 1234 5678
            １３８１２３４５６７８          | 13812345678      | 138 1234 5678
            138－1234－5678                 | 13812345678      | 138 1234 5678
            138—1234—5678                   | 13812345678      | 138 1234 5678
            # Landlines with area codes
            010-62345678                    | 01062345678      | 010 6234 5678
            (010) 6234 5678                 | 01062345678      | 010 6234 5678
            （010）6234 5678                | 01062345678      | 010 6234 5678
            +86 10 6234 5678                | 01062345678      | 010 6234 5678
            (021) 6234 5678                 | 02162345678      | 021 6234 5678
            0755-8888 6666                  | 075588886666     | 0755 8888 6666
            0571 8765 4321                  | 057187654321     | 0571 8765 4321
            # Extensions
            0571 8765 4321 转 123           | 057187654321#123 | 0571 8765 4321 转 123
            0571 8765 4321 x123             | 057187654321#123 | 0571 8765 4321 转 123
            0571 8765 4321 ext 123          | 057187654321#123 | 0571 8765 4321 转 123
            0571-87654321 分机 123          | 057187654321#123 | 0571 8765 4321 转 123
            010-62345678 EXT. 8             | 01062345678#8    | 010 6234 5678 转 8
            0571-87654321-123               | 057187654321#123 | 0571 8765 4321 转 123
            # Service numbers
            4008123456                      | 4008123456       | 400 812 3456
            400-812-3456                    | 4008123456       | 400 812 3456
            # Other countries: E.164
            +852 9123 4567                  | +85291234567     | +852 9123 4567
            00852 9123 4567                 | +85291234567     | +852 9123 4567
            """)
    void acceptsWhatPeopleTypeAndStoresOneForm(String typed, String stored, String shown) {
        Phone phone = Phone.parse(typed);

        assertEquals(stored, phone.value());
        assertEquals(shown, phone.display());
        assertEquals(phone, Phone.parse(phone.value()), "the stored form parses to itself");
        assertTrue(Phone.isComplete(typed));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                           | error.required
            '   '                                        | error.required
            abc                                          | error.phone.letters
            电话                                         | error.phone.invalid
            --                                           | error.phone.invalid
            ++86                                         | error.phone.invalid
            0000000000                                   | error.phone.invalid
            99999999999                                  | error.phone.invalid
            1381234567                                   | error.phone.mobileLength
            138 1234 567                                 | error.phone.mobileLength
            138123456789                                 | error.phone.mobileLength
            +86 138 1234 567                             | error.phone.mobileLength
            １３８ １２３４ ５６７                       | error.phone.mobileLength
            62345678                                     | error.phone.areaCode
            6234 5678                                    | error.phone.areaCode
            021-6234567                                  | error.phone.invalid
            010-6234567                                  | error.phone.invalid
            400 812 345                                  | error.phone.invalid
            +852 9123 456                                | error.phone.invalid
            13812345678 转 1234567                       | error.phone.invalid
            13812345678138123456781381234567813812345678 | error.phone.invalid
            """)
    void refusesWhatIsNotANumberNamingTheReason(String typed, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> Phone.parse(typed));

        assertEquals(Phone.FIELD, e.field());
        assertEquals(key, e.messageKey());
        assertFalse(Phone.isComplete(typed));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused for its letters")
    @ValueSource(strings = {
        "138abcd5678",           // libphonenumber would read the keypad: 13822235678
        "1-800-FLOWERS",         // ... and 18003569377
        "1380013800O",           // a letter O for a zero
        "1380013800o",
        "l3812345678",           // a letter l for a one
        "138ａｂｃｄ5678",       // full-width letters of a Chinese input method
        "tel:13812345678",
        "13812345678 ext",       // an extension word without its digits
        "13812345678 x",
        "138x1234x5678",         // x only marks an extension at the end
        "13812345678 extension 12",
        "TEL 010-62345678 ext 12",
    })
    void lettersAreRefused(String typed) {
        ValidationException e = assertThrows(ValidationException.class, () -> Phone.parse(typed));

        assertEquals(Phone.FIELD, e.field());
        assertEquals("error.phone.letters", e.messageKey());
        assertFalse(Phone.isComplete(typed));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1} with base {2}, extension \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            13812345678 ext 12                 | 13812345678#12   | 13812345678  | 12  | 87654321831
            13812345678 ext. 12                | 13812345678#12   | 13812345678  | 12  | 87654321831
            13812345678 EXT 12                 | 13812345678#12   | 13812345678  | 12  | 87654321831
            13812345678 Ext 12                 | 13812345678#12   | 13812345678  | 12  | 87654321831
            13812345678x12                     | 13812345678#12   | 13812345678  | 12  | 87654321831
            13812345678 X 12                   | 13812345678#12   | 13812345678  | 12  | 87654321831
            13812345678 分机 12                | 13812345678#12   | 13812345678  | 12  | 87654321831
            010-62345678 转 123                | 01062345678#123  | 01062345678  | 123 | 87654326010
            010-62345678转123                  | 01062345678#123  | 01062345678  | 123 | 87654326010
            0571-87654321-123                  | 057187654321#123 | 057187654321 | 123 | 123456781750
            057187654321#123                   | 057187654321#123 | 057187654321 | 123 | 123456781750
            +852 9123 4567 ext 9               | +85291234567#9   | +85291234567 | 9   | 76543219258
            13812345678                        | 13812345678      | 13812345678  | ''  | 87654321831
            +852 9123 4567                     | +85291234567     | +85291234567 | ''  | 76543219258
            4008123456                         | 4008123456       | 4008123456   | ''  | 6543218004
            """)
    void anExtensionIsADetailOfTheBaseNumber(String typed, String stored, String base, String extension,
            String suffixKey) {
        Phone phone = Phone.parse(typed);

        assertEquals(stored, phone.value());
        assertEquals(base, phone.base().value());
        assertEquals(extension, phone.extension());
        assertEquals(suffixKey, phone.suffixKey());
        assertEquals("", phone.base().extension());
        assertEquals(phone.base(), Phone.parse(base), "the base is a phone of its own");
        assertEquals(suffixKey, phone.base().suffixKey(), "the extension is not part of the key");
    }

    @Test
    void theSuffixKeyStartsWithTheLastDigitsReversed() {
        String key = Phone.parse("138 1234 5678").suffixKey();

        assertTrue(key.startsWith(new StringBuilder("5678").reverse().toString()));
        assertEquals(Phone.parse("13812345678").suffixKey(), Phone.parse("+86 138-1234-5678").suffixKey());
    }

    @Test
    void aNumberWithoutExtensionIsItsOwnBase() {
        Phone phone = Phone.parse("13812345678");

        assertEquals(phone, phone.base());
        assertEquals("", phone.extension());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is an extension too long to be one")
    @ValueSource(strings = {"13812345678 ext 1234567", "13812345678 x 1234567", "13812345678#1234567"})
    void anExtensionHasAtMostSixDigitsInEverySpelling(String typed) {
        ValidationException e = assertThrows(ValidationException.class, () -> Phone.parse(typed));

        assertEquals("error.phone.invalid", e.messageKey());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is a service number")
    @ValueSource(strings = {
        "95588", "95555", "12315", "10086", "10010", "110", "120", "12345", "12306", "96158",
        "955 88", "+86 95588", "95588 转 1",
    })
    void shortServiceNumbersAreNotAParentsPhone(String typed) {
        ValidationException e = assertThrows(ValidationException.class, () -> Phone.parse(typed));

        assertEquals(Phone.FIELD, e.field());
        assertEquals("error.phone.service", e.messageKey());
        assertFalse(Phone.isComplete(typed));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused with {1}, not as a service number")
    @CsvSource(delimiter = '|', textBlock = """
            13812           | error.phone.mobileLength
            1381234         | error.phone.mobileLength
            12345678        | error.phone.mobileLength
            62345678        | error.phone.areaCode
            400 812 345     | error.phone.invalid
            """)
    void partlyTypedNumbersAreNotServiceNumbers(String typed, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> Phone.parse(typed));

        assertEquals(key, e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"400-812-3456", "800-810-8888"})
    void fourHundredAndEightHundredNumbersAreNotShort(String typed) {
        assertTrue(Phone.isComplete(typed));
    }

    @Test
    void tabsPastedFromASpreadsheetAreSpaces() {
        assertEquals("13812345678", Phone.parse("138\t1234\t5678").value());
    }

    @Test
    void nothingTypedIsRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> Phone.parse(null));

        assertEquals("error.required", e.messageKey());
        assertFalse(Phone.isComplete(null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aStoredFormIsNeverBlank(String value) {
        ValidationException e = assertThrows(ValidationException.class, () -> new Phone(value));

        assertEquals("error.required", e.messageKey());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" searches from \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            138                | 138
            138 1234           | 1381234
            138-1234-5         | 13812345
            +86 138-12         | 13812
            +86138             | 138
            0086 138           | 138
            010-6234           | 0106234
            (010) 62           | 01062
            0571 87            | 057187
            +86 571 87         | 057187
            +86 10 6234        | 0106234
            +852 9123          | +8529123
            00852 9123         | +8529123
            400-812            | 400812
            +86                | ''
            0086               | ''
            ''                 | ''
            """)
    void searchPrefixIsTheStartOfTheStoredForm(String typed, String prefix) {
        assertEquals(prefix, Phone.searchPrefix(typed));
    }

    @Test
    void searchPrefixOfNothingIsEmpty() {
        assertEquals("", Phone.searchPrefix(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+86 138 1234 5678", "010-6234 5678", "+86 10 6234 5678", "+852 9123 4567", "400-812-3456"})
    void theSearchPrefixOfACompleteNumberIsItsStoredForm(String typed) {
        assertEquals(Phone.parse(typed).value(), Phone.searchPrefix(typed));
    }
}
