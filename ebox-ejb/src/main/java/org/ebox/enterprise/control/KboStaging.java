package org.ebox.enterprise.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ebox.enterprise.control.KboLines.KboAddress;
import org.ebox.enterprise.control.KboLines.KboContact;
import org.ebox.enterprise.control.KboLines.KboDenomination;
import org.ebox.enterprise.control.KboLines.KboEnterprise;
import org.ebox.enterprise.control.KboLines.Outcome;
import org.ebox.enterprise.control.KboRows.Line;
import org.ebox.enterprise.control.KboRows.Rejected;
import org.ebox.enterprise.control.KboRows.Row;
import org.ebox.enterprise.entity.EnterpriseNumber;

/**
 * Writes what a chunk of an extract's lines says into the import's staging tables, and the lines it cannot take into
 * the import's report, with JDBC batches (a full extract has millions of lines). Writing a chunk again (a restart
 * after a failure in the middle of one) first removes what an earlier attempt of it left, from its first line on, so
 * no line is ever staged twice.
 */
public final class KboStaging {

    /** A line of one part of the extract, as the reader gives it. */
    public record Item(KboFile.Part part, Line line) {}

    private final Connection connection;
    private final String importId;

    public KboStaging(Connection connection, String importId) {
        this.connection = connection;
        this.importId = importId;
    }

    /**
     * Stages a chunk; answers how the report's count of rejected lines changed: the chunk's rejected lines, less
     * those an earlier attempt of it had left (so a chunk written again counts its rejections once).
     */
    public int write(List<Item> items) throws SQLException {
        Map<KboFile.Part, Long> firstLines = new LinkedHashMap<>();
        for (Item item : items) {
            firstLines.merge(item.part(), item.line().number(), Math::min);
        }
        int rejected = 0;
        for (Map.Entry<KboFile.Part, Long> first : firstLines.entrySet()) {
            rejected -= forgetFrom(first.getKey(), first.getValue());
        }
        try (Statements statements = new Statements()) {
            for (Item item : items) {
                Rejected refused = stage(statements, item);
                if (refused != null) {
                    statements.reject(item.part(), refused);
                    rejected++;
                }
            }
            statements.execute();
        }
        return rejected;
    }

    /** Stages one line; answers why it was rejected, or null. */
    private Rejected stage(Statements statements, Item item) throws SQLException {
        if (item.line() instanceof Rejected rejected) {
            return rejected;
        }
        Row row = (Row) item.line();
        KboFile.Part part = item.part();
        if (part.kind() == KboFile.Kind.REMOVALS) {
            return taken(KboLines.removal(row), number -> statements.removal(part, row, number));
        }
        return switch (part.file()) {
            case ENTERPRISE -> taken(KboLines.enterprise(row), value -> statements.enterprise(part, row, value));
            case DENOMINATION -> taken(KboLines.denomination(row), value -> statements.denomination(part, row, value));
            case ADDRESS -> taken(KboLines.address(row), value -> statements.address(part, row, value));
            case CONTACT -> taken(KboLines.contact(row), value -> statements.contact(part, row, value));
            case META -> throw new IllegalArgumentException("meta.csv is not staged");
        };
    }

    private interface Stager<T> {
        void stage(T value) throws SQLException;
    }

    private static <T> Rejected taken(Outcome<T> outcome, Stager<T> stager) throws SQLException {
        if (outcome instanceof Outcome.Taken<T> taken) {
            stager.stage(taken.value());
        } else if (outcome instanceof Outcome.Refused<T> refused) {
            return refused.line();
        }
        return null;
    }

    /** Removes what an earlier attempt staged from this line on; answers how many rejected lines went. */
    private int forgetFrom(KboFile.Part part, long firstLine) throws SQLException {
        deleteFrom(stagingTable(part), part, firstLine);
        return deleteFrom("kbo_import_rejection", part, firstLine);
    }

    private int deleteFrom(String table, KboFile.Part part, long firstLine) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE import_id = ? AND file_name = ? AND line_number >= ?")) {
            delete.setString(1, importId);
            delete.setString(2, part.name());
            delete.setLong(3, firstLine);
            return delete.executeUpdate();
        }
    }

    private static String stagingTable(KboFile.Part part) {
        if (part.kind() == KboFile.Kind.REMOVALS) {
            return "kbo_staged_removal";
        }
        return "kbo_staged_" + part.file().name().toLowerCase(Locale.ROOT);
    }

    /** The chunk's prepared statements, each filled as a batch and executed once. */
    private final class Statements implements AutoCloseable {
        private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>();

        private PreparedStatement batch(String sql, KboFile.Part part, long line) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            statement.setString(1, importId);
            statement.setString(2, part.name());
            statement.setLong(3, line);
            return statement;
        }

        void enterprise(KboFile.Part part, Row row, KboEnterprise value) throws SQLException {
            PreparedStatement insert = batch(
                    "INSERT INTO kbo_staged_enterprise (import_id, file_name, line_number, enterprise_number, status,"
                            + " type_of_enterprise, juridical_form, start_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    part,
                    row.number());
            insert.setString(4, value.number().value());
            insert.setString(5, value.status());
            insert.setString(6, value.typeOfEnterprise());
            insert.setString(7, value.juridicalForm());
            insert.setDate(8, value.startDate() == null ? null : Date.valueOf(value.startDate()));
            insert.addBatch();
        }

        void removal(KboFile.Part part, Row row, EnterpriseNumber number) throws SQLException {
            PreparedStatement insert = batch(
                    "INSERT INTO kbo_staged_removal (import_id, file_name, line_number, kbo_file, enterprise_number)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    part,
                    row.number());
            insert.setString(4, part.file().name());
            insert.setString(5, number.value());
            insert.addBatch();
        }

        void denomination(KboFile.Part part, Row row, KboDenomination value) throws SQLException {
            PreparedStatement insert = batch(
                    "INSERT INTO kbo_staged_denomination (import_id, file_name, line_number, enterprise_number,"
                            + " language, type_of_denomination, denomination) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    part,
                    row.number());
            insert.setString(4, value.enterprise().value());
            insert.setString(5, value.language());
            insert.setString(6, value.type());
            insert.setString(7, value.name());
            insert.addBatch();
        }

        void address(KboFile.Part part, Row row, KboAddress value) throws SQLException {
            PreparedStatement insert = batch(
                    "INSERT INTO kbo_staged_address (import_id, file_name, line_number, enterprise_number,"
                            + " type_of_address, country_nl, country_fr, zipcode, municipality_nl, municipality_fr,"
                            + " street_nl, street_fr, house_number, box)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    part,
                    row.number());
            insert.setString(4, value.enterprise().value());
            insert.setString(5, value.type());
            insert.setString(6, value.countryNl());
            insert.setString(7, value.countryFr());
            insert.setString(8, value.zipcode());
            insert.setString(9, value.municipalityNl());
            insert.setString(10, value.municipalityFr());
            insert.setString(11, value.streetNl());
            insert.setString(12, value.streetFr());
            insert.setString(13, value.houseNumber());
            insert.setString(14, value.box());
            insert.addBatch();
        }

        void contact(KboFile.Part part, Row row, KboContact value) throws SQLException {
            PreparedStatement insert = batch(
                    "INSERT INTO kbo_staged_contact (import_id, file_name, line_number, enterprise_number,"
                            + " contact_type, contact_value) VALUES (?, ?, ?, ?, ?, ?)",
                    part,
                    row.number());
            insert.setString(4, value.enterprise().value());
            insert.setString(5, value.contactType());
            insert.setString(6, value.value());
            insert.addBatch();
        }

        void reject(KboFile.Part part, Rejected line) throws SQLException {
            PreparedStatement insert = batch(
                    "INSERT INTO kbo_import_rejection (import_id, file_name, line_number, reason, detail)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    part,
                    line.number());
            insert.setString(4, line.reason().name());
            String detail = line.detail();
            insert.setString(5, detail.length() > 500 ? detail.substring(0, 497) + "..." : detail);
            insert.addBatch();
        }

        void execute() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
        }
    }
}
