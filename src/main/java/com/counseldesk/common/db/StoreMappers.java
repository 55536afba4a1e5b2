package com.counseldesk.common.db;

import com.counseldesk.common.Phone;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/** How our value types travel to and from columns: times as ISO-8601 text, phones as their normal form. */
final class StoreMappers {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private StoreMappers() {
    }

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDateTime>(Types.VARCHAR) {
            @Override
            protected Argument build(LocalDateTime value, ConfigRegistry config) {
                String text = toText(value);
                return (position, statement, ctx) -> statement.setString(position, text);
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                String text = value.toString();
                return (position, statement, ctx) -> statement.setString(position, text);
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Phone>(Types.VARCHAR) {
            @Override
            protected Argument build(Phone value, ConfigRegistry config) {
                String text = value.value();
                return (position, statement, ctx) -> statement.setString(position, text);
            }
        });
        jdbi.registerColumnMapper(LocalDateTime.class, (rs, col, ctx) -> {
            String text = rs.getString(col);
            return text == null ? null : LocalDateTime.parse(text, TIME);
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> {
            String text = rs.getString(col);
            return text == null ? null : LocalDate.parse(text);
        });
        jdbi.registerColumnMapper(Phone.class, (rs, col, ctx) -> {
            String text = rs.getString(col);
            return text == null ? null : new Phone(text);
        });
    }

    static String toText(LocalDateTime value) {
        return value.truncatedTo(ChronoUnit.SECONDS).format(TIME);
    }
}
