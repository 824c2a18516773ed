package org.ebox.enterprise.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.enterprise.entity.KboImport.ExtractType;
import org.ebox.platform.DatabaseMigration;
import org.ebox.platform.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extract staged a chunk at a time and applied to the register, on the database the build points at (H2, and
 * PostgreSQL in CI), in a schema of its own.
 */
class KboRegisterTest {

    private static final String SCHEMA = TestDatabase.schema("KBO_CHECK");
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

    private static final String ALPHA = number("08123456");
    private static final String BRAVO = number("08123457");
    private static final String CHARLIE = number("08123458");
    private static final String DELTA = number("08123459");

    @TempDir
    Path folder;

    private DataSource dataSource;
    private Flyway flyway;

    @BeforeEach
    void emptyRegister() {
        dataSource = TestDatabase.dataSource();
        flyway = DatabaseMigration.configuration(dataSource, getClass().getClassLoader())
                .schemas(SCHEMA)
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
    }

    @AfterEach
    void dropSchema() {
        flyway.clean();
    }

    @Test
    void aFullExtractMakesTheRegisterAndReportsEachLineItCannotTakeWithTheReason() throws Exception {
        Path zip = KboTestExtract.full(153, NOVEMBER)
                .enterprise(dotted(ALPHA))
                .enterprise(dotted(BRAVO))
                .enterprise("0812.345.600")
                .enterprise(dotted(ALPHA))
                .enterprise(dotted(CHARLIE))
                .raw(KboFile.ENTERPRISE, "\"" + dotted(DELTA) + "\",\"AC\",\"000\"")
                .name(dotted(ALPHA), "Alpha SA")
                .row(KboFile.DENOMINATION, dotted(ALPHA), "2", "003", "Alpha Shop")
                .name(dotted(BRAVO), "Bravo SRL")
                .name("2.123.456.789", "An establishment's sign")
                .name(dotted(DELTA), "Delta, whose enterprise line is cut")
                .address(dotted(ALPHA), "1000", "Bruxelles", "Rue Haute")
                .email(dotted(BRAVO), "info@bravo.example")
                .write(folder);

        Outcome outcome = importExtract(zip, 2);

        assertEquals(new KboRegisterUpdate.Result(2, 0, 0, 3), outcome.result());
        assertEquals(
                Map.of(
                        "enterprise.csv:4", "NUMBER",
                        "enterprise.csv:5", "DUPLICATE",
                        "enterprise.csv:6", "MISSING",
                        "enterprise.csv:7", "COLUMNS",
                        "denomination.csv:6", "UNKNOWN"),
                outcome.rejections());
        assertEquals("Alpha SA", value("SELECT name FROM enterprise WHERE enterprise_number = ?", ALPHA));
        assertEquals(
                "COMPANY_WITHOUT_STAFF", value("SELECT domain FROM enterprise WHERE enterprise_number = ?", ALPHA));
        assertEquals("153", value("SELECT kbo_extract_number FROM enterprise WHERE enterprise_number = ?", BRAVO));
        assertEquals("2", value("SELECT COUNT(*) FROM enterprise_denomination WHERE enterprise_number = ?", ALPHA));
        assertEquals("Rue Haute", value("SELECT street_fr FROM enterprise_address WHERE enterprise_number = ?", ALPHA));
        assertEquals(
                "info@bravo.example",
                value("SELECT contact_value FROM enterprise_contact WHERE enterprise_number = ?", BRAVO));
        assertEquals("0", value("SELECT COUNT(*) FROM kbo_staged_enterprise WHERE enterprise_number = ?", ALPHA));
    }

    @Test
    void anUpdateExtractCreatesChangesAndClosesEnterprisesKeepsTheirDomainAndBoxCountersAndCountsARenameAsAnUpdate()
            throws Exception {
        importExtract(fullOfThree(), 3);
        execute("UPDATE enterprise SET domain = 'NSSO_EMPLOYER' WHERE enterprise_number = ?", BRAVO);
        execute("UPDATE box_count SET visible = 5 WHERE enterprise_number = ?", BRAVO);
        Path update = KboTestExtract.update(154, DECEMBER)
                .removal(KboFile.ENTERPRISE, dotted(ALPHA))
                .removal(KboFile.ENTERPRISE, dotted(BRAVO))
                .row(KboFile.ENTERPRISE, dotted(BRAVO), "AC", "000", "2", "610", "", "01-03-2019")
                .enterprise(dotted(DELTA))
                .removal(KboFile.DENOMINATION, dotted(CHARLIE))
                .name(dotted(CHARLIE), "Charlie renamed")
                .name(dotted(DELTA), "Delta SC")
                .write(folder);

        Outcome outcome = importExtract(update, 2);

        assertEquals(
                new KboRegisterUpdate.Result(1, 2, 1, 0),
                outcome.result(),
                "Delta created; Bravo listed again and Charlie renamed, both updated; Alpha closed");
        assertEquals(DECEMBER.toString(), value("SELECT closed_on FROM enterprise WHERE enterprise_number = ?", ALPHA));
        assertEquals("Alpha SA", value("SELECT name FROM enterprise WHERE enterprise_number = ?", ALPHA));
        assertEquals("610", value("SELECT juridical_form FROM enterprise WHERE enterprise_number = ?", BRAVO));
        assertEquals("NSSO_EMPLOYER", value("SELECT domain FROM enterprise WHERE enterprise_number = ?", BRAVO));
        assertEquals("Bravo SRL", value("SELECT name FROM enterprise WHERE enterprise_number = ?", BRAVO));
        assertEquals("Charlie renamed", value("SELECT name FROM enterprise WHERE enterprise_number = ?", CHARLIE));
        assertEquals("1", value("SELECT COUNT(*) FROM enterprise_denomination WHERE enterprise_number = ?", CHARLIE));
        assertEquals("Delta SC", value("SELECT name FROM enterprise WHERE enterprise_number = ?", DELTA));
        assertEquals(
                "0", value("SELECT visible + masked FROM box_count WHERE enterprise_number = ?", DELTA), "new box");
        assertEquals("5", value("SELECT visible FROM box_count WHERE enterprise_number = ?", BRAVO), "kept as counted");
    }

    @Test
    void aLaterFullExtractClosesTheEnterprisesItNoLongerListsAndReopensThoseListedAgain() throws Exception {
        importExtract(fullOfThree(), 3);
        execute("UPDATE enterprise SET closed_on = DATE '2026-11-15' WHERE enterprise_number = ?", CHARLIE);
        Path next = KboTestExtract.full(155, DECEMBER)
                .enterprise(dotted(BRAVO))
                .enterprise(dotted(CHARLIE))
                .name(dotted(BRAVO), "Bravo SRL")
                .name(dotted(CHARLIE), "Charlie SA")
                .write(folder);

        Outcome outcome = importExtract(next, 10);

        assertEquals(new KboRegisterUpdate.Result(0, 2, 1, 0), outcome.result());
        assertEquals(DECEMBER.toString(), value("SELECT closed_on FROM enterprise WHERE enterprise_number = ?", ALPHA));
        assertNull(value("SELECT closed_on FROM enterprise WHERE enterprise_number = ?", CHARLIE));
        assertEquals("1", value("SELECT COUNT(*) FROM enterprise_denomination WHERE enterprise_number = ?", BRAVO));
    }

    @Test
    void aChunkWrittenAgainAfterARestartStagesEachOfItsLinesOnce() throws Exception {
        Path zip = KboTestExtract.full(153, NOVEMBER)
                .enterprise(dotted(ALPHA))
                .enterprise("0812.345.600")
                .enterprise(dotted(BRAVO))
                .name(dotted(ALPHA), "Alpha SA")
                .name(dotted(BRAVO), "Bravo SRL")
                .write(folder);
        String importId = newImport(ExtractType.FULL, 153, NOVEMBER);
        List<KboStaging.Item> items = items(zip);
        try (Connection connection = dataSource.getConnection()) {
            connection.setSchema(SCHEMA);
            KboStaging staging = new KboStaging(connection, importId);
            staging.write(items.subList(0, 2));
            staging.write(items.subList(2, 4));
            // The node died after the second chunk was written but before its checkpoint: it is read again.
            staging.write(items.subList(2, 4));
            staging.write(items.subList(4, items.size()));
            assertEquals(
                    new KboRegisterUpdate.Result(2, 0, 0, 0),
                    new KboRegisterUpdate(connection, importId).apply(ExtractType.FULL, 153, NOVEMBER));
        }
        assertEquals("2", value("SELECT COUNT(*) FROM enterprise WHERE kbo_extract_number = ?", "153"));
    }

    private Path fullOfThree() throws Exception {
        return KboTestExtract.full(153, NOVEMBER)
                .enterprise(dotted(ALPHA))
                .enterprise(dotted(BRAVO))
                .enterprise(dotted(CHARLIE))
                .name(dotted(ALPHA), "Alpha SA")
                .name(dotted(BRAVO), "Bravo SRL")
                .name(dotted(CHARLIE), "Charlie SA")
                .write(folder);
    }

    /** What an import did, and its report of rejected lines as file:line to reason. */
    private record Outcome(KboRegisterUpdate.Result result, Map<String, String> rejections) {}

    /** Stages the extract in chunks of this many lines, as the job does, then applies it. */
    private Outcome importExtract(Path zip, int chunk) throws Exception {
        KboExtract.Meta meta;
        try (KboExtract extract = KboExtract.open(zip)) {
            meta = extract.meta();
        }
        String importId = newImport(meta.type(), meta.number(), meta.snapshotDate());
        List<KboStaging.Item> items = items(zip);
        KboRegisterUpdate.Result result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setSchema(SCHEMA);
            connection.setAutoCommit(false);
            KboStaging staging = new KboStaging(connection, importId);
            for (int first = 0; first < items.size(); first += chunk) {
                staging.write(items.subList(first, Math.min(items.size(), first + chunk)));
                connection.commit();
            }
            result = new KboRegisterUpdate(connection, importId).apply(meta.type(), meta.number(), meta.snapshotDate());
            connection.commit();
        }
        Map<String, String> rejections = new LinkedHashMap<>();
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement("SELECT file_name, line_number, reason FROM"
                        + " kbo_import_rejection WHERE import_id = ? ORDER BY file_name DESC, line_number")) {
            select.setString(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rejections.put(rs.getString(1) + ":" + rs.getLong(2), rs.getString(3));
                }
            }
        }
        return new Outcome(result, rejections);
    }

    private static List<KboStaging.Item> items(Path zip) throws Exception {
        List<KboStaging.Item> items = new ArrayList<>();
        try (KboExtract extract = KboExtract.open(zip)) {
            for (KboFile.Part part : extract.parts()) {
                try (KboRows rows = extract.rows(part, 0)) {
                    rows.forEachRemaining(line -> items.add(new KboStaging.Item(part, line)));
                }
            }
        }
        return items;
    }

    private String newImport(ExtractType type, int number, LocalDate snapshot) throws SQLException {
        String importId = UUID.randomUUID().toString();
        try (Connection connection = connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO kbo_import (import_id, file_name,"
                        + " extract_type, extract_number, snapshot_date, status, started_by, started_at) VALUES"
                        + " (?, 'extract.zip', ?, ?, ?, 'READING', 'ops', CURRENT_TIMESTAMP)")) {
            insert.setString(1, importId);
            insert.setString(2, type.name());
            insert.setInt(3, number);
            insert.setObject(4, snapshot);
            insert.executeUpdate();
        }
        return importId;
    }

    private String value(String sql, String parameter) throws SQLException {
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (sql.contains("kbo_extract_number = ?")) {
                select.setInt(1, Integer.parseInt(parameter));
            } else {
                select.setString(1, parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getObject(1) != null
                        ? String.valueOf(rs.getObject(1)).strip()
                        : null;
            }
        }
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = connection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, parameter);
            update.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setSchema(SCHEMA);
        return connection;
    }

    private static String number(String firstEight) {
        return EnterpriseNumber.withCheckDigits(firstEight).value();
    }

    private static String dotted(String digits) {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
