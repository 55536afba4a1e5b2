package com.counseldesk.sample;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A bulk load without the search indexes of V4 in its way: the index {@code search_term_rank} and
 * the triggers that copy every new phone number into the trigram index {@code phone_digits} are
 * dropped, the load runs, and then the trigram index is rebuilt from the phone table and the index
 * and triggers are made again from the very statements the schema held (read from
 * {@code sqlite_master}, so they cannot drift from the migration). Kept up row by row, the two
 * doubled the time 200,000 sample households take; made once at the end, they cost a few seconds.
 * Run it inside the load's transaction: a load that fails leaves the schema as it was.
 */
final class DeferredSearchIndexes {
    private static final String DEFINITIONS = "SELECT type, name, sql FROM sqlite_master"
            + " WHERE (type = 'index' AND name = 'search_term_rank')"
            + " OR (type = 'trigger' AND tbl_name = 'phone' AND name LIKE 'phone\\_digits\\_%' ESCAPE '\\')"
            + " ORDER BY type, name";

    /** One schema object as the schema holds it. */
    private record Definition(String type, String name, String sql) {
    }

    private DeferredSearchIndexes() {
    }

    /** Runs {@code load} with the search indexes set aside, then makes them again. */
    static void around(Handle h, Runnable load) {
        List<Definition> definitions = h.createQuery(DEFINITIONS)
                .map((rs, ctx) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        definitions.forEach(d -> h.execute("DROP " + d.type() + " " + d.name()));
        load.run();
        h.execute("INSERT INTO phone_digits (phone_digits) VALUES ('rebuild')");
        definitions.forEach(d -> h.execute(d.sql()));
    }
}
