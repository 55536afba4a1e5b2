package com.counseldesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbAddressTest {
    @Test
    void aPathIsAFile() {
        assertEquals(new DbAddress.File(Path.of("office.db")), DbAddress.parse(" office.db "));
        assertTrue(((DbAddress.File) DbAddress.parse("office.db")).path().isAbsolute());
    }

    @Test
    void aServerAddressGivesEachPart() {
        DbAddress.Server s = (DbAddress.Server) DbAddress.parse("postgresql://desk:s3cr%40t@192.168.1.10:5433/office");

        assertEquals(new DbAddress.Server("192.168.1.10", 5433, "office", "desk", "s3cr@t"), s);
        assertEquals("jdbc:postgresql://192.168.1.10:5433/office", s.jdbcUrl());
    }

    @Test
    void thePortDefaultsAndPostgresIsTakenToo() {
        assertEquals(new DbAddress.Server("main-pc", 5432, "counseldesk", "desk", ""),
                DbAddress.parse("postgres://desk@main-pc/counseldesk"));
    }

    @Test
    void thePasswordIsNeverShownButKeptForTheUsersOwnSettings() {
        DbAddress.Server s = (DbAddress.Server) DbAddress.parse("postgresql://desk:top secret@main-pc/office");

        assertEquals("postgresql://desk@main-pc:5432/office", s.toString());
        assertFalse(s.toString().contains("secret"));
        assertEquals(s, DbAddress.parse(s.withPassword()), "written and read back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://main-pc/office | no user",
        "postgresql://desk@main-pc | no database",
        "postgresql://desk@main-pc/ | no database",
        "postgresql://desk@/office | no host",
        "postgresql://desk@main-pc:abc/office | port",
        "postgresql://desk@main-pc:99999/office | port"})
    void anIncompleteServerAddressSaysWhatIsMissing(String text, String missing) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DbAddress.parse(text));
        assertTrue(e.getMessage().contains(missing), e.getMessage());
    }
}
