package org.ebox.enterprise.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ebox.enterprise.control.KboLines.KboAddress;
import org.ebox.enterprise.control.KboLines.KboContact;
import org.ebox.enterprise.control.KboLines.KboDenomination;
import org.ebox.enterprise.control.KboLines.KboEnterprise;
import org.ebox.enterprise.control.KboLines.Outcome;
import org.ebox.enterprise.control.KboRows.Line;
import org.ebox.enterprise.control.KboRows.Rejected;
import org.ebox.enterprise.control.KboRows.Row;

/**
 * Writes what a chunk of an extract's lines says into the import's staging tables, and the lines it cannot take into
 * the import's report, a table at a time ({@link BulkRows}: a full extract has millions of lines). Writing a chunk
 * again (a restart after a failure in the middle of one) first removes what an earlier attempt of it left, from its
 * first line on, so no line is ever staged twice.
 */
public final class KboStaging {

    /** A line of one part of the extract, as the reader gives it. */
    public record Item(KboFile.Part part, Line line) {}

    /** Where a line goes, with the columns after those every row starts with: the import, the file, the line. */
    private enum Table {
        ENTERPRISE(
                "kbo_staged_enterprise",
                "enterprise_number",
                "status",
                "type_of_enterprise",
                "juridical_form",
                "start_date"),
        REMOVAL("kbo_staged_removal", "kbo_file", "enterprise_number"),
        DENOMINATION(
                "kbo_staged_denomination", "enterprise_number", "language", "type_of_denomination", "denomination"),
        ADDRESS(
                "kbo_staged_address",
                "enterprise_number",
                "type_of_address",
                "country_nl",
                "country_fr",
                "zipcode",
                "municipality_nl",
                "municipality_fr",
                "street_nl",
                "street_fr",
                "house_number",
                "box"),
        CONTACT("kbo_staged_contact", "enterprise_number", "contact_type", "contact_value"),
        REJECTION("kbo_import_rejection", "reason", "detail");

        final String name;
        final List<String> columns;

        Table(String name, String... columns) {
            this.name = name;
            List<String> all = new ArrayList<>(List.of("import_id", "file_name", "line_number"));
            all.addAll(List.of(columns));
            this.columns = List.copyOf(all);
        }

        static Table of(KboFile.Part part) {
            if (part.kind() == KboFile.Kind.REMOVALS) {
                return REMOVAL;
            }
            return switch (part.file()) {
                case ENTERPRISE -> ENTERPRISE;
                case DENOMINATION -> DENOMINATION;
                case ADDRESS -> ADDRESS;
                case CONTACT -> CONTACT;
                case META -> throw new IllegalArgumentException("meta.csv is not staged");
            };
        }
    }

    private static final int MAX_DETAIL = 500;

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
        Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
        for (Item item : items) {
            Outcome<Object[]> staged = stage(item);
            if (staged instanceof Outcome.Taken<Object[]> taken) {
                rows.computeIfAbsent(Table.of(item.part()), t -> new ArrayList<>())
                        .add(taken.value());
            } else if (staged instanceof Outcome.Refused<Object[]> refused) {
                Rejected line = refused.line();
                rows.computeIfAbsent(Table.REJECTION, t -> new ArrayList<>())
                        .add(values(item, line.reason().name(), shortened(line.detail())));
                rejected++;
            }
        }
        for (Map.Entry<Table, List<Object[]>> table : rows.entrySet()) {
            BulkRows.insert(connection, table.getKey().name, table.getKey().columns, table.getValue());
        }
        return rejected;
    }

    /** A line's row in its staging table, or why it was rejected. */
    private Outcome<Object[]> stage(Item item) {
        if (item.line() instanceof Rejected rejected) {
            return new Outcome.Refused<>(rejected);
        }
        Row row = (Row) item.line();
        KboFile.Part part = item.part();
        if (part.kind() == KboFile.Kind.REMOVALS) {
            return rowOf(
                    KboLines.removal(row), number -> values(item, part.file().name(), number.value()));
        }
        return switch (part.file()) {
            case ENTERPRISE -> rowOf(KboLines.enterprise(row), value -> enterprise(item, value));
            case DENOMINATION -> rowOf(KboLines.denomination(row), value -> denomination(item, value));
            case ADDRESS -> rowOf(KboLines.address(row), value -> address(item, value));
            case CONTACT -> rowOf(KboLines.contact(row), value -> contact(item, value));
            case META -> throw new IllegalArgumentException("meta.csv is not staged");
        };
    }

    private static <T> Outcome<Object[]> rowOf(Outcome<T> outcome, Function<T, Object[]> values) {
        if (outcome instanceof Outcome.Taken<T> taken) {
            return new Outcome.Taken<>(values.apply(taken.value()));
        } else if (outcome instanceof Outcome.Refused<T> refused) {
            return new Outcome.Refused<>(refused.line());
        }
        return new Outcome.PassedOver<>();
    }

    private Object[] enterprise(Item item, KboEnterprise value) {
        return values(
                item,
                value.number().value(),
                value.status(),
                value.typeOfEnterprise(),
                value.juridicalForm(),
                value.startDate());
    }

    private Object[] denomination(Item item, KboDenomination value) {
        return values(item, value.enterprise().value(), value.language(), value.type(), value.name());
    }

    private Object[] address(Item item, KboAddress value) {
        return values(
                item,
                value.enterprise().value(),
                value.type(),
                value.countryNl(),
                value.countryFr(),
                value.zipcode(),
                value.municipalityNl(),
                value.municipalityFr(),
                value.streetNl(),
                value.streetFr(),
                value.houseNumber(),
                value.box());
    }

    private Object[] contact(Item item, KboContact value) {
        return values(item, value.enterprise().value(), value.contactType(), value.value());
    }

    /** A row that starts with the import, the line's file and its number. */
    private Object[] values(Item item, Object... columns) {
        Object[] row = new Object[columns.length + 3];
        row[0] = importId;
        row[1] = item.part().name();
        row[2] = item.line().number();
        System.arraycopy(columns, 0, row, 3, columns.length);
        return row;
    }

    private static String shortened(String detail) {
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 3) + "..." : detail;
    }

    /** Removes what an earlier attempt staged from this line on; answers how many rejected lines went. */
    private int forgetFrom(KboFile.Part part, long firstLine) throws SQLException {
        deleteFrom(Table.of(part).name, part, firstLine);
        return deleteFrom(Table.REJECTION.name, part, firstLine);
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
}
