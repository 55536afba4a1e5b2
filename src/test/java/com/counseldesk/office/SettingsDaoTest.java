package com.counseldesk.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsDaoTest {
    @TempDir
    Path dir;
    private TestOffice office;
    private Handle handle;
    private SettingsDao settings;

    @BeforeEach
    void open() {
        office = TestOffice.empty(dir);
        handle = office.db.openHandle();
        settings = handle.attach(SettingsDao.class);
    }

    @AfterEach
    void close() {
        handle.close();
        office.close();
    }

    @Test
    void aMissingSettingIsEmpty() {
        assertTrue(settings.get(SettingsDao.OFFICE_NAME).isEmpty());
    }

    @Test
    void aSettingIsStoredAndReplaced() {
        settings.put(SettingsDao.OFFICE_NAME, "阳光教育 · 东城校区");
        settings.put(SettingsDao.UI_LANGUAGE, "zh-CN");
        settings.put(SettingsDao.UI_LANGUAGE, "en");

        assertEquals(Optional.of("阳光教育 · 东城校区"), settings.get(SettingsDao.OFFICE_NAME));
        assertEquals(Optional.of("en"), settings.get(SettingsDao.UI_LANGUAGE));
        assertEquals(2, office.count("settings"));
    }
}
