package org.ebox.enterprise.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;

/**
 * A file that gives enterprises their domain, as an agency gets it from the NSSO's list of employers: a CSV file
 * whose first line names the columns {@code EnterpriseNumber,Domain}, then one enterprise a line, its number as
 * people write it and its domain as {@code NSSO_EMPLOYER} or {@code COMPANY_WITHOUT_STAFF}. It is read whole before
 * anything changes: one bad line and nothing of the file is taken.
 */
public final class DomainFile {

    /** The most lines a file may have: an agency sends the employers in several files beyond this. */
    public static final int MAX_LINES = 100_000;

    private static final List<String> COLUMNS = List.of("EnterpriseNumber", "Domain");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private DomainFile() {}

    /** An enterprise and the domain the file gives it. */
    public record Assignment(long line, EnterpriseNumber enterprise, EnterpriseDomain domain) {}

    /** What is wrong with a line (line 1 is the column names). */
    public record Problem(long line, Reason reason, String value) {}

    public enum Reason {
        /** The first line does not name the columns EnterpriseNumber and Domain, or the file is no CSV text. */
        HEADER,
        /** Not two values on the line. */
        COLUMNS,
        /** Not an enterprise number with right check digits. */
        NUMBER,
        /** Neither NSSO_EMPLOYER nor COMPANY_WITHOUT_STAFF. */
        DOMAIN,
        /** The enterprise is on an earlier line too. */
        DUPLICATE,
        /** The register has no such enterprise. */
        UNKNOWN,
        /** More lines than a file may have. */
        TOO_MANY
    }

    /** The file's lines, or what is wrong with them. */
    public record Parsed(List<Assignment> assignments, List<Problem> problems) {}

    public static Parsed read(InputStream in) {
        List<Assignment> assignments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<EnterpriseNumber> seen = new HashSet<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (header) {
                    header = false;
                    if (!record.toList().equals(COLUMNS)) {
                        problems.add(new Problem(line, Reason.HEADER, String.join(",", record.toList())));
                        break;
                    }
                    continue;
                }
                if (line > MAX_LINES + 1) {
                    problems.add(new Problem(line, Reason.TOO_MANY, String.valueOf(MAX_LINES)));
                    break;
                }
                read(record, seen, assignments, problems);
            }
            if (header) {
                problems.add(new Problem(1, Reason.HEADER, ""));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(0, Reason.HEADER, "not a CSV text"));
        }
        return new Parsed(assignments, problems);
    }

    private static void read(
            CSVRecord record, Set<EnterpriseNumber> seen, List<Assignment> assignments, List<Problem> problems) {
        long line = record.getRecordNumber();
        if (record.size() != COLUMNS.size()) {
            problems.add(new Problem(line, Reason.COLUMNS, String.join(",", record.toList())));
            return;
        }
        EnterpriseNumber number;
        try {
            number = EnterpriseNumber.parse(record.get(0));
        } catch (IllegalArgumentException notANumber) {
            problems.add(new Problem(line, Reason.NUMBER, record.get(0)));
            return;
        }
        EnterpriseDomain domain;
        try {
            domain = EnterpriseDomain.valueOf(record.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(line, Reason.DOMAIN, record.get(1)));
            return;
        }
        if (!seen.add(number)) {
            problems.add(new Problem(line, Reason.DUPLICATE, record.get(0)));
            return;
        }
        assignments.add(new Assignment(line, number, domain));
    }
}
