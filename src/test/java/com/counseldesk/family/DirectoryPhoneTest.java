package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.common.Phone;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding a household by four or more digits of one of its phones: the last ones, the first ones, any. */
class DirectoryPhoneTest {
    @TempDir
    Path folder;
    private DirectoryOffice office;

    @BeforeEach
    void open() {
        office = new DirectoryOffice(folder);
        office.household("张小明").contact("王芳", Relation.MOTHER, "138 1234 5678").create();
        office.household("李雷").contact("韩梅", Relation.MOTHER, "010-6234-9999").create();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5678", "45678", "2345678", "1381", "138 1234", "138-1234-5678", "13812345678",
        "+86 138 1234 5678", "0086 13812345678", "(138) 1234 5678", "１３８１２３４５６７８", "2345", "81234"})
    void fourOrMoreDigitsFromTheEndTheStartOrTheMiddle(String typed) {
        assertEquals(List.of("张小明"), office.find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999", "010 6234", "01062349999", "6234", "+86 10 6234 9999"})
    void aLandlineByItsAreaCodeItsNumberOrItsLastDigits(String typed) {
        assertEquals(List.of("李雷"), office.find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8765", "5679", "13812345679", "99990"})
    void digitsNoNumberHasFindNothing(String typed) {
        assertEquals(List.of(), office.find(typed));
    }

    @Test
    void fewerThanFourDigitsFindNoPhone() {
        assertEquals(List.of(), office.find("678"));
    }

    @Test
    void lastDigitsStartingWithNoughts() {
        office.household("韩梅梅").phone("13900000001").create();

        assertEquals(List.of("韩梅梅"), office.find("0001"));
        assertEquals(List.of("韩梅梅"), office.find("0000 0001"));
    }

    @Test
    void aSecondContactsNumberFindsTheHousehold() {
        office.household("韩梅梅").contact("韩妈妈", Relation.MOTHER, "13900001111")
                .contact("韩爸爸", Relation.FATHER, "13700002222").create();

        assertEquals(List.of("韩梅梅"), office.find("2222"));
    }

    @Test
    void aRemovedNumberNoLongerFindsTheHousehold() {
        long id = office.household("韩梅梅").contact("韩妈妈", Relation.MOTHER, "13900001111")
                .contact("韩爸爸", Relation.FATHER, "13700002222").create();
        long phoneId = office.families.card(id).orElseThrow().contacts().stream()
                .flatMap(c -> c.phones().stream()).filter(p -> p.phone().equals(Phone.parse("13700002222")))
                .findFirst().orElseThrow().id();

        office.families.removePhone(phoneId, null);

        assertEquals(List.of(), office.find("2222"));
        assertEquals(List.of("韩梅梅"), office.find("1111"));
    }

    @Test
    void theLastDigitsComeFirstThenTheFirstThenTheMiddle() {
        office.household("中间").phone("15013812222").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        office.household("开头").phone("13813810000").lastContact(LocalDateTime.of(2026, 11, 20, 9, 0)).create();
        office.household("结尾").phone("13900001381").lastContact(LocalDateTime.of(2026, 10, 1, 9, 0)).create();

        assertEquals(List.of("结尾", "开头", "张小明", "中间"), office.find("1381"));
    }

    @Test
    void theWholeNumberComesFirst() {
        office.household("同尾").phone("+49 30 13812345678").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();

        assertEquals(List.of("张小明", "同尾"), office.find("13812345678"));
    }

    @Test
    void aNumberOfAnotherCountryByItsStartOrItsEnd() {
        office.household("香港").phone("+852 9876 0123").create();

        assertEquals(List.of("香港"), office.find("+852 9876"));
        assertEquals(List.of("香港"), office.find("0123"));
        assertEquals(List.of("香港"), office.find("00852 98760123"));
    }
}
