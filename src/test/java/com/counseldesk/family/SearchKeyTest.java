package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.family.SearchKey.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {
    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "5678|PHONE|5678",
        "138 1234-5678|PHONE|13812345678",
        "+86 138 1234|PHONE|1381234",
        "0086-138-1234|PHONE|1381234",
        "+852 9123|PHONE|+8529123",
        "(010) 6234|PHONE|0106234",
        "１３８１|PHONE|1381",
        "138|NAME|138",
        "张小明|NAME|张小明",
        "Zhang Xiao-Ming|NAME|zhangxiaoming",
        "1381a|NAME|1381a",
        "%|NAME|%"})
    void aTextIsAPhoneWithFourDigitsOrMoreElseAName(String typed, Kind kind, String text) {
        SearchKey key = SearchKey.of(typed);

        assertEquals(kind, key.kind());
        assertEquals(text, key.text());
    }

    @Test
    void blankAsksForEverythingAndNothingSearchableLeftForNothing() {
        assertEquals(Kind.EVERYTHING, SearchKey.of(" \t").kind());
        assertEquals(Kind.EVERYTHING, SearchKey.of(null).kind());
        assertEquals(Kind.NOTHING, SearchKey.of("'").kind());
        assertEquals(Kind.NOTHING, SearchKey.of(" - · ").kind());
    }

    @Test
    void thePhoneKeys() {
        SearchKey key = SearchKey.of("+852 9123 4567");

        assertEquals("+85291234567", key.numberPrefix());
        assertEquals("85291234567", key.digits());
        assertEquals("76543219258", key.suffixKey());
    }

    @Test
    void theLastDigitsAreTheDigitsAsTypedEvenWhenTheyStartWithNoughts() {
        SearchKey key = SearchKey.of("0001");

        assertEquals("0001", key.digits());
        assertEquals("1000", key.suffixKey());
    }

    @Test
    void aCountryCodeIsLeftOutOfTheStartButNotOfTheDigits() {
        SearchKey key = SearchKey.of("+86 138 1234");

        assertEquals("1381234", key.numberPrefix());
        assertEquals("861381234", key.digits());
    }
}
