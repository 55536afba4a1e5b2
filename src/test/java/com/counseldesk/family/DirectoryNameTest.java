package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding a household by a student's or a contact's name: characters, pinyin, initials, mixtures. */
class DirectoryNameTest {
    @TempDir
    Path folder;
    private DirectoryOffice office;

    @BeforeEach
    void open() {
        office = new DirectoryOffice(folder);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张", "张小", "张小明", "小明", "小", "明"})
    void anyPartOfAStudentsNameFindsTheHousehold(String typed) {
        office.household("张小明").create();
        office.household("李雷").create();

        assertEquals(List.of("张小明"), office.find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"王芳", "芳", "wangfang", "wf", "王f", "fang"})
    void aContactsNameFindsTheHousehold(String typed) {
        office.household("李雷").contact("王芳").create();
        office.household("韩梅梅").contact("李华").create();

        assertEquals(List.of("李雷"), office.find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangxiaoming", "zxm", "张xm", "zhangxm", "张xiaoming", "张小m", "xiaoming", "xm",
        "ZXM", "Zhang Xiaoming", "zhang'xiao'ming", "ｚｘｍ"})
    void pinyinInFullAsInitialsOrMixedWithCharacters(String typed) {
        office.household("张小明").create();
        office.household("李雷").create();

        assertEquals(List.of("张小明"), office.find(typed));
    }

    @ParameterizedTest(name = "{0}: {1} and {2}, not {3}")
    @CsvSource({
        "曾小贤, zengxiaoxian, zxx, cengxiaoxian",
        "单小明, shanxiaoming, sxm, danxiaoming",
        "解小明, xiexiaoming, xxm, jiexiaoming",
        "仇小明, qiuxiaoming, qxm, chouxiaoming",
        "区小明, ouxiaoming, oxm, quxiaoming",
        "朴小明, piaoxiaoming, pxm, puxiaoming",
        "查小明, zhaxiaoming, zxm, chaxiaoming",
        "盖小明, gexiaoming, gxm, gaixiaoming",
        "乐小明, yuexiaoming, yxm, lexiaoming",
        "覃小明, qinxiaoming, qxm, tanxiaoming",
        "缪小明, miaoxiaoming, mxm, mouxiaoming",
        "尉迟小明, yuchixiaoming, ycxm, weichixiaoming"})
    void aSurnameReadsAsASurname(String name, String fullPinyin, String initials, String otherReading) {
        office.household(name).create();
        office.household("李雷").create();

        assertEquals(List.of(name), office.find(fullPinyin));
        assertEquals(List.of(name), office.find(initials));
        assertEquals(List.of(), office.find(otherReading));
    }

    @Test
    void aNameWithACharacterBeyondTheBasicPlaneIsFoundByItsStart() {
        office.household("张\uD840\uDC00").create();

        assertEquals(List.of("张\uD840\uDC00"), office.find("张"));
        assertEquals(List.of("张\uD840\uDC00"), office.find("\uD840\uDC00"));
    }

    @Test
    void anExactNameComesBeforeALongerOneEvenWhenTheLongerWasContactedLater() {
        office.household("张小明明").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        office.household("张小明").lastContact(LocalDateTime.of(2026, 10, 1, 9, 0)).create();

        assertEquals(List.of("张小明", "张小明明"), office.find("张小明"));
    }

    @Test
    void aStudentsNameComesBeforeAParentsName() {
        office.household("李雷").contact("王芳").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        office.household("王芳").lastContact(LocalDateTime.of(2026, 10, 1, 9, 0)).create();

        assertEquals(List.of("王芳", "李雷"), office.find("王芳"));
    }

    @Test
    void theStartOfANameComesBeforeTheGivenNameAndThatBeforeAnyOtherPart() {
        office.household("张小明").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        office.household("李明").lastContact(LocalDateTime.of(2026, 11, 20, 9, 0)).create();
        office.household("明月").lastContact(LocalDateTime.of(2026, 10, 1, 9, 0)).create();

        assertEquals(List.of("明月", "李明", "张小明"), office.find("明"));
    }

    @Test
    void equalMatchesComeNewestContactFirstAndNeverContactedLast() {
        office.household("张小明").create();
        long older = office.household("张小明").lastContact(LocalDateTime.of(2026, 10, 1, 9, 0)).create();
        long newer = office.household("张小明").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();

        List<Long> ids = office.directory.householdIds(SearchQuery.of("zxm"), 10, 0);

        assertEquals(3, ids.size());
        assertEquals(List.of(newer, older), ids.subList(0, 2));
    }

    @Test
    void aHouseholdWithSeveralMatchingNamesComesOnce() {
        office.household("王一").student("王二").contact("王芳").create();

        assertEquals(List.of("王一、王二"), office.find("王"));
        assertEquals(List.of("王一、王二"), office.find("w"));
    }

    @Test
    void aRenamedStudentIsFoundByTheNewNameOnly() {
        long id = office.household("张小明").create();
        long student = office.families.card(id).orElseThrow().students().get(0).id();

        office.families.updateStudent(student, new StudentDetails("张晓明", Gender.MALE, Grade.J2, ""), null);

        assertEquals(List.of("张晓明"), office.find("张晓明"));
        assertEquals(List.of(), office.find("张小明"));
    }
}
