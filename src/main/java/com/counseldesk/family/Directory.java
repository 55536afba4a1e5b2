package com.counseldesk.family;

import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.KeptHandle;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Find anyone: households by a student's or contact's name (any part, pinyin, initials, mixed) or by
 * four or more digits of a phone, with filters, best matches first and a page at a time.
 *
 * <p>The order of a name search: the household's best term weight (a name's start before its given
 * name before any other part; a student's name before a contact's), then the matched term in text
 * order (so an exact match comes first, and households of the same name stand together), then the
 * most recent contact. A phone search: the whole number, then numbers ending with the digits (尾号),
 * then numbers starting with them, then numbers with them anywhere; each newest contact first. A
 * blank text lists the households that pass the filters, newest contact first.
 *
 * <p>Only the households of the page (and one more, to know whether there are more) are read into
 * memory; a page further on walks past the ones before it.
 *
 * <p>The directory keeps one connection of its own for reading, opened at the first search: a
 * connection per search would spend more on opening the file and on filling an empty page cache
 * than the search itself takes (on 200,000 households about 5 ms against well under 1 ms). Close
 * the directory before the database.
 */
public final class Directory implements AutoCloseable {
    /** The page the screens ask for. */
    public static final int PAGE = 50;
    /** How many households' cards an export reads at once. */
    static final int EXPORT_BATCH = 500;
    /** The most a caller may ask for at once. */
    public static final int MAX_LIMIT = 10_000;
    /**
     * The page cache of the directory's connection to an SQLite file, in KiB: room for the households' rows (15 MB on
     * 200,000), which every search joins; with SQLite's default 2 MB a search of 1,000 terms took 3 ms
     * instead of under 2.
     */
    private static final int CACHE_KIB = 16 * 1024;
    private final Database db;
    private final FamilyService families;
    private final NameMatches.Sizes sizes;
    private final KeptHandle reader;

    public Directory(Database db, FamilyService families) {
        this(db, families, NameMatches.Sizes.DEFAULT);
    }

    /**
     * For tests: {@code sizes} (0, 0) reads every match through the last-contact index; (0, large)
     * has SQLite sort every term's households. Matches of one range of numbers beyond
     * {@code sizes.sortAtMost()} are read newest first by index, not sorted.
     */
    Directory(Database db, FamilyService families, NameMatches.Sizes sizes) {
        this.db = db;
        this.families = families;
        this.sizes = sizes;
        this.reader = new KeptHandle(db, CACHE_KIB);
    }

    /** The households from {@code offset} on, at most {@code limit} of them, as cards. */
    public synchronized DirectoryPage search(SearchQuery query, int limit, int offset) {
        check(limit, offset);
        return read(h -> {
            List<Long> ids = ids(h, query, limit + 1, offset);
            boolean more = ids.size() > limit;
            List<HouseholdCard> cards = families.in(h).cards(more ? ids.subList(0, limit) : ids);
            return new DirectoryPage(cards, offset, more);
        });
    }

    /** The first page. */
    public DirectoryPage search(SearchQuery query) {
        return search(query, PAGE, 0);
    }

    /** The ids of the households {@link #search} would show, in the same order (for tools and benchmarks). */
    public synchronized List<Long> householdIds(SearchQuery query, int limit, int offset) {
        check(limit, offset);
        return read(h -> ids(h, query, limit, offset));
    }

    /** Where the households of an export go: how many there are, then their cards a batch at a time. */
    public interface Matches {
        void count(int households);

        void cards(List<HouseholdCard> batch);
    }

    /**
     * Every household {@code query} finds, not a page: in the order {@link #search} lists them, their
     * number first, then their cards a batch at a time (for an export). All of it is read in one
     * transaction on a connection of its own, not the directory's, so that searching goes on meanwhile;
     * {@code found} may stop it by throwing (a cancelled export).
     */
    public void everyMatch(SearchQuery query, Matches found) {
        db.read(h -> h.inTransaction(tx -> {
            List<Long> ids = ids(tx, query, Integer.MAX_VALUE, 0);
            found.count(ids.size());
            Households households = families.in(tx);
            for (int from = 0; from < ids.size(); from += EXPORT_BATCH) {
                found.cards(households.cards(ids.subList(from, Math.min(ids.size(), from + EXPORT_BATCH))));
            }
            return null;
        }));
    }

    @Override
    public synchronized void close() {
        reader.close();
    }

    /** Runs on the directory's connection; after a failure the next search starts on a new one. */
    private <T> T read(Function<Handle, T> work) {
        return reader.read(work);
    }

    private List<Long> ids(Handle h, SearchQuery query, int limit, int offset) {
        DirectoryDao dao = new DirectoryDao(h, db.isSqlite());
        SearchFilters filters = new SearchFilters(query);
        SearchKey key = SearchKey.of(query.text());
        if (key.kind() == SearchKey.Kind.EVERYTHING) {
            return dao.everyone(filters, limit, offset);
        }
        MatchPage page = new MatchPage(offset, limit);
        if (key.kind() == SearchKey.Kind.NAME) {
            new NameMatches(dao, sizes).find(key.text(), filters, page);
        } else if (key.kind() == SearchKey.Kind.PHONE) {
            phones(dao, key, filters, page);
        }
        return page.ids();
    }

    /** The whole number, then numbers ending with the digits (尾号), then starting with them, then with them anywhere. */
    private void phones(DirectoryDao dao, SearchKey key, SearchFilters filters, MatchPage page) {
        dao.phoneExact(key.numberPrefix(), filters, page::take);
        if (!page.full()) {
            dao.phoneTail(key.suffixKey(), filters, sizes.sortAtMost(), page::take);
        }
        if (!page.full()) {
            dao.phoneStart(key.numberPrefix(), filters, sizes.sortAtMost(), page::take);
        }
        if (!page.full()) {
            dao.phoneAnywhere(key.digits(), filters, page::take);
        }
    }

    private static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + ", offset " + offset);
        }
    }
}
