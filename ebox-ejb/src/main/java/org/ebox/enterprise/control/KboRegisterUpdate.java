package org.ebox.enterprise.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ebox.enterprise.entity.KboImport.ExtractType;

/**
 * Changes the register of enterprises by what an import staged, set by set in SQL, inside the caller's one
 * transaction: the register shows the extract entirely or not at all.
 *
 * <ul>
 *   <li>An enterprise listed twice keeps its first line; the others are rejected as duplicates.
 *   <li>Its name is its first denomination of type 001 ('name'); a new enterprise without one is rejected.
 *   <li>Closures: a full extract closes every open enterprise the KBO listed before and lists no more; an update
 *       closes those in its enterprise removals that it does not insert again. A closed enterprise keeps its e-Box,
 *       read-only, until its messages expire; listed again, it opens again.
 *   <li>New enterprises get the domain 'Company without staff' until an operator says otherwise; existing ones keep
 *       theirs.
 *   <li>Names, addresses and contacts: a full extract replaces those of every enterprise it lists; an update removes
 *       those of the entities its removals name, then inserts its rows. A row for an enterprise that is not open in
 *       the register is rejected as unknown.
 * </ul>
 */
public final class KboRegisterUpdate {

    /** What the update did to the register; {@code rejected} counts the lines it rejected itself (duplicates, names and details it cannot place), beside those the reading rejected. */
    public record Result(long created, long updated, long closed, long rejected) {}

    private static final List<String> DETAILS = List.of("DENOMINATION", "ADDRESS", "CONTACT");

    private static final List<String> STAGED = List.of("enterprise", "removal", "denomination", "address", "contact");

    /**
     * Each staged enterprise's name: its first denomination of type 001 ('name') by the extract's order, found in one
     * pass over the staged names (a subquery per enterprise took 36 s of two million).
     */
    private static final String FIRST_NAMES = "(SELECT f.enterprise_number, f.denomination AS name FROM (SELECT"
            + " d.enterprise_number, d.denomination, ROW_NUMBER() OVER (PARTITION BY d.enterprise_number ORDER BY"
            + " d.file_name, d.line_number) AS ordinal FROM kbo_staged_denomination d WHERE d.import_id = ? AND"
            + " d.type_of_denomination = '001') f WHERE f.ordinal = 1)";

    private final Connection connection;
    private final String importId;

    public KboRegisterUpdate(Connection connection, String importId) {
        this.connection = connection;
        this.importId = importId;
    }

    public Result apply(ExtractType type, int extractNumber, LocalDate snapshotDate) throws SQLException {
        analyzeStaged();
        long rejected = rejectDuplicates();
        rejected += rejectNewWithoutName();
        long closed = type == ExtractType.FULL ? closeUnlisted(snapshotDate) : closeRemoved(snapshotDate);
        removeDetails(type);
        long created = count("SELECT COUNT(*) FROM kbo_staged_enterprise s WHERE s.import_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.enterprise_number = s.enterprise_number)");
        long listed = count("SELECT COUNT(*) FROM kbo_staged_enterprise WHERE import_id = ?");
        mergeEnterprises(extractNumber);
        countNewBoxes();
        if (type == ExtractType.UPDATE) {
            // A full extract lists every enterprise whose names it has: the merge named them all already.
            renameFromNewDenominations();
        }
        rejected += rejectUnknownDetails();
        long changedInDetailsOnly = type == ExtractType.UPDATE ? changedInDetailsOnly() : 0;
        insertDetails();
        forgetStaged();
        return new Result(created, listed - created + changedInDetailsOnly, closed, rejected);
    }

    /**
     * Removes what the import staged: after it was applied, or when an operator cancels it. One import runs at a time
     * in the whole cluster, so PostgreSQL may empty the tables at once (TRUNCATE: 10 s less for two million
     * enterprises than deleting row by row).
     */
    public void forgetStaged() throws SQLException {
        if (isPostgres()) {
            try (Statement truncate = connection.createStatement()) {
                truncate.execute("TRUNCATE "
                        + String.join(
                                ", ",
                                STAGED.stream()
                                        .map(table -> "kbo_staged_" + table)
                                        .toList()));
            }
            return;
        }
        for (String table : STAGED) {
            update("DELETE FROM kbo_staged_" + table + " WHERE import_id = ?");
        }
    }

    private long rejectDuplicates() throws SQLException {
        return reject(
                "kbo_staged_enterprise",
                "DUPLICATE",
                "'enterprise ' || s.enterprise_number || ' is listed on an earlier line'",
                "EXISTS (SELECT 1 FROM kbo_staged_enterprise f WHERE f.import_id = s.import_id AND"
                        + " f.enterprise_number = s.enterprise_number AND (f.file_name < s.file_name OR"
                        + " (f.file_name = s.file_name AND f.line_number < s.line_number)))");
    }

    /**
     * Moves the staged rows of a table that meet a condition (on the row {@code s}) into the report, with the reason
     * and a detail computed from the row.
     */
    private long reject(String table, String reason, String detail, String condition) throws SQLException {
        String rows = " FROM " + table + " s WHERE s.import_id = ? AND " + condition;
        long rejected = update("INSERT INTO kbo_import_rejection (import_id, file_name, line_number, reason, detail)"
                + " SELECT s.import_id, s.file_name, s.line_number, '" + reason + "', " + detail + rows);
        if (rejected > 0) {
            // Most checks find nothing: a second pass over millions of staged rows only when they did (2 s each).
            update("DELETE FROM " + table + " WHERE (import_id, file_name, line_number) IN (SELECT s.import_id,"
                    + " s.file_name, s.line_number" + rows + ")");
        }
        return rejected;
    }

    /**
     * The staging tables filled within minutes: PostgreSQL's planner must know their size before it joins them with
     * the register (ANALYZE, unlike VACUUM, runs inside the apply step's transaction).
     */
    private void analyzeStaged() throws SQLException {
        if (isPostgres()) {
            for (String table : STAGED) {
                update("ANALYZE kbo_staged_" + table);
            }
        }
    }

    private long rejectNewWithoutName() throws SQLException {
        return reject(
                "kbo_staged_enterprise",
                "MISSING",
                "'enterprise ' || s.enterprise_number || ' has no name (a denomination of type 001)'",
                "NOT EXISTS (SELECT 1 FROM kbo_staged_denomination d WHERE d.import_id = s.import_id AND"
                        + " d.enterprise_number = s.enterprise_number AND d.type_of_denomination = '001') AND NOT"
                        + " EXISTS (SELECT 1 FROM enterprise e WHERE e.enterprise_number = s.enterprise_number)");
    }

    private long closeUnlisted(LocalDate snapshotDate) throws SQLException {
        try (PreparedStatement close = connection.prepareStatement("UPDATE enterprise SET closed_on = ?, version ="
                + " version + 1 WHERE closed_on IS NULL AND kbo_extract_number IS NOT NULL AND NOT EXISTS (SELECT 1"
                + " FROM kbo_staged_enterprise s WHERE s.import_id = ? AND s.enterprise_number ="
                + " enterprise.enterprise_number)")) {
            close.setDate(1, Date.valueOf(snapshotDate));
            close.setString(2, importId);
            return close.executeUpdate();
        }
    }

    private long closeRemoved(LocalDate snapshotDate) throws SQLException {
        try (PreparedStatement close = connection.prepareStatement("UPDATE enterprise SET closed_on = ?, version ="
                + " version + 1 WHERE closed_on IS NULL AND enterprise_number IN (SELECT r.enterprise_number FROM"
                + " kbo_staged_removal r WHERE r.import_id = ? AND r.kbo_file = 'ENTERPRISE') AND NOT EXISTS (SELECT"
                + " 1 FROM kbo_staged_enterprise s WHERE s.import_id = ? AND s.enterprise_number ="
                + " enterprise.enterprise_number)")) {
            close.setDate(1, Date.valueOf(snapshotDate));
            close.setString(2, importId);
            close.setString(3, importId);
            return close.executeUpdate();
        }
    }

    private void removeDetails(ExtractType type) throws SQLException {
        for (String detail : DETAILS) {
            String table = "enterprise_" + detail.toLowerCase(Locale.ROOT);
            if (type == ExtractType.FULL) {
                update("DELETE FROM " + table + " WHERE enterprise_number IN (SELECT s.enterprise_number FROM"
                        + " kbo_staged_enterprise s WHERE s.import_id = ?)");
            } else {
                update("DELETE FROM " + table + " WHERE enterprise_number IN (SELECT r.enterprise_number FROM"
                        + " kbo_staged_removal r WHERE r.import_id = ? AND r.kbo_file = '" + detail + "')");
            }
        }
    }

    private void mergeEnterprises(int extractNumber) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO enterprise e USING (SELECT"
                + " s.enterprise_number, n.name, s.type_of_enterprise, s.juridical_form, s.start_date FROM"
                + " kbo_staged_enterprise s LEFT JOIN " + FIRST_NAMES + " n ON n.enterprise_number ="
                + " s.enterprise_number WHERE s.import_id = ?) s ON (e.enterprise_number = s.enterprise_number)"
                + " WHEN MATCHED THEN UPDATE SET name = COALESCE(s.name, e.name), type_of_enterprise ="
                + " s.type_of_enterprise, juridical_form = s.juridical_form, start_date = s.start_date, closed_on ="
                + " NULL, kbo_extract_number = ?, version = e.version + 1"
                + " WHEN NOT MATCHED THEN INSERT (enterprise_number, name, domain, type_of_enterprise, juridical_form,"
                + " start_date, kbo_extract_number, version) VALUES (s.enterprise_number, s.name,"
                + " 'COMPANY_WITHOUT_STAFF', s.type_of_enterprise, s.juridical_form, s.start_date, ?, 0)")) {
            merge.setString(1, importId);
            merge.setString(2, importId);
            merge.setInt(3, extractNumber);
            merge.setInt(4, extractNumber);
            merge.executeUpdate();
        }
    }

    /**
     * The enterprises the merge just made start with empty box counters (BoxCounts): the only ones whose count is
     * known without counting, since no message can name an enterprise before its row exists. The merge gives a new
     * row version 0 and raises the version of every row it matches.
     */
    private void countNewBoxes() throws SQLException {
        update("INSERT INTO box_count (enterprise_number, visible, masked) SELECT e.enterprise_number, 0, 0"
                + " FROM enterprise e JOIN kbo_staged_enterprise s ON s.enterprise_number = e.enterprise_number"
                + " WHERE s.import_id = ? AND e.version = 0"
                + " AND NOT EXISTS (SELECT 1 FROM box_count c WHERE c.enterprise_number = e.enterprise_number)");
    }

    /** An update may change an enterprise's names without listing the enterprise itself again. */
    private void renameFromNewDenominations() throws SQLException {
        update("MERGE INTO enterprise e USING " + FIRST_NAMES + " n ON (e.enterprise_number = n.enterprise_number)"
                + " WHEN MATCHED AND NOT EXISTS (SELECT 1 FROM kbo_staged_enterprise s WHERE s.import_id = ? AND"
                + " s.enterprise_number = e.enterprise_number) THEN UPDATE SET name = n.name, version = e.version + 1");
    }

    private long rejectUnknownDetails() throws SQLException {
        long rejected = 0;
        for (String detail : DETAILS) {
            rejected += reject(
                    "kbo_staged_" + detail.toLowerCase(Locale.ROOT),
                    "UNKNOWN",
                    "'no open enterprise ' || s.enterprise_number || ' in the register or the extract'",
                    "NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.enterprise_number = s.enterprise_number AND"
                            + " e.closed_on IS NULL)");
        }
        return rejected;
    }

    /**
     * The open enterprises an update changes without listing them again: a name, an address or a contact removed or
     * added. They are updated as much as those it lists.
     */
    private long changedInDetailsOnly() throws SQLException {
        return count("SELECT COUNT(DISTINCT x.enterprise_number) FROM ("
                + " SELECT enterprise_number FROM kbo_staged_denomination WHERE import_id = ?"
                + " UNION SELECT enterprise_number FROM kbo_staged_address WHERE import_id = ?"
                + " UNION SELECT enterprise_number FROM kbo_staged_contact WHERE import_id = ?"
                + " UNION SELECT enterprise_number FROM kbo_staged_removal WHERE import_id = ? AND kbo_file <> 'ENTERPRISE'"
                + ") x WHERE NOT EXISTS (SELECT 1 FROM kbo_staged_enterprise s WHERE s.import_id = ? AND"
                + " s.enterprise_number = x.enterprise_number) AND EXISTS (SELECT 1 FROM enterprise e WHERE"
                + " e.enterprise_number = x.enterprise_number AND e.closed_on IS NULL)");
    }

    private void insertDetails() throws SQLException {
        update("INSERT INTO enterprise_denomination (enterprise_number, line_number, language, type_of_denomination,"
                + " denomination) SELECT enterprise_number, line_number, language, type_of_denomination, denomination"
                + " FROM kbo_staged_denomination WHERE import_id = ?");
        update("INSERT INTO enterprise_address (enterprise_number, line_number, type_of_address, country_nl,"
                + " country_fr, zipcode, municipality_nl, municipality_fr, street_nl, street_fr, house_number, box)"
                + " SELECT enterprise_number, line_number, type_of_address, country_nl, country_fr, zipcode,"
                + " municipality_nl, municipality_fr, street_nl, street_fr, house_number, box FROM kbo_staged_address"
                + " WHERE import_id = ?");
        update("INSERT INTO enterprise_contact (enterprise_number, line_number, contact_type, contact_value) SELECT"
                + " enterprise_number, line_number, contact_type, contact_value FROM kbo_staged_contact WHERE"
                + " import_id = ?");
    }

    private boolean isPostgres() throws SQLException {
        return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
    }

    /** Runs a statement whose every parameter is this import's id. */
    private long update(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, importId);
            }
            return statement.executeUpdate();
        }
    }

    /** Counts with a query whose every parameter is this import's id. */
    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, importId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
