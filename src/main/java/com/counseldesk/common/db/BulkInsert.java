package com.counseldesk.common.db;

import com.counseldesk.common.Phone;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Rows of one table written as multi-row INSERT statements, up to a thousand rows each, on a handle's
 * connection inside its transaction: what an import writes by the hundred thousand. A statement per
 * row costs far more: the binding of every row, and on SQLite the full-text index of the numbers is
 * written out after each statement. Values travel as the store's mappers bind them: times as ISO
 * text, enumerations by name, yes/no as 0/1, phones in their normal form.
 */
public final class BulkInsert {
    /** Rows in one statement, and values: below both stores' limits on parameters. */
    private static final int MAX_ROWS = 5_000;
    private static final int MAX_VALUES = 30_000;

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    private final int rowsPerStatement;
    private final List<Object> pending = new ArrayList<>();
    /** Times as text: an import's rows share a few hundred days. */
    private final Map<LocalDateTime, String> times = new HashMap<>();
    private PreparedStatement full;
    private int written;

    /** Rows for {@code table} with these columns, each row's values in the same order. */
    public BulkInsert(Handle handle, String table, String... columns) {
        if (!table.matches("[a-z_]+") || columns.length == 0) {
            throw new IllegalArgumentException("table " + table);
        }
        this.connection = handle.getConnection();
        this.table = table;
        this.columns = String.join(", ", columns);
        this.width = columns.length;
        this.rowsPerStatement = Math.min(MAX_ROWS, MAX_VALUES / width);
    }

    /** Adds a row; it is written once a statement's worth of rows is waiting, or by {@link #finish}. */
    public BulkInsert add(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException(values.length + " values for " + width + " columns of " + table);
        }
        Collections.addAll(pending, values);
        if (pending.size() == rowsPerStatement * width) {
            try {
                if (full == null) {
                    full = connection.prepareStatement(sql(rowsPerStatement));
                }
                write(full);
            } catch (SQLException e) {
                throw failed(e);
            }
        }
        return this;
    }

    /** Writes the rows still waiting; returns how many rows were written in all. */
    public int finish() {
        try {
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(sql(pending.size() / width))) {
                    write(rest);
                }
            }
            if (full != null) {
                full.close();
                full = null;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return written;
    }

    private void write(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < pending.size(); i++) {
            bind(statement, i + 1, pending.get(i));
        }
        statement.executeUpdate();
        written += pending.size() / width;
        pending.clear();
    }

    private String sql(int rows) {
        String row = "(?" + ", ?".repeat(width - 1) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns)
                .append(") VALUES ").append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    private void bind(PreparedStatement s, int position, Object value) throws SQLException {
        if (value == null) {
            s.setNull(position, Types.NULL);
        } else if (value instanceof String text) {
            s.setString(position, text);
        } else if (value instanceof Long n) {
            s.setLong(position, n);
        } else if (value instanceof Integer n) {
            s.setInt(position, n);
        } else if (value instanceof Boolean yes) {
            s.setInt(position, yes ? 1 : 0);
        } else if (value instanceof LocalDateTime at) {
            s.setString(position, times.computeIfAbsent(at, StoreMappers::toText));
        } else if (value instanceof LocalDate day) {
            s.setString(position, day.toString());
        } else if (value instanceof Enum<?> constant) {
            s.setString(position, constant.name());
        } else if (value instanceof Phone phone) {
            s.setString(position, phone.value());
        } else {
            throw new IllegalArgumentException("a value of " + value.getClass());
        }
    }

    private UnableToExecuteStatementException failed(SQLException e) {
        return new UnableToExecuteStatementException("Could not write rows of " + table, e, null);
    }
}
