package com.counseldesk.family;

import com.counseldesk.common.db.Database;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    /** The most a caller may ask for at once. */
    public static final int MAX_LIMIT = 10_000;

    private final Database db;
    private final FamilyService families;
    private Handle reader;

    public Directory(Database db, FamilyService families) {
        this.db = db;
        this.families = families;
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

    @Override
    public synchronized void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    /** Runs on the directory's connection; after a failure the next search starts on a new one. */
    private <T> T read(Function<Handle, T> work) {
        if (reader == null) {
            reader = db.openHandle();
        }
        try {
            return work.apply(reader);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static List<Long> ids(Handle h, SearchQuery query, int limit, int offset) {
        DirectoryDao dao = new DirectoryDao(h);
        SearchFilters filters = new SearchFilters(query);
        SearchKey key = SearchKey.of(query.text());
        if (key.kind() == SearchKey.Kind.EVERYTHING) {
            return dao.everyone(filters, limit, offset);
        }
        Page page = new Page(offset, limit);
        if (key.kind() == SearchKey.Kind.NAME) {
            for (int weight = 1; weight <= SearchTerms.MAX_WEIGHT && !page.full(); weight++) {
                dao.nameMatches(weight, key.text(), filters, page::take);
            }
        } else if (key.kind() == SearchKey.Kind.PHONE) {
            dao.phoneExact(key.numberPrefix(), filters, page::take);
            if (!page.full()) {
                dao.phoneTail(key.suffixKey(), filters, page::take);
            }
            if (!page.full()) {
                dao.phoneStart(key.numberPrefix(), filters, page::take);
            }
            if (!page.full()) {
                dao.phoneAnywhere(key.digits(), filters, page::take);
            }
        }
        return page.ids();
    }

    private static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + ", offset " + offset);
        }
    }

    /** Collects distinct households in the order they come, skipping the first {@code offset}. */
    private static final class Page {
        private final Set<Long> seen = new LinkedHashSet<>();
        private final int offset;
        private final int wanted;

        Page(int offset, int limit) {
            this.offset = offset;
            this.wanted = offset + limit;
        }

        /** Takes a household (if new); false once the page is full. */
        boolean take(long id) {
            seen.add(id);
            return !full();
        }

        boolean full() {
            return seen.size() >= wanted;
        }

        List<Long> ids() {
            List<Long> all = new ArrayList<>(seen);
            return all.subList(Math.min(offset, all.size()), all.size());
        }
    }
}
