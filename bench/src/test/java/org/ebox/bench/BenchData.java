package org.ebox.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ebox.message.entity.StoredContent;
import org.ebox.platform.ContentStore;

/**
 * Bench data, written in bulk with set-based INSERT ... SELECT over a number range (H2's SYSTEM_RANGE, PostgreSQL's
 * generate_series): no row goes through JPA. Each round has ids and enterprise numbers of its own, since purge
 * records can never be deleted. Also the baselines: the same night's work as a handful of set-based statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchData {

    @Resource(lookup = "java:app/jdbc/ebox")
    DataSource dataSource;

    @Inject
    ContentStore contentStore;

    /** What one round made: its enterprises and messages, and how many of each kind. */
    public record Round(int round, int enterprises, int messages, String prefix) {
    }

    public String database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "PostgreSQL" : "H2";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code enterprises} enterprises, each with a Local Administrator, and {@code messages} messages spread over
     * them, each with one small PDF (the same file for all: the store keeps it once). Of every ten messages: one
     * expired (for the purge), two read, seven unread with the new-message notice due; of those, one also has its
     * reminder due and one its expiry alert.
     */
    public Round generate(int round, int enterprises, int messages, OffsetDateTime now) throws SQLException {
        String prefix = "bench" + round + "-";
        StoredContent letter = letter();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String sender;
            String application;
            String type;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select a.organization_id, a.application_id, t.message_type_id"
                         + " from sender_application a, message_type t order by a.application_id,"
                         + " t.message_type_id")) {
                rs.next();
                sender = rs.getString(1);
                application = rs.getString(2);
                type = rs.getString(3);
            }
            String number = "cast(" + numberBase(round) + " + %1$s as varchar(8)) || lpad(cast(97 - mod("
                    + numberBase(round) + " + %1$s, 97) as varchar(2)), 2, '0')";
            execute(connection, "insert into enterprise (enterprise_number, name, domain, notification_email,"
                    + " ebox_opened_at) select " + String.format(number, "x") + ", 'Bench " + round + " ' || x,"
                    + " 'NSSO_EMPLOYER', 'e' || x || '@" + prefix + "bench.test', cast(? as timestamp with time zone)"
                    + " from " + range(postgres, enterprises), now.minusYears(1));
            execute(connection, "insert into person (person_id, login, password_hash, given_name, family_name, email,"
                    + " preferred_language) select '" + prefix + "p-' || x, '" + prefix + "p.' || x, 'none', 'Bench',"
                    + " 'Person ' || x, 'p' || x || '@" + prefix + "bench.test', case mod(x, 3) when 0 then 'nl'"
                    + " when 1 then 'fr' else 'de' end from " + range(postgres, enterprises));
            execute(connection, "insert into enterprise_access (access_id, person_id, enterprise_number, access_role,"
                    + " ebox_administrator) select '" + prefix + "a-' || x, '" + prefix + "p-' || x, "
                    + String.format(number, "x") + ", 'LOCAL_ADMINISTRATOR', false from "
                    + range(postgres, enterprises));
            String ts = "cast(? as timestamp with time zone)";
            execute(connection, "insert into message (message_id, enterprise_number, sender_organization_id,"
                            + " sender_application_id, message_type_id, subject_en, receipt_date, expiration_date,"
                            + " registered_mail, read_at, new_notice_due_at, reminder_due_at, expiry_alert_due_at)"
                            + " select '" + prefix + "m-' || x, " + String.format(number, "mod(x - 1, " + enterprises
                            + ") + 1") + ", '" + sender + "', '" + application + "', '" + type + "',"
                            + " 'Bench message ' || x,"
                            + " case when mod(x, 10) = 0 then " + ts + " else " + ts + " end,"
                            + " case when mod(x, 10) = 0 then " + ts + " else " + ts + " end,"
                            + " mod(x, 7) = 0,"
                            + " case when mod(x, 10) in (1, 2) then " + ts + " end,"
                            + " case when mod(x, 10) >= 3 then " + ts + " end,"
                            + " case when mod(x, 10) = 3 then " + ts + " end,"
                            + " case when mod(x, 10) = 4 then " + ts + " end"
                            + " from " + range(postgres, messages),
                    now.minusDays(40), now.minusDays(16), now.minusDays(10), now.plusDays(20),
                    now.minusDays(15), now.minusHours(2), now.minusHours(1), now.minusHours(1));
            execute(connection, "insert into attachment (attachment_id, message_id, position, title_en, file_name,"
                    + " media_type, size_bytes, sha256, main_content) select '" + prefix + "f-' || x, '" + prefix
                    + "m-' || x, 0, 'Letter', 'letter.pdf', 'application/pdf', " + letter.sizeInBytes() + ", '"
                    + letter.sha256Hex() + "', true from " + range(postgres, messages));
            if (postgres) {
                execute(connection, "analyze");
            }
        }
        return new Round(round, enterprises, messages, prefix);
    }

    /**
     * The same night's work as set-based SQL, in one transaction that is rolled back: one notification per
     * enterprise with a notice due, every notice recorded and its due time cleared, every expired message recorded
     * and deleted. Answers the milliseconds it took.
     */
    public long baseline(OffsetDateTime now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            String ts = "cast(? as timestamp with time zone)";
            String due = "(new_notice_due_at <= " + ts + " or reminder_due_at <= " + ts
                    + " or expiry_alert_due_at <= " + ts + ")";
            execute(connection, "insert into notification (notification_id, enterprise_number, run_id, created_at,"
                            + " new_messages, status) select 'base-' || enterprise_number, enterprise_number,"
                            + " 'baseline', " + ts + ", count(*), 'PENDING' from message where " + due
                            + " and read_at is null group by enterprise_number",
                    now, now, now, now);
            for (String[] kind : new String[][]{{"NEW", "new_notice_due_at"}, {"REMINDER", "reminder_due_at"},
                    {"EXPIRY_ALERT", "expiry_alert_due_at"}}) {
                execute(connection, "insert into message_notice (message_id, kind, notification_id, noticed_at)"
                        + " select message_id, '" + kind[0] + "', 'base-' || enterprise_number, " + ts
                        + " from message where " + kind[1] + " <= " + ts + " and read_at is null", now, now);
                execute(connection, "update message set " + kind[1] + " = null where " + kind[1] + " <= " + ts,
                        now);
            }
            execute(connection, "insert into purge_record (message_id, enterprise_number, sender_organization_id,"
                    + " message_type_id, registered_mail, receipt_date, expiration_date, read_at, purged_at, run_id,"
                    + " files) select m.message_id, m.enterprise_number, m.sender_organization_id, m.message_type_id,"
                    + " m.registered_mail, m.receipt_date, m.expiration_date, m.read_at, " + ts + ", 'baseline',"
                    + " a.sha256 from message m left join attachment a on a.message_id = m.message_id"
                    + " where m.expiration_date <= " + ts, now, now);
            execute(connection, "update message set original_message_id = null where original_message_id in"
                    + " (select message_id from message where expiration_date <= " + ts + ")", now);
            execute(connection, "delete from message where expiration_date <= " + ts, now);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            connection.rollback();
            return elapsed;
        }
    }

    /** Enterprises that have at least one notice due by {@code now}: each gets one mail. */
    public long enterprisesWithNoticesDue(OffsetDateTime now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(distinct enterprise_number) from"
                     + " message where read_at is null and expiration_date > ? and (new_notice_due_at <= ?"
                     + " or reminder_due_at <= ? or expiry_alert_due_at <= ?)")) {
            for (int i = 1; i <= 4; i++) {
                count.setObject(i, now);
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The first eight digits of a round's enterprise numbers, less the enterprise's index: valid numbers start with
     * 0 or 1, and each round has three million of its own.
     */
    private static int numberBase(int round) {
        return 10_000_000 + round * 3_000_000;
    }

    private static String range(boolean postgres, int count) {
        return postgres ? "generate_series(1, " + count + ") as r(x)" : "system_range(1, " + count + ")";
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A one-page PDF letter made with PDFBox, kept once in the content store. */
    private StoredContent letter() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("e-Box Enterprise bench letter");
                text.endText();
            }
            document.save(out);
            return contentStore.store(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
