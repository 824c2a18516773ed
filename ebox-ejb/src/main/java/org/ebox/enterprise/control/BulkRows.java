package org.ebox.enterprise.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * Inserts many rows into one table at once: on PostgreSQL with its COPY protocol (the rows sent as CSV, parsed by the
 * server without a statement per row: the register's import stages millions of lines), elsewhere (H2) as one JDBC
 * batch of prepared INSERTs. Values are strings, numbers and {@code LocalDate}s; null is SQL's NULL, an empty string
 * stays an empty string.
 */
final class BulkRows {

    private BulkRows() {}

    static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), table, columns, rows);
        } else {
            batch(connection, table, columns, rows);
        }
    }

    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 100);
        // PostgreSQL's CSV: an unquoted empty value is NULL, a quoted one an empty string.
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        try {
            connection
                    .getCopyAPI()
                    .copyIn(
                            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)",
                            new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " was cut off", e);
        }
    }

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
