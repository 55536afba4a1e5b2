package com.counseldesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.Directory;
import com.counseldesk.family.DirectoryPage;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.SearchQuery;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Find anyone on the 200,000-household office ({@link BenchOffice}): a part of a name, the last four
 * digits of a number, pinyin initials. Each kind is 500 texts drawn from the office
 * ({@link SearchQueries}); each text is timed as the search screen asks it (the first page of 50,
 * cards included, {@link Directory#search}) and as bare SQL over JDBC ({@link SearchFloor}), the
 * two taking turns at going first. Every page of the floor is checked against the directory's:
 * the same households in the same order, the same "more", the same rows on screen. After a warm-up
 * of 300 other texts of the kind both ways (the JIT, both connections' page caches), p50 and p95 of
 * each, in ms: {@code search_<kind>_p50}, {@code search_<kind>_floor_p95}.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBench {
    private static final int QUERIES = 500;
    private static final int WARM_UP = 300;

    private Database db;
    private Directory directory;
    private SearchFloor floor;
    private SearchQueries queries;

    /** One way of answering a text. */
    private interface Answer<T> {
        T page(String text) throws SQLException;
    }

    @BeforeAll
    void open() throws SQLException {
        db = BenchOffice.open();
        directory = new Directory(db, new FamilyService(db, Clock.systemDefaultZone()));
        floor = new SearchFloor(BenchOffice.file());
        queries = new SearchQueries(db, 13);
    }

    @AfterAll
    void close() throws SQLException {
        floor.close();
        directory.close();
        db.close();
    }

    @Test
    void byAPartOfAName() throws SQLException {
        measure("name_part", queries.nameParts(WARM_UP + QUERIES), floor::byName);
    }

    @Test
    void byTheLastFourDigits() throws SQLException {
        measure("last_four", queries.lastFourDigits(WARM_UP + QUERIES), floor::byDigits);
    }

    @Test
    void byPinyinInitials() throws SQLException {
        measure("initials", queries.initials(WARM_UP + QUERIES), floor::byName);
    }

    private void measure(String kind, List<String> texts, Answer<SearchFloor.Page> bare) throws SQLException {
        Answer<DirectoryPage> app = text -> directory.search(SearchQuery.of(text), Directory.PAGE, 0);
        for (String text : texts.subList(0, WARM_UP)) {
            app.page(text);
            bare.page(text);
        }
        long[] appNanos = new long[QUERIES];
        long[] bareNanos = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String text = texts.get(WARM_UP + i);
            DirectoryPage page;
            SearchFloor.Page floorPage;
            if (i % 2 == 0) {
                page = timed(app, text, appNanos, i);
                floorPage = timed(bare, text, bareNanos, i);
            } else {
                floorPage = timed(bare, text, bareNanos, i);
                page = timed(app, text, appNanos, i);
            }
            assertFalse(page.households().isEmpty(), text);
            assertEquals(page.households().stream().map(HouseholdCard::id).toList(), floorPage.ids(), text);
            assertEquals(page.more(), floorPage.more(), text);
            assertEquals(CardLine.of(page.households()), floorPage.lines(), text);
        }
        Figures.percentiles("search_" + kind, appNanos);
        Figures.percentiles("search_" + kind + "_floor", bareNanos);
    }

    private static <T> T timed(Answer<T> answer, String text, long[] nanos, int i) throws SQLException {
        long start = System.nanoTime();
        T page = answer.page(text);
        nanos[i] = System.nanoTime() - start;
        return page;
    }
}
