package org.ebox.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;

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
    public record Round(int round, int enterprises, int messages, String prefix) {}

    public String database() {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection) ? "PostgreSQL" : "H2";
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
            boolean postgres = isPostgres(connection);
            String[] first = firstSender(connection);
            String sender = first[0];
            String application = first[1];
            String type = first[2];
            String number = "cast(" + numberBase(round) + " + %1$s as varchar(8)) || lpad(cast(97 - mod("
                    + numberBase(round) + " + %1$s, 97) as varchar(2)), 2, '0')";
            execute(
                    connection,
                    "insert into enterprise (enterprise_number, name, domain, notification_email,"
                            + " ebox_opened_at) select " + String.format(number, "x") + ", 'Bench " + round + " ' || x,"
                            + " 'NSSO_EMPLOYER', 'e' || x || '@" + prefix
                            + "bench.test', cast(? as timestamp with time zone)"
                            + " from " + range(postgres, enterprises),
                    now.minusYears(1));
            execute(
                    connection,
                    "insert into person (person_id, login, password_hash, given_name, family_name, email,"
                            + " preferred_language) select '" + prefix + "p-' || x, '" + prefix
                            + "p.' || x, 'none', 'Bench',"
                            + " 'Person ' || x, 'p' || x || '@" + prefix
                            + "bench.test', case mod(x, 3) when 0 then 'nl'"
                            + " when 1 then 'fr' else 'de' end from " + range(postgres, enterprises));
            execute(
                    connection,
                    "insert into enterprise_access (access_id, person_id, enterprise_number, access_role,"
                            + " ebox_administrator) select '" + prefix + "a-' || x, '" + prefix + "p-' || x, "
                            + String.format(number, "x") + ", 'LOCAL_ADMINISTRATOR', false from "
                            + range(postgres, enterprises));
            String ts = "cast(? as timestamp with time zone)";
            execute(
                    connection,
                    "insert into message (message_id, enterprise_number, sender_organization_id,"
                            + " sender_application_id, message_type_id, subject_en, receipt_date, expiration_date,"
                            + " registered_mail, read_at, new_notice_due_at, reminder_due_at, expiry_alert_due_at)"
                            + " select '" + prefix + "m-' || x, "
                            + String.format(number, "mod(x - 1, " + enterprises + ") + 1") + ", '" + sender + "', '"
                            + application + "', '" + type + "',"
                            + " 'Bench message ' || x,"
                            + " case when mod(x, 10) = 0 then " + ts + " else " + ts + " end,"
                            + " case when mod(x, 10) = 0 then " + ts + " else " + ts + " end,"
                            + " mod(x, 7) = 0,"
                            + " case when mod(x, 10) in (1, 2) then " + ts + " end,"
                            + " case when mod(x, 10) >= 3 then " + ts + " end,"
                            + " case when mod(x, 10) = 3 then " + ts + " end,"
                            + " case when mod(x, 10) = 4 then " + ts + " end"
                            + " from " + range(postgres, messages),
                    now.minusDays(40),
                    now.minusDays(16),
                    now.minusDays(10),
                    now.plusDays(20),
                    now.minusDays(15),
                    now.minusHours(2),
                    now.minusHours(1),
                    now.minusHours(1));
            attachLetters(connection, postgres, prefix + "m-", prefix + "f-", messages, letter);
            // Each new box counted as the migration counts the boxes already there (BoxCounts).
            execute(
                    connection,
                    "insert into box_count (enterprise_number, visible, masked) select e.enterprise_number, "
                            + boxCount("e.enterprise_number", true) + ", " + boxCount("e.enterprise_number", false)
                            + " from enterprise e where e.notification_email like ?",
                    "%@" + prefix + "bench.test");
            if (postgres) {
                // As autovacuum leaves a table in steady state: statistics, and pages marked all-visible for
                // index-only scans.
                execute(connection, "vacuum analyze");
            }
        }
        return new Round(round, enterprises, messages, prefix);
    }

    /**
     * A big box: {@code count} more messages for the round's first enterprise, received one every few minutes up to
     * now (all unexpired, visible), each with its letter. Every hundredth has the word "aanslagbiljet" in its Dutch
     * subject and search text, for the text search. Answers the enterprise number.
     */
    public String bigBox(Round round, int count, OffsetDateTime now) throws SQLException {
        StoredContent letter = letter();
        String enterprise = enterpriseNumber(round.round(), 1);
        String prefix = round.prefix() + "box-";
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = isPostgres(connection);
            String[] sender = firstSender(connection);
            String subject = "'Bench bericht ' || x || case when mod(x, 100) = 0 then ' aanslagbiljet' else '' end";
            execute(
                    connection,
                    "insert into message (message_id, enterprise_number, sender_organization_id,"
                            + " sender_application_id, message_type_id, subject_nl, subject_fr, search_nl, search_fr,"
                            + " receipt_date, expiration_date, registered_mail, read_at) select '" + prefix
                            + "' || x, '"
                            + enterprise + "', '" + sender[0] + "', '" + sender[1] + "', '" + sender[2] + "', "
                            + subject
                            + ", 'Message de test ' || x, lower(" + subject + "), 'message de test ' || x,"
                            + " cast(? as timestamp with time zone) - " + minutes(postgres, "x * 3") + ","
                            + " cast(? as timestamp with time zone) + " + minutes(postgres, "400 * 24 * 60 - x") + ","
                            + " false, case when mod(x, 3) = 0 then cast(? as timestamp with time zone) end"
                            + " from " + range(postgres, count),
                    now,
                    now,
                    now);
            attachLetters(connection, postgres, prefix, prefix + "f-", count, letter);
            execute(
                    connection,
                    "update box_count set visible = " + boxCount("box_count.enterprise_number", true) + ", masked = "
                            + boxCount("box_count.enterprise_number", false) + " where enterprise_number = ?",
                    enterprise);
            if (postgres) {
                execute(connection, "vacuum analyze message");
                execute(connection, "vacuum analyze attachment");
            }
        }
        return enterprise;
    }

    /** The count of a box's rows in one folder, as box_count keeps it. */
    private static String boxCount(String enterpriseColumn, boolean visible) {
        return "(select count(*) from message m where m.enterprise_number = " + enterpriseColumn + " and m.visible = "
                + visible + ")";
    }

    /**
     * Lets the round's first person log in with the password of this demo person and this authenticator secret,
     * with the e-Box opened to it and its enterprise fully digital; answers its login.
     */
    public String enableLogin(Round round, String passwordHashOf, String authenticatorSecret, OffsetDateTime now)
            throws SQLException {
        String login = round.prefix() + "p.1";
        try (Connection connection = dataSource.getConnection()) {
            execute(
                    connection,
                    "update person set password_hash = (select password_hash from person where login = ?),"
                            + " totp_secret = ?, totp_last_step = null, preferred_language = 'nl',"
                            + " access_info_answer = 'CONFIRMED', access_info_answered_at = ? where login = ?",
                    passwordHashOf,
                    authenticatorSecret,
                    now,
                    login);
            execute(
                    connection,
                    "update enterprise_access set ebox_administrator = true where person_id = ?",
                    round.prefix() + "p-1");
            // A big box's enterprise answered the fully-digital question long ago: no welcome page in between (once:
            // the consent is irreversible, and PostgreSQL's trigger refuses to touch it again).
            execute(
                    connection,
                    "update enterprise set fully_digital_at = ?, fully_digital_by = ?"
                            + " where enterprise_number = ? and fully_digital_at is null",
                    now,
                    round.prefix() + "p-1",
                    enterpriseNumber(round.round(), 1));
        }
        return login;
    }

    /** The id of the newest nightly run that started at this time or later, if any has. */
    public java.util.Optional<String> nightlyRunStartedSince(OffsetDateTime since) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select run_id from nightly_run" + " where started_at >= ? order by started_at desc")) {
            query.setObject(1, since);
            query.setMaxRows(1);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The newest {@code count} message ids of a box, as its first page lists them. */
    public List<String> newestIds(String enterprise, int count) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select message_id from message"
                        + " where enterprise_number = ? order by receipt_date desc, message_id")) {
            query.setString(1, enterprise);
            query.setMaxRows(count);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Gives each of these messages' letters a file of its own of this size (distinct bytes, so stored apart). */
    public long ownFiles(List<String> messageIds, int size) throws SQLException, IOException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update attachment set sha256 = ?," + " size_bytes = ? where message_id = ?")) {
            Random random = new Random(42);
            for (String id : messageIds) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                StoredContent content = contentStore.store(bytes);
                update.setString(1, content.sha256Hex());
                update.setLong(2, content.sizeInBytes());
                update.setString(3, id);
                update.executeUpdate();
                total += size;
            }
        }
        return total;
    }

    /**
     * The raw query behind a page of a box: the visible unexpired messages of the enterprise, newest first, with
     * their total, optionally containing a word of the Dutch search text. Reads every column of every row.
     */
    public void rawBoxPage(String enterprise, int page, int size, String word, OffsetDateTime now) {
        rawBoxPage(enterprise, page, size, word, now, true, true);
    }

    /** The same, with only the page's rows, or only its total. */
    public void rawBoxPage(
            String enterprise,
            int page,
            int size,
            String word,
            OffsetDateTime now,
            boolean withRows,
            boolean withTotal) {
        String where = " from message where enterprise_number = ? and expiration_date > ? and visible = true"
                + (word == null ? "" : " and search_nl like ?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rows = connection.prepareStatement(
                        "select *" + where + " order by receipt_date desc, message_id limit ? offset ?");
                PreparedStatement total = connection.prepareStatement("select count(*)" + where)) {
            int parameter = 1;
            for (PreparedStatement statement : List.of(rows, total)) {
                parameter = 1;
                statement.setString(parameter++, enterprise);
                statement.setObject(parameter++, now);
                if (word != null) {
                    statement.setString(parameter++, "%" + word + "%");
                }
            }
            rows.setInt(parameter++, size);
            rows.setInt(parameter, (page - 1) * size);
            List<PreparedStatement> wanted = new ArrayList<>();
            if (withRows) {
                wanted.add(rows);
            }
            if (withTotal) {
                wanted.add(total);
            }
            for (PreparedStatement statement : wanted) {
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rs.getObject(column);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many messages the database holds. */
    public long messagesInDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from message")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The files of these messages' letters, in the same order. */
    public List<StoredContent> filesOf(List<String> messageIds) throws SQLException {
        List<StoredContent> files = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select sha256, size_bytes from attachment" + " where message_id = ?")) {
            for (String id : messageIds) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    files.add(new StoredContent(rs.getString(1).trim(), rs.getLong(2)));
                }
            }
        }
        return files;
    }

    /**
     * The raw ceiling of one publication, in one JDBC transaction: the file hashed and written to disk, then the rows
     * a publication through the API writes (message, attachment, publication record, audit record).
     */
    public void rawPublication(
            String messageId, String enterprise, String sender, byte[] pdf, Path files, OffsetDateTime now)
            throws Exception {
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Path temporary = Files.createTempFile(files, "upload", ".part");
        Files.write(temporary, pdf);
        Files.move(temporary, files.resolve(sha256), StandardCopyOption.REPLACE_EXISTING);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            execute(
                    connection,
                    "insert into message (message_id, enterprise_number, sender_organization_id,"
                            + " sender_application_id, message_type_id, subject_nl, subject_fr, search_nl, search_fr,"
                            + " receipt_date, expiration_date, reply_authorized, new_notice_due_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)",
                    messageId,
                    enterprise,
                    sender,
                    "nsso-dmfa",
                    "dmfa-notice",
                    "Bench publicatie",
                    "Publication de test",
                    "bench publicatie",
                    "publication de test",
                    now,
                    now.plusYears(1),
                    now.plusDays(1));
            execute(
                    connection,
                    "insert into attachment (attachment_id, message_id, position, title_en, file_name,"
                            + " media_type, size_bytes, sha256, main_content) values (?, ?, 0, 'Letter', 'letter.pdf',"
                            + " 'application/pdf', ?, ?, true)",
                    UUID.randomUUID().toString(),
                    messageId,
                    pdf.length,
                    sha256);
            execute(
                    connection,
                    "insert into publication_record (sender_organization_id, idempotency_key,"
                            + " request_fingerprint, message_id, published_at) values (?, ?, ?, ?, ?)",
                    sender,
                    messageId,
                    sha256,
                    messageId,
                    now);
            execute(
                    connection,
                    "insert into audit_record (audit_id, recorded_at, subject_token_hashed, client_id,"
                            + " request_method, request_url, response_code) values (?, ?, ?, ?, 'POST', ?, 201)",
                    UUID.randomUUID().toString(),
                    now,
                    sha256,
                    "bench",
                    "/publishMessage");
            connection.commit();
        }
    }

    /** Gives messages {@code messagePrefix}1 to {@code messagePrefix}count the letter, as their one attachment. */
    private static void attachLetters(
            Connection connection,
            boolean postgres,
            String messagePrefix,
            String attachmentPrefix,
            int count,
            StoredContent letter)
            throws SQLException {
        execute(
                connection,
                "insert into attachment (attachment_id, message_id, position, title_en, file_name,"
                        + " media_type, size_bytes, sha256, main_content) select '" + attachmentPrefix + "' || x, '"
                        + messagePrefix + "' || x, 0, 'Letter', 'letter.pdf', 'application/pdf', "
                        + letter.sizeInBytes()
                        + ", '" + letter.sha256Hex() + "', true from " + range(postgres, count));
    }

    /** The enterprise number of a round's enterprise of this index (1-based), as {@link #generate} makes it. */
    /**
     * The raw ceiling of a KBO import: the extract's four CSV files loaded as they are into tables of text columns, one
     * per file, with PostgreSQL's COPY (read straight from the zip) or H2's CSVREAD; then the tables are dropped.
     * Answers the seconds the loading took.
     */
    public double rawKboCopySeconds(Path zip) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = isPostgres(connection);
            List<String> tables = new ArrayList<>();
            long start = System.nanoTime();
            try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                for (java.util.zip.ZipEntry entry = entries.getNextEntry();
                        entry != null;
                        entry = entries.getNextEntry()) {
                    String name = entry.getName();
                    java.util.Optional<org.ebox.enterprise.control.KboFile> file = java.util.Arrays.stream(
                                    org.ebox.enterprise.control.KboFile.values())
                            .filter(f -> f != org.ebox.enterprise.control.KboFile.META
                                    && f.fullName().equals(name))
                            .findFirst();
                    if (file.isEmpty()) {
                        continue;
                    }
                    String table = "bench_copy_" + file.get().name().toLowerCase(java.util.Locale.ROOT);
                    tables.add(table);
                    execute(connection, "drop table if exists " + table);
                    execute(
                            connection,
                            "create table " + table + " ("
                                    + String.join(
                                            ", ",
                                            file.get().columns().stream()
                                                    .map(column -> "\"" + column + "\" varchar(500)")
                                                    .toList())
                                    + ")");
                    if (postgres) {
                        connection
                                .unwrap(org.postgresql.PGConnection.class)
                                .getCopyAPI()
                                .copyIn(
                                        "copy " + table + " from stdin (format csv, header true)",
                                        new NotClosing(entries));
                    } else {
                        Path csv = Files.createTempFile("bench-kbo", ".csv");
                        try {
                            Files.copy(new NotClosing(entries), csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            execute(
                                    connection,
                                    "insert into " + table + " select * from csvread('" + csv
                                            + "', null, 'charset=UTF-8')");
                        } finally {
                            Files.delete(csv);
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (String table : tables) {
                execute(connection, "drop table " + table);
            }
            return seconds;
        }
    }

    /** The zip's current entry, which the reader of one entry must not close (that would close the whole zip). */
    private static final class NotClosing extends java.io.FilterInputStream {
        NotClosing(java.io.InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The zip stays open for its next entry.
        }
    }

    static String enterpriseNumber(int round, int index) {
        int base = numberBase(round) + index;
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    private static String minutes(boolean postgres, String expression) {
        return postgres
                ? "make_interval(mins => " + expression + ")"
                : "cast(" + expression + " as int) * interval '1' minute";
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** The first sender organisation, application and message type: any that exist will do for bench rows. */
    private static String[] firstSender(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select a.organization_id, a.application_id, t.message_type_id"
                        + " from sender_application a, message_type t order by a.application_id,"
                        + " t.message_type_id")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
        }
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
            String due = "(new_notice_due_at <= " + ts + " or reminder_due_at <= " + ts + " or expiry_alert_due_at <= "
                    + ts + ")";
            execute(
                    connection,
                    "insert into notification (notification_id, enterprise_number, run_id, created_at,"
                            + " new_messages, status) select 'base-' || enterprise_number, enterprise_number,"
                            + " 'baseline', " + ts + ", count(*), 'PENDING' from message where " + due
                            + " and read_at is null group by enterprise_number",
                    now,
                    now,
                    now,
                    now);
            for (String[] kind : new String[][] {
                {"NEW", "new_notice_due_at"}, {"REMINDER", "reminder_due_at"}, {"EXPIRY_ALERT", "expiry_alert_due_at"}
            }) {
                execute(
                        connection,
                        "insert into message_notice (message_id, kind, notification_id, noticed_at)"
                                + " select message_id, '" + kind[0] + "', 'base-' || enterprise_number, " + ts
                                + " from message where " + kind[1] + " <= " + ts + " and read_at is null",
                        now,
                        now);
                execute(connection, "update message set " + kind[1] + " = null where " + kind[1] + " <= " + ts, now);
            }
            execute(
                    connection,
                    "insert into purge_record (message_id, enterprise_number, sender_organization_id,"
                            + " message_type_id, registered_mail, receipt_date, expiration_date, read_at, purged_at, run_id,"
                            + " files) select m.message_id, m.enterprise_number, m.sender_organization_id, m.message_type_id,"
                            + " m.registered_mail, m.receipt_date, m.expiration_date, m.read_at, " + ts
                            + ", 'baseline',"
                            + " a.sha256 from message m left join attachment a on a.message_id = m.message_id"
                            + " where m.expiration_date <= " + ts,
                    now,
                    now);
            execute(
                    connection,
                    "update message set original_message_id = null where original_message_id in"
                            + " (select message_id from message where expiration_date <= " + ts + ")",
                    now);
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
     * 0 or 1, so rounds 0 to 9 have a million of their own each.
     */
    private static int numberBase(int round) {
        if (round < 0 || round > 9) {
            throw new IllegalArgumentException("Rounds go from 0 to 9: " + round);
        }
        return 10_000_000 + round * 1_000_000;
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
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
