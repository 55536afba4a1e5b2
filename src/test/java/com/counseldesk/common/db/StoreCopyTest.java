package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts of the move that need no database: which tables, in which order, and COPY's escapes. */
class StoreCopyTest {
    @Test
    void flywaysHistoryAndSqlitesOwnTablesStayBehind() {
        assertTrue(StoreCopy.copied("household"));
        assertTrue(StoreCopy.copied("phone"));
        assertFalse(StoreCopy.copied("flyway_schema_history"));
        assertFalse(StoreCopy.copied("sqlite_sequence"));
        assertFalse(StoreCopy.copied("phone_digits"));
        assertFalse(StoreCopy.copied("phone_digits_data"));
    }

    @Test
    void parentsComeBeforeTheirChildrenAndATableMayReferToItself() {
        Map<String, StoreCopy.Table> tables = new LinkedHashMap<>();
        tables.put("visit", table("visit", "household", "staff"));
        tables.put("household", table("household", "staff"));
        tables.put("visit_student", table("visit_student", "visit", "student"));
        tables.put("staff", table("staff"));
        tables.put("student", table("student", "household"));

        List<String> order = StoreCopy.order(tables).stream().map(StoreCopy.Table::name).toList();

        assertEquals(List.of("staff", "household", "visit", "student", "visit_student"), order);
    }

    @Test
    void aCircleOfTablesIsRefused() {
        Map<String, StoreCopy.Table> tables = new LinkedHashMap<>();
        tables.put("a", table("a", "b"));
        tables.put("b", table("b", "a"));

        StoreCopy.Refused e = assertThrows(StoreCopy.Refused.class, () -> StoreCopy.order(tables));

        assertTrue(e.getMessage().contains("circle"), e.getMessage());
    }

    @Test
    void copysSpecialCharactersAreEscaped() {
        StringBuilder out = new StringBuilder();

        StoreCopy.escape("a\tb\nc\rd\\N 中文 '\"", out);

        assertEquals("a\\tb\\nc\\rd\\\\N 中文 '\"", out.toString());
    }

    private static StoreCopy.Table table(String name, String... parents) {
        return new StoreCopy.Table(name, List.of("id"), Set.of(parents));
    }
}
