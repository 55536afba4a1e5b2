package com.counseldesk.common.db;

import com.counseldesk.common.Phone;
import java.lang.reflect.Type;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * How our value types travel to and from columns, the same on both stores: times as ISO-8601 text,
 * phones as their normal form, yes/no as 0/1.
 */
final class StoreMappers {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private StoreMappers() {
    }

    static void register(Jdbi jdbi) {
        // Yes/no columns are INTEGER 0/1 on both stores (SQLite has no boolean type): bound as numbers,
        // or PostgreSQL refuses a boolean for an integer column.
        jdbi.registerArgument(new ArgumentFactory.Preparable() {
            @Override
            public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
                if (type != boolean.class && type != Boolean.class) {
                    return Optional.empty();
                }
                return Optional.of(value -> value == null
                        ? (position, statement, ctx) -> statement.setNull(position, Types.INTEGER)
                        : (position, statement, ctx) -> statement.setInt(position, (Boolean) value ? 1 : 0));
            }
        });
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
