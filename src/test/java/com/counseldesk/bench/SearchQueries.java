package com.counseldesk.bench;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.NameKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * What the desk types, drawn at random (seeded) from the office's own rows: a part of a random
 * student's name, the last four digits of a random stored number, a random student's initials.
 */
final class SearchQueries {
    private final Database db;
    private final Random random;

    SearchQueries(Database db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    /**
     * The given name (浩然, 睿) or the surname and the given name's first character (王浩), half and
     * half. The sample office's surnames are one character each.
     */
    List<String> nameParts(int n) {
        return draw(n, "student", "name", name -> random.nextBoolean() ? name.substring(1) : name.substring(0, 2));
    }

    /** The last four digits (尾号) of a number. */
    List<String> lastFourDigits(int n) {
        return draw(n, "phone", "number", number -> number.substring(number.length() - 4));
    }

    /** The initials of a whole name: 王浩然 is whr. */
    List<String> initials(int n) {
        return draw(n, "student", "name", NameKeys::initials);
    }

    private List<String> draw(int n, String table, String column, Function<String, String> typed) {
        long rows = db.read(h -> h.createQuery("SELECT MAX(id) FROM " + table).mapTo(Long.class).one());
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            long id = 1 + (long) (random.nextDouble() * rows);
            db.read(h -> h.createQuery("SELECT " + column + " FROM " + table + " WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne()).map(typed).ifPresent(out::add);
        }
        return out;
    }
}
