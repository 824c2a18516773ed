package org.ebox.enterprise.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.ebox.enterprise.control.KboRows.Reason;
import org.ebox.enterprise.control.KboRows.Rejected;
import org.ebox.enterprise.control.KboRows.Row;
import org.ebox.enterprise.entity.EnterpriseNumber;

/**
 * What a line of the extract says, for the files the e-Box takes: an enterprise, one of its names, its address, a
 * way to contact it. Lines of establishments (whose numbers are written d.ddd.ddd.ddd) are not the e-Box's business
 * and are passed over; a line that breaks the cookbook's rules is rejected with the reason.
 */
public final class KboLines {

    private static final Pattern ENTERPRISE = Pattern.compile("[01]\\d{3}\\.\\d{3}\\.\\d{3}");
    private static final Pattern ESTABLISHMENT = Pattern.compile("[2-8]\\.\\d{3}\\.\\d{3}\\.\\d{3}");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_DENOMINATION = 320;
    private static final int MAX_CONTACT = 254;
    /** The codes of code.csv are a few characters; the register keeps up to this many. */
    private static final int MAX_CODE = 10;
    /** An address's texts (streets, municipalities, countries) in the register. */
    private static final int MAX_ADDRESS_TEXT = 200;

    private KboLines() {}

    /** What became of a line. */
    public sealed interface Outcome<T> {
        /** The line, as the e-Box keeps it. */
        record Taken<T>(T value) implements Outcome<T> {}

        /** A line about an establishment. */
        record PassedOver<T>() implements Outcome<T> {}

        /** A line that breaks the rules. */
        record Refused<T>(Rejected line) implements Outcome<T> {}
    }

    public record KboEnterprise(
            EnterpriseNumber number,
            String status,
            String typeOfEnterprise,
            String juridicalForm,
            LocalDate startDate) {}

    /** A name: its language code and type code as code.csv lists them (type 001 the name, 002 abbreviation, 003 commercial name). */
    public record KboDenomination(EnterpriseNumber enterprise, String language, String type, String name) {}

    public record KboAddress(
            EnterpriseNumber enterprise,
            String type,
            String countryNl,
            String countryFr,
            String zipcode,
            String municipalityNl,
            String municipalityFr,
            String streetNl,
            String streetFr,
            String houseNumber,
            String box) {}

    /** A way to reach the entity: type TEL, EMAIL or WEB (code.csv's ContactType). */
    public record KboContact(EnterpriseNumber enterprise, String contactType, String value) {}

    public static Outcome<KboEnterprise> enterprise(Row row) {
        Outcome<EnterpriseNumber> number = number(row, row.value(0));
        if (!(number instanceof Outcome.Taken<EnterpriseNumber> taken)) {
            return recast(number);
        }
        if (row.value(1).isEmpty()) {
            return refused(row, Reason.MISSING, "no Status");
        }
        Rejected longCode = longest(row, MAX_CODE, 1, 2, 3, 4, 5);
        if (longCode != null) {
            return new Outcome.Refused<>(longCode);
        }
        LocalDate start = null;
        if (!row.value(6).isEmpty()) {
            try {
                start = LocalDate.parse(row.value(6), DATE);
            } catch (DateTimeParseException e) {
                return refused(row, Reason.DATE, "StartDate '" + row.value(6) + "' is not dd-mm-yyyy");
            }
        }
        return new Outcome.Taken<>(new KboEnterprise(taken.value(), row.value(1), row.value(3), row.value(4), start));
    }

    public static Outcome<KboDenomination> denomination(Row row) {
        Outcome<EnterpriseNumber> number = number(row, row.value(0));
        if (!(number instanceof Outcome.Taken<EnterpriseNumber> taken)) {
            return recast(number);
        }
        Rejected longCode = longest(row, MAX_CODE, 1, 2);
        if (longCode != null) {
            return new Outcome.Refused<>(longCode);
        }
        String name = row.value(3);
        if (name.isBlank()) {
            return refused(row, Reason.MISSING, "no Denomination");
        }
        if (name.length() > MAX_DENOMINATION) {
            return refused(row, Reason.TOO_LONG, "a Denomination of " + name.length() + " characters");
        }
        return new Outcome.Taken<>(new KboDenomination(taken.value(), row.value(1), row.value(2), name.strip()));
    }

    public static Outcome<KboAddress> address(Row row) {
        Outcome<EnterpriseNumber> number = number(row, row.value(0));
        if (!(number instanceof Outcome.Taken<EnterpriseNumber> taken)) {
            return recast(number);
        }
        Rejected tooLong = longest(row, MAX_CODE, 1, 4);
        if (tooLong == null) {
            tooLong = longest(row, MAX_ADDRESS_TEXT, 2, 3, 5, 6, 7, 8, 9, 10);
        }
        if (tooLong != null) {
            return new Outcome.Refused<>(tooLong);
        }
        return new Outcome.Taken<>(new KboAddress(
                taken.value(),
                row.value(1),
                row.value(2),
                row.value(3),
                row.value(4),
                row.value(5),
                row.value(6),
                row.value(7),
                row.value(8),
                row.value(9),
                row.value(10)));
    }

    public static Outcome<KboContact> contact(Row row) {
        Outcome<EnterpriseNumber> number = number(row, row.value(0));
        if (!(number instanceof Outcome.Taken<EnterpriseNumber> taken)) {
            return recast(number);
        }
        Rejected longCode = longest(row, MAX_CODE, 1, 2);
        if (longCode != null) {
            return new Outcome.Refused<>(longCode);
        }
        String value = row.value(3);
        if (value.isBlank()) {
            return refused(row, Reason.MISSING, "no Value");
        }
        if (value.length() > MAX_CONTACT) {
            return refused(row, Reason.TOO_LONG, "a Value of " + value.length() + " characters");
        }
        return new Outcome.Taken<>(new KboContact(taken.value(), row.value(2), value.strip()));
    }

    /** A line of an update's removals: the entity whose rows of that file go. */
    public static Outcome<EnterpriseNumber> removal(Row row) {
        return number(row, row.value(0));
    }

    /** An enterprise's number written 0123.456.789 with right check digits; an establishment's is passed over. */
    private static Outcome<EnterpriseNumber> number(Row row, String written) {
        if (ESTABLISHMENT.matcher(written).matches()) {
            return new Outcome.PassedOver<>();
        }
        String digits = written.replace(".", "");
        if (!ENTERPRISE.matcher(written).matches() || !EnterpriseNumber.isValid(digits)) {
            return refused(
                    row, Reason.NUMBER, "'" + written + "' is no enterprise number (0123.456.789, check digits)");
        }
        return new Outcome.Taken<>(new EnterpriseNumber(digits));
    }

    /** The first of these columns whose value is longer than the register keeps, or null. */
    private static Rejected longest(Row row, int max, int... columns) {
        for (int column : columns) {
            int length = row.value(column).length();
            if (length > max) {
                return new Rejected(
                        row.number(),
                        Reason.TOO_LONG,
                        "a value of " + length + " characters in column " + (column + 1));
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Outcome<T> recast(Outcome<EnterpriseNumber> notTaken) {
        return (Outcome<T>) (Outcome<?>) notTaken;
    }

    private static <T> Outcome<T> refused(Row row, Reason reason, String detail) {
        return new Outcome.Refused<>(new Rejected(row.number(), reason, detail));
    }
}
