package org.ebox.enterprise.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ebox.enterprise.entity.KboImport.ExtractType;

/**
 * Makes small extracts in the format of the KBO/BCE open data for the tests: a zip with meta.csv and the register's
 * files, their lines quoted as the FPS Economy writes them. Lines may also be given as raw text, to make broken ones.
 */
public final class KboTestExtract {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private final ExtractType type;
    private final int number;
    private final LocalDate snapshot;
    private final Map<String, List<String>> lines = new LinkedHashMap<>();

    private KboTestExtract(ExtractType type, int number, LocalDate snapshot) {
        this.type = type;
        this.number = number;
        this.snapshot = snapshot;
        if (type == ExtractType.FULL) {
            for (KboFile file : List.of(KboFile.ENTERPRISE, KboFile.DENOMINATION, KboFile.ADDRESS, KboFile.CONTACT)) {
                lines.put(file.fullName(), new ArrayList<>(List.of(quoted(file.columns()))));
            }
        }
    }

    public static KboTestExtract full(int number, LocalDate snapshot) {
        return new KboTestExtract(ExtractType.FULL, number, snapshot);
    }

    public static KboTestExtract update(int number, LocalDate snapshot) {
        return new KboTestExtract(ExtractType.UPDATE, number, snapshot);
    }

    /** An active enterprise that is a legal person, started on 1 March 2019. */
    public KboTestExtract enterprise(String number) {
        return row(KboFile.ENTERPRISE, number, "AC", "000", "2", "014", "", "01-03-2019");
    }

    /** Its name (type 001) in French (language 1). */
    public KboTestExtract name(String number, String name) {
        return row(KboFile.DENOMINATION, number, "1", "001", name);
    }

    public KboTestExtract address(String number, String zipcode, String municipality, String street) {
        return row(
                KboFile.ADDRESS,
                number,
                "REGO",
                "",
                "",
                zipcode,
                municipality,
                municipality,
                street,
                street,
                "1",
                "",
                "",
                "");
    }

    public KboTestExtract email(String number, String email) {
        return row(KboFile.CONTACT, number, "ENT", "EMAIL", email);
    }

    /** An update's removal: the entity's rows of that file go. */
    public KboTestExtract removal(KboFile file, String number) {
        return raw(new KboFile.Part(file, KboFile.Kind.REMOVALS), quoted(List.of(number)));
    }

    /** A line of values, quoted. In an update, the file's insertions. */
    public KboTestExtract row(KboFile file, String... values) {
        return raw(part(file), quoted(List.of(values)));
    }

    /** A line as it is written, to make broken ones. */
    public KboTestExtract raw(KboFile file, String line) {
        return raw(part(file), line);
    }

    private KboTestExtract raw(KboFile.Part part, String line) {
        lines.computeIfAbsent(part.name(), name -> new ArrayList<>(List.of(quoted(part.columns()))))
                .add(line);
        return this;
    }

    private KboFile.Part part(KboFile file) {
        return new KboFile.Part(file, type == ExtractType.FULL ? KboFile.Kind.FULL : KboFile.Kind.INSERTS);
    }

    /** The extract's zip, named as the FPS Economy names it, in this folder. */
    public Path write(Path folder) throws IOException {
        String kind = type == ExtractType.FULL ? "Full" : "Update";
        Path zip = folder.resolve("KboOpenData_%04d_%d_%02d_%s.zip"
                .formatted(number, snapshot.getYear(), snapshot.getMonthValue(), kind));
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            entry(
                    entries,
                    "meta.csv",
                    String.join(
                            "\n",
                            List.of(
                                    quoted(List.of("Variable", "Value")),
                                    quoted(List.of("SnapshotDate", DATE.format(snapshot))),
                                    quoted(List.of(
                                            "ExtractTimestamp", DATE.format(snapshot.plusDays(1)) + " 05:12:33")),
                                    quoted(List.of("ExtractType", kind.toLowerCase(java.util.Locale.ROOT))),
                                    quoted(List.of("ExtractNumber", String.valueOf(number))),
                                    quoted(List.of("Version", "1.0.0")))));
            for (Map.Entry<String, List<String>> file : lines.entrySet()) {
                entry(entries, file.getKey(), String.join("\n", file.getValue()));
            }
        }
        return zip;
    }

    private static void entry(ZipOutputStream entries, String name, String text) throws IOException {
        entries.putNextEntry(new ZipEntry(name));
        entries.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        entries.closeEntry();
    }

    private static String quoted(List<String> values) {
        return values.stream()
                .map(value -> '"' + value.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(","));
    }
}
