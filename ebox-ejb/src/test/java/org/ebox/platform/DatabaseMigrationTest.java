package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on the database the build points at: H2 by default, PostgreSQL when CI sets ebox.test.db.url.
 * They run in a schema of their own, cleaned before and after, so they never touch the application's tables.
 */
class DatabaseMigrationTest {

    private static final String SCHEMA = "MIGRATION_CHECK";

    private DataSource dataSource;
    private Flyway flyway;

    @BeforeEach
    void cleanSchema() {
        dataSource = testDataSource();
        flyway = DatabaseMigration.configuration(dataSource, getClass().getClassLoader())
                .schemas(schemaName())
                .cleanDisabled(false)
                .load();
        flyway.clean();
    }

    @AfterEach
    void dropSchema() {
        flyway.clean();
    }

    @Test
    void migrationsCreateEveryTableOnAnEmptyDatabase() throws SQLException {
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);
        try (Connection connection = connection()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, schemaName(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertTrue(
                    tables.containsAll(Set.of(
                            "enterprise",
                            "sender_organization",
                            "sender_application",
                            "message_type",
                            "message_type_sender",
                            "message",
                            "attachment",
                            "person",
                            "enterprise_access")),
                    "tables: " + tables);
        }
    }

    @Test
    void secondRunAppliesNothing() {
        flyway.migrate();
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    @Test
    void messageIndexesServeTheBoxQueries() throws SQLException {
        flyway.migrate();
        try (Connection connection = connection()) {
            Set<String> indexes = new HashSet<>();
            try (ResultSet rs =
                    connection.getMetaData().getIndexInfo(null, schemaName(), table("message"), false, true)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        indexes.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            assertTrue(
                    indexes.containsAll(
                            Set.of("message_box_page", "message_box_unread", "message_by_expiry", "message_box_live")),
                    "indexes: " + indexes);
        }
    }

    @Test
    void signInCountersAreFoundByKeyAndDeletedByExpiry() throws SQLException {
        flyway.migrate();
        try (Connection connection = connection()) {
            Set<String> indexes = new HashSet<>();
            try (ResultSet rs =
                    connection.getMetaData().getIndexInfo(null, schemaName(), table("sign_in_counter"), false, true)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        indexes.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            assertTrue(indexes.containsAll(Set.of("counter_key", "expires_at")), "indexed columns: " + indexes);
            try (Statement statement = connection.createStatement()) {
                assertThrows(
                        SQLException.class,
                        () -> statement.executeUpdate("insert into sign_in_counter"
                                + " (counter_key, scope, window_start, expires_at) values"
                                + " ('k', 'ELSEWHERE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                        "a scope the rule knows");
            }
        }
    }

    @Test
    void receiptDateKeepsTheInstantAcrossTimeZones() throws SQLException {
        flyway.migrate();
        OffsetDateTime opened = OffsetDateTime.parse("2026-06-30T23:30:00+02:00");
        try (Connection connection = connection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into enterprise (enterprise_number, name, domain, ebox_opened_at) values (?, ?, ?, ?)")) {
                insert.setString(1, "0403170701");
                insert.setString(2, "Zone SA");
                insert.setString(3, "NSSO_EMPLOYER");
                insert.setObject(4, opened);
                insert.executeUpdate();
            }
            try (Statement select = connection.createStatement();
                    ResultSet rs = select.executeQuery("select ebox_opened_at from enterprise")) {
                assertTrue(rs.next());
                assertEquals(
                        opened.toInstant(),
                        rs.getObject(1, OffsetDateTime.class).toInstant());
            }
        }
    }

    /** The schema as it was at that version, to store messages as an earlier e-Box did. */
    private void migrateTo(String version) {
        DatabaseMigration.configuration(dataSource, getClass().getClassLoader())
                .schemas(schemaName())
                .target(version)
                .load()
                .migrate();
    }

    /** An enterprise, a sender and a message type, as rows of an earlier schema: what a message needs. */
    private static void aBoxOfEarlierDays(Statement statement) throws SQLException {
        statement.executeUpdate("insert into enterprise (enterprise_number, name, domain)"
                + " values ('0403170701', 'X', 'NSSO_EMPLOYER')");
        statement.executeUpdate("insert into sender_organization (organization_id) values ('0200000000')");
        statement.executeUpdate("insert into message_type (message_type_id, validity_number, validity_unit)"
                + " values ('T', 30, 'DAY')");
    }

    @Test
    void messagesStoredBeforeTheTextSearchGetTheirSearchTextPerLanguageWithoutAccents() throws SQLException {
        migrateTo("3");
        OffsetDateTime receipt = OffsetDateTime.parse("2026-06-01T10:00:00+02:00");
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            aBoxOfEarlierDays(statement);
            try (PreparedStatement insert = connection.prepareStatement("insert into message (message_id,"
                    + " enterprise_number, sender_organization_id, message_type_id, receipt_date, expiration_date,"
                    + " subject_nl, subject_fr, business_data, attention_of_id, attention_of_name)"
                    + " values ('m', '0403170701', '0200000000', 'T', ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, receipt);
                insert.setObject(2, receipt.plusDays(30));
                insert.setString(3, "Vakantieattest");
                insert.setString(4, "Attestation de pécule");
                insert.setString(5, "[{\"values\":[{\"nl\":\"Brussel\",\"fr\":\"Bruxelles Événement\"}]}]");
                insert.setString(6, "85073003328");
                insert.setString(7, "Hélène Dûbois");
                insert.executeUpdate();
            }
        }
        flyway.migrate();
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select search_nl, search_fr, search_de from message")) {
            assertTrue(rs.next());
            assertEquals("vakantieattest\nbrussel\n85073003328\nhelene dubois", rs.getString(1));
            assertEquals("attestation de pecule\nbruxelles evenement\n85073003328\nhelene dubois", rs.getString(2));
            assertEquals("85073003328\nhelene dubois", rs.getString(3), "no German subject: the person only");
        }
    }

    @Test
    void unreadMessagesStoredBeforeTheNightlyRunGetTheirNoticesScheduledAndReadOnesNone() throws SQLException {
        migrateTo("9");
        OffsetDateTime receipt = OffsetDateTime.parse("2026-10-25T23:59:00+01:00");
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            aBoxOfEarlierDays(statement);
            try (PreparedStatement insert = connection.prepareStatement("insert into message (message_id,"
                    + " enterprise_number, sender_organization_id, message_type_id, receipt_date, expiration_date,"
                    + " read_at) values (?, '0403170701', '0200000000', 'T', ?, ?, ?)")) {
                for (String id : new String[] {"unread", "read"}) {
                    insert.setString(1, id);
                    insert.setObject(2, receipt);
                    insert.setObject(3, receipt.plusDays(30));
                    insert.setObject(4, id.equals("read") ? receipt.plusHours(1) : null);
                    insert.executeUpdate();
                }
            }
        }
        flyway.migrate();
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select message_id, new_notice_due_at, reminder_due_at,"
                        + " expiry_alert_due_at from message order by message_id")) {
            assertTrue(rs.next());
            assertEquals("read", rs.getString(1));
            assertEquals(null, rs.getObject(2), "a read message needs no notice");
            assertTrue(rs.next());
            assertEquals("unread", rs.getString(1));
            // Published at 23:59 on the day the clocks went back: due at the next midnight in Brussels.
            assertEquals(
                    OffsetDateTime.parse("2026-10-26T00:00:00+01:00").toInstant(),
                    rs.getObject(2, OffsetDateTime.class).toInstant());
            assertEquals(
                    OffsetDateTime.parse("2026-11-09T00:00:00+01:00").toInstant(),
                    rs.getObject(3, OffsetDateTime.class).toInstant());
            assertEquals(
                    OffsetDateTime.parse("2026-11-17T00:00:00+01:00").toInstant(),
                    rs.getObject(4, OffsetDateTime.class).toInstant());
        }
    }

    @Test
    void boxesStoredBeforeTheirCountersAreCountedByFolderExpiredMessagesIncludedAndEmptyBoxesToo() throws SQLException {
        migrateTo("22");
        OffsetDateTime receipt = OffsetDateTime.parse("2026-11-02T10:00:00+01:00");
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            aBoxOfEarlierDays(statement);
            statement.executeUpdate("insert into enterprise (enterprise_number, name, domain)"
                    + " values ('0403170897', 'Empty', 'NSSO_EMPLOYER')");
            try (PreparedStatement insert = connection.prepareStatement("insert into message (message_id,"
                    + " enterprise_number, sender_organization_id, message_type_id, receipt_date, expiration_date,"
                    + " visible) values (?, '0403170701', '0200000000', 'T', ?, ?, ?)")) {
                String[] ids = {"inbox-1", "inbox-2", "inbox-expired", "masked"};
                for (String id : ids) {
                    insert.setString(1, id);
                    insert.setObject(2, receipt);
                    insert.setObject(3, id.endsWith("expired") ? receipt.plusDays(1) : receipt.plusYears(1));
                    insert.setBoolean(4, !id.equals("masked"));
                    insert.executeUpdate();
                }
            }
        }
        flyway.migrate();
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select enterprise_number, visible, masked from box_count order by enterprise_number")) {
            assertTrue(rs.next());
            assertEquals("0403170701", rs.getString(1));
            assertEquals(3, rs.getLong(2), "the Inbox's rows, the expired one too: the night has not purged it");
            assertEquals(1, rs.getLong(3));
            assertTrue(rs.next());
            assertEquals("0403170897", rs.getString(1));
            assertEquals(0, rs.getLong(2) + rs.getLong(3));
            assertFalse(rs.next());
        }
    }

    @Test
    void unknownDomainIsRefusedByTheDatabase() throws SQLException {
        flyway.migrate();
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "insert into enterprise (enterprise_number, name, domain) values ('0403170701', 'X', 'OTHER')"));
        }
    }

    @Test
    void consentWithoutItsAuthorIsRefusedByTheDatabase() throws SQLException {
        flyway.migrate();
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("insert into enterprise"
                            + " (enterprise_number, name, domain, fully_digital_at) values"
                            + " ('0403170701', 'X', 'NSSO_EMPLOYER', CURRENT_TIMESTAMP)"));
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setSchema(schemaName());
        return connection;
    }

    private boolean postgres() {
        return TestDatabase.postgres();
    }

    private String schemaName() {
        return TestDatabase.schema(SCHEMA);
    }

    private String table(String name) {
        return postgres() ? name : name.toUpperCase(Locale.ROOT);
    }

    private static DataSource testDataSource() {
        return TestDatabase.dataSource();
    }
}
