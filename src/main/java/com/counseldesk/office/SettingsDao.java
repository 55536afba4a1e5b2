package com.counseldesk.office;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Office-wide settings as key/value text. */
public interface SettingsDao {
    String OFFICE_NAME = "office.name";
    String UI_LANGUAGE = "ui.language";

    @SqlQuery("SELECT setting_value FROM settings WHERE setting_key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlUpdate("INSERT INTO settings (setting_key, setting_value) VALUES (:key, :value)"
            + " ON CONFLICT (setting_key) DO UPDATE SET setting_value = excluded.setting_value")
    void put(@Bind("key") String key, @Bind("value") String value);
}
