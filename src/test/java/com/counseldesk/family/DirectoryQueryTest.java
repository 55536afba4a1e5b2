package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What any text does to the directory (nothing harmful), and how it pages. */
class DirectoryQueryTest {
    @TempDir
    Path folder;
    private DirectoryOffice office;

    @BeforeEach
    void open() {
        office = new DirectoryOffice(folder);
        office.household("张小明").contact("王芳").lastContact(LocalDateTime.of(2026, 11, 20, 9, 0)).create();
        office.household("李雷").contact("韩梅").lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "'", "\\", "%%", "_%", "\\%", "张%", "张_", "%明", "' OR 1=1 --",
        "'; DROP TABLE household; --", "\" OR \"\"=\"", "*", "1%", "1381%", "张' OR '1'='1"})
    void wildcardsAndSqlAreTakenLiterallyAndFindNothingHere(String typed) {
        assertEquals(List.of(), office.find(typed));
        assertEquals(2, office.find("").size(), "the households are all still there");
    }

    @Test
    void aNameWithAWildcardCharacterIsFoundByItsLetters() {
        office.household("Anna_Lee").contact("100%").create();

        assertEquals(List.of("Anna_Lee"), office.find("annalee"));
        assertEquals(List.of(), office.find("anna_"));
    }

    @Test
    void aBlankTextListsEveryHouseholdNewestContactFirst() {
        office.household("韩梅梅").create();

        assertEquals(List.of("李雷", "张小明", "韩梅梅"), office.find(""));
        assertEquals(List.of("李雷", "张小明", "韩梅梅"), office.find("   "));
        assertEquals(List.of("李雷", "张小明", "韩梅梅"), office.find((String) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张", "a", "1", "%", "zxm "})
    void aLongTextIsHarmless(String unit) {
        String typed = unit.repeat(500 / unit.length());

        assertEquals(List.of(), office.find(typed));
    }

    @Test
    void pagesNeverHoldMoreThanTheLimitAndTogetherHoldEveryMatchOnce() {
        for (int i = 0; i < 7; i++) {
            office.household("王" + "一二三四五六七".charAt(i)).contact("王芳")
                    .lastContact(LocalDateTime.of(2026, 11, 1 + i, 9, 0)).create();
        }
        List<Long> all = office.directory.householdIds(SearchQuery.of("王"), 50, 0);
        assertEquals(8, all.size(), "seven students 王… and 张小明's mother 王芳");

        List<Long> paged = new ArrayList<>();
        DirectoryPage page = office.directory.search(SearchQuery.of("王"), 3, 0);
        while (true) {
            assertTrue(page.households().size() <= 3);
            page.households().forEach(c -> paged.add(c.id()));
            if (!page.more()) {
                break;
            }
            page = office.directory.search(SearchQuery.of("王"), 3, page.nextOffset());
        }
        assertEquals(all, paged);
    }

    @Test
    void thePageSaysWhetherMoreFollow() {
        assertTrue(office.directory.search(SearchQuery.all(), 1, 0).more());
        assertFalse(office.directory.search(SearchQuery.all(), 1, 1).more());
        assertFalse(office.directory.search(SearchQuery.all(), 2, 0).more());
        assertEquals(List.of(), office.directory.search(SearchQuery.all(), 5, 10).households());
    }

    @Test
    void theIdsAreThoseOfTheCardsInTheSameOrder() {
        assertEquals(office.directory.householdIds(SearchQuery.of("王"), 50, 0),
                office.directory.search(SearchQuery.of("王")).households().stream().map(HouseholdCard::id).toList());
    }

    @Test
    void aLimitOutsideOneToTheMostIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> office.directory.search(SearchQuery.all(), 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> office.directory.search(SearchQuery.all(), Directory.MAX_LIMIT + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> office.directory.search(SearchQuery.all(), 5, -1));
    }

    @Test
    void aChangeIsSeenByTheNextSearch() {
        assertEquals(List.of(), office.find("韩梅梅"));

        office.household("韩梅梅").create();

        assertEquals(List.of("韩梅梅"), office.find("韩梅梅"));
    }
}
