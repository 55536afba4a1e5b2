package com.counseldesk.testutil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A test of what only the SQLite file has (the file itself, its upgrade from version 1, its query
 * plans, its full-text index, the commands that take a file): skipped in the PostgreSQL run of the
 * office tests ({@link TestStore}), which would only run it on SQLite a second time or fail on SQLite's SQL.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = TestStore.PROPERTY, matches = TestStore.POSTGRESQL,
        disabledReason = "SQLite only")
public @interface SqliteOnly {
}
