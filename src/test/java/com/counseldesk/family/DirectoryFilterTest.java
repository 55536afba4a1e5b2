package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filters: owner, stage, channel and the days of first contact, with a text and without. */
class DirectoryFilterTest {
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

    @Test
    void byOwner() {
        office.household("王一").owner(DirectoryOffice.COUNSELOR).create();
        office.household("王二").owner(DirectoryOffice.OTHER_COUNSELOR).create();
        office.household("王三").owner(null).create();
        long other = office.staffId(DirectoryOffice.OTHER_COUNSELOR);

        assertEquals(List.of("王二"), office.find(SearchQuery.of("王").withOwner(other)));
        assertEquals(List.of("王二"), office.find(SearchQuery.all().withOwner(other)));
    }

    @Test
    void byStageOfAnyOfTheStudents() {
        office.household("王一").stage(Stage.SIGNED).create();
        office.household("王二").stage(Stage.NEW).create();
        long both = office.household("王三").stage(Stage.LOST).create();
        office.db.inTransaction(h -> office.families.in(h).addStudent(both,
                new StudentDetails("王四", Gender.UNKNOWN, Grade.P3, ""), Stage.SIGNED, null));

        assertEquals(List.of("王一", "王三、王四"), sorted(office.find(SearchQuery.of("王").withStage(Stage.SIGNED))));
        assertEquals(List.of("王三、王四"), office.find(SearchQuery.all().withStage(Stage.LOST)));
        assertEquals(List.of(), office.find(SearchQuery.all().withStage(Stage.INVITED)));
    }

    @Test
    void byChannel() {
        office.household("王一").channel(Channel.REFERRAL).create();
        office.household("王二").channel(Channel.MARKETING).create();

        assertEquals(List.of("王二"), office.find(SearchQuery.of("wang").withChannel(Channel.MARKETING)));
        assertEquals(List.of("王一"), office.find(SearchQuery.all().withChannel(Channel.REFERRAL)));
    }

    @Test
    void byFirstContactDaysBothEndsIncluded() {
        office.household("十月末").firstContact(LocalDateTime.of(2026, 10, 31, 23, 59, 59)).create();
        office.household("十一月初").firstContact(LocalDateTime.of(2026, 11, 1, 0, 0)).create();
        office.household("十一月末").firstContact(LocalDateTime.of(2026, 11, 30, 23, 59, 59)).create();
        office.household("十二月初").firstContact(LocalDateTime.of(2026, 12, 1, 0, 0)).create();
        LocalDate first = LocalDate.of(2026, 11, 1);
        LocalDate last = LocalDate.of(2026, 11, 30);

        assertEquals(List.of("十一月初", "十一月末"), sorted(office.find(SearchQuery.all().withFirstContact(first, last))));
        assertEquals(List.of("十一月初", "十一月末", "十二月初"),
                sorted(office.find(SearchQuery.all().withFirstContact(first, null))));
        assertEquals(List.of("十一月初", "十一月末", "十月末"),
                sorted(office.find(SearchQuery.all().withFirstContact(null, last))));
        assertEquals(List.of("十一月初"), office.find(SearchQuery.of("十一月初").withFirstContact(first, first)));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedBesideTheEnd() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SearchQuery.all().withFirstContact(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));

        assertEquals(SearchQuery.FIRST_CONTACT_TO, e.field());
        assertEquals("error.search.dateOrder", e.messageKey());
    }

    @Test
    void filtersTogetherWithAPhone() {
        office.household("王一").contact("母", Relation.MOTHER, "13800001234").stage(Stage.SIGNED)
                .channel(Channel.DIRECT).create();
        office.household("王二").contact("母", Relation.MOTHER, "13900001234").stage(Stage.NEW)
                .channel(Channel.DIRECT).create();

        assertEquals(List.of("王二"), office.find(SearchQuery.of("1234").withStage(Stage.NEW)
                .withChannel(Channel.DIRECT).withOwner(office.staffId(DirectoryOffice.COUNSELOR))));
    }

    @Test
    void withoutTextTheFilteredHouseholdsComeNewestContactFirst() {
        office.household("从未").channel(Channel.DIRECT).create();
        office.household("较早").channel(Channel.DIRECT).lastContact(LocalDateTime.of(2026, 10, 1, 9, 0)).create();
        office.household("最近").channel(Channel.DIRECT).lastContact(LocalDateTime.of(2026, 11, 26, 9, 0)).create();
        office.household("别的").channel(Channel.PARTNER).lastContact(LocalDateTime.of(2026, 11, 27, 9, 0)).create();

        assertEquals(List.of("最近", "较早", "从未"), office.find(SearchQuery.all().withChannel(Channel.DIRECT)));
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
