package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name or a range of numbers that many households share is read newest contact first through the
 * households' index, or sorted by SQLite, instead of being sorted in Java: every way gives the same
 * households in the same order, page by page, with filters and without.
 */
class DirectoryWalkTest {
    private static final String[] SURNAMES = {"张", "王", "曾"};
    private static final String[] GIVEN = {"小明", "浩然", "一诺", "明"};

    @TempDir
    static Path folder;
    private static DirectoryOffice office;
    private static Directory walking;
    private static Directory sortedBySqlite;

    @BeforeAll
    static void office() {
        office = new DirectoryOffice(folder);
        walking = new Directory(office.db, office.families, new NameMatches.Sizes(0, 0));
        sortedBySqlite = new Directory(office.db, office.families, new NameMatches.Sizes(0, 1_000_000));
        Random random = new Random(20261127);
        for (int i = 0; i < 60; i++) {
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            HouseholdBuilder b = office.household(surname + GIVEN[random.nextInt(GIVEN.length)])
                    .contact(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                            Relation.MOTHER, String.format("13%d%04d%04d", 5 + random.nextInt(4), i, 5678))
                    .owner(random.nextBoolean() ? DirectoryOffice.COUNSELOR : DirectoryOffice.OTHER_COUNSELOR)
                    .stage(random.nextBoolean() ? Stage.NEW : Stage.SIGNED);
            if (random.nextInt(5) > 0) {
                // Some share a last contact, so that the id decides between them.
                b.lastContact(LocalDateTime.of(2026, 11, 1, 9, 0).plusHours(random.nextInt(40)));
            }
            b.create();
        }
    }

    @AfterAll
    static void close() {
        walking.close();
        sortedBySqlite.close();
        office.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张", "王", "曾", "小明", "浩然", "明", "zxm", "z", "w", "xm", "zengyinuo", "5678",
        "1350", "00005678", "0001"})
    void theWalkGivesWhatTheSortGives(String text) {
        List<Long> sorted = office.directory.householdIds(SearchQuery.of(text), 60, 0);
        assertFalse(sorted.isEmpty(), text + " finds households");

        for (Directory other : List.of(walking, sortedBySqlite)) {
            assertEquals(sorted, other.householdIds(SearchQuery.of(text), 60, 0));
            for (int offset = 0; offset < 60; offset += 7) {
                assertEquals(other.householdIds(SearchQuery.of(text), 7, offset),
                        sorted.subList(Math.min(offset, sorted.size()), Math.min(offset + 7, sorted.size())));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"张", "小明", "z", "5678", "1350"})
    void withFilters(String text) {
        SearchQuery query = SearchQuery.of(text).withStage(Stage.SIGNED)
                .withOwner(office.staffId(DirectoryOffice.OTHER_COUNSELOR));

        assertEquals(office.directory.householdIds(query, 60, 0), walking.householdIds(query, 60, 0));
        assertEquals(office.directory.householdIds(query, 60, 0), sortedBySqlite.householdIds(query, 60, 0));
    }
}
