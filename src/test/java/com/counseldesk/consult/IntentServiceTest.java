package com.counseldesk.consult;

import static com.counseldesk.consult.ConsultOffice.COUNSELOR;
import static com.counseldesk.consult.ConsultOffice.FRONT_DESK;
import static com.counseldesk.consult.ConsultOffice.MANAGER;
import static com.counseldesk.consult.ConsultOffice.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Change;
import com.counseldesk.family.Intent;
import com.counseldesk.family.SearchQuery;
import com.counseldesk.family.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intent levels at the service: their history, who may read and set them, the directory's filter;
 * and the family page's timeline and history of tags and intent, as each person reads them.
 */
class IntentServiceTest {
    @TempDir
    Path folder;
    private ConsultOffice o;
    private long liMings;

    @BeforeEach
    void open() {
        o = new ConsultOffice(folder);
        liMings = o.household("张子涵", COUNSELOR);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @Test
    void eachChangeOfAStudentsIntentIsInTheHouseholdsHistory() {
        long student = o.student(liMings);
        assertEquals(List.of(new StudentIntent(student, "张子涵", null)), o.intents.of(o.id(COUNSELOR), liMings));

        o.setIntent(COUNSELOR, liMings, Intent.CLASS1);
        o.office.clock.advance(Duration.ofDays(2));
        o.setIntent(MANAGER, liMings, Intent.CLEAR);
        o.setIntent(MANAGER, liMings, Intent.CLEAR);
        o.viewAs(COUNSELOR);

        assertEquals(List.of(new StudentIntent(student, "张子涵", Intent.CLEAR)), o.intents.of(o.id(COUNSELOR),
                liMings));
        List<Change> history = o.office.families.history(liMings).stream()
                .filter(c -> c.field().equals(IntentService.FIELD)).toList();
        assertEquals(List.of("CLASS1 → CLEAR " + MANAGER + " 2026-11-29T10:00",
                "null → CLASS1 " + COUNSELOR + " 2026-11-27T10:00"), history.stream()
                .map(c -> c.before() + " → " + c.after() + " " + c.staffName() + " " + c.at()).toList());
        assertEquals(List.of("student"), history.stream().map(Change::entity).distinct().toList());
    }

    @Test
    void anotherCounselorAndTheFrontDeskNeitherReadNorSetIt() {
        o.setIntent(COUNSELOR, liMings, Intent.UNCLEAR);

        for (String outsider : List.of(OTHER_COUNSELOR, FRONT_DESK)) {
            assertEquals(Access.REFUSED, assertThrows(ValidationException.class,
                    () -> o.intents.of(o.id(outsider), liMings)).messageKey());
            assertEquals(Access.REFUSED, assertThrows(ValidationException.class,
                    () -> o.setIntent(outsider, liMings, Intent.GAVE_UP)).messageKey());
        }
        assertEquals(Intent.UNCLEAR, o.intents.of(o.id(MANAGER), liMings).get(0).intent());
        assertEquals("error.required", assertThrows(ValidationException.class,
                () -> o.setIntent(COUNSELOR, liMings, null)).messageKey());
    }

    @Test
    void theTimelineListsEveryTagAndIntentChangeForThoseWhoReadTheRecords() {
        long suspicious = o.builtin(ClientType.SUSPICIOUS).id();
        o.tags.tag(o.id(COUNSELOR), liMings, suspicious);
        o.office.clock.advance(Duration.ofMinutes(10));
        o.setIntent(COUNSELOR, liMings, Intent.CLEAR);
        o.office.clock.advance(Duration.ofMinutes(10));
        o.tags.untag(o.id(MANAGER), liMings, suspicious);

        o.viewAs(COUNSELOR);
        List<TimelineEntry> timeline = o.office.families.timeline(liMings);
        assertEquals(List.of(
                "2026-11-27T10:20 timeline.clientTag timeline.clientTag.removed [SUSPICIOUS] " + MANAGER,
                "2026-11-27T10:10 timeline.intent timeline.intent.summary [张子涵, consult.intent.unset, CLEAR] "
                        + COUNSELOR,
                "2026-11-27T10:00 timeline.clientTag timeline.clientTag.added [SUSPICIOUS] " + COUNSELOR),
                timeline.stream().map(IntentServiceTest::line).toList());
        assertEquals(1, intentRows(), "the history has the intent change");

        for (String outsider : List.of(OTHER_COUNSELOR, FRONT_DESK)) {
            o.viewAs(outsider);
            assertEquals(List.of(), o.office.families.timeline(liMings), outsider);
            assertEquals(0, intentRows(), outsider + " does not see the intent in the history");
        }
        o.viewAs(null);
        assertEquals(List.of(), o.office.families.timeline(liMings));
    }

    @Test
    void searchFindsStudentsByIntentInTheHouseholdsTheSearcherReads() {
        long zhangWeis = o.household("李小龙", OTHER_COUNSELOR);
        long nobodys = o.household("王小明", null);
        o.household("赵小雨", COUNSELOR);
        o.setIntent(COUNSELOR, liMings, Intent.CLEAR);
        o.setIntent(OTHER_COUNSELOR, zhangWeis, Intent.CLEAR);
        o.setIntent(OTHER_COUNSELOR, nobodys, Intent.CLEAR);
        o.office.clock.advance(Duration.ofMinutes(1));

        SearchQuery clear = SearchQuery.all().withIntent(Intent.CLEAR, null);
        assertEquals(List.of("张子涵", "李小龙", "王小明"), sorted(o.directory.find(clear)), "a manager's search");
        assertEquals(List.of("张子涵", "王小明"), sorted(o.directory.find(
                SearchQuery.all().withIntent(Intent.CLEAR, o.id(COUNSELOR)))), "李明's own and nobody's");
        assertEquals(List.of("李小龙"), o.directory.find(SearchQuery.of("李").withIntent(Intent.CLEAR,
                o.id(OTHER_COUNSELOR))));
        assertEquals(List.of(), o.directory.find(SearchQuery.all().withIntent(Intent.GAVE_UP, null)));
    }

    private long intentRows() {
        return o.office.families.history(liMings).stream().filter(c -> c.field().equals(IntentService.FIELD)).count();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static String line(TimelineEntry e) {
        return e.at().toString().substring(0, 16) + " " + e.kind() + " " + e.summary().key() + " "
                + List.of(e.summary().args()).stream().map(a -> a instanceof com.counseldesk.common.i18n.Msg m
                        ? m.key() : String.valueOf(a)).toList() + " " + e.staffName();
    }

}
