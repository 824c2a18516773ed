package org.ebox.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ebox.enterprise.control.KboFile;

/**
 * A full KBO/BCE open data extract of any size, written as a stream (never held in memory): for each enterprise one
 * line of enterprise.csv, a French name, a registered address, and for every second one an email contact, as the
 * public extract has them. Enterprise numbers are 1000.000.0xx upwards with their check digits.
 */
final class KboBenchExtract {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** How many lines of each file an extract of this many enterprises has. */
    record Size(long enterprises, long denominations, long addresses, long contacts) {
        long lines() {
            return enterprises + denominations + addresses + contacts;
        }
    }

    private KboBenchExtract() {}

    static Size write(Path zip, int enterprises, int extractNumber, LocalDate snapshot) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out);
                Writer text = new BufferedWriter(new OutputStreamWriter(entries, StandardCharsets.UTF_8), 1 << 16)) {
            entries.putNextEntry(new ZipEntry("meta.csv"));
            text.write("\"Variable\",\"Value\"\n\"SnapshotDate\",\"" + DATE.format(snapshot) + "\"\n"
                    + "\"ExtractTimestamp\",\"" + DATE.format(snapshot.plusDays(1)) + " 05:12:33\"\n"
                    + "\"ExtractType\",\"full\"\n\"ExtractNumber\",\"" + extractNumber + "\"\n\"Version\",\"1.0.0\"\n");
            text.flush();
            file(entries, text, KboFile.ENTERPRISE);
            for (int i = 0; i < enterprises; i++) {
                text.write("\"" + number(i) + "\",\"AC\",\"000\",\"2\",\"014\",\"\",\"01-03-2019\"\n");
            }
            text.flush();
            file(entries, text, KboFile.DENOMINATION);
            for (int i = 0; i < enterprises; i++) {
                text.write("\"" + number(i) + "\",\"1\",\"001\",\"Entreprise de banc " + i + " SRL\"\n");
            }
            text.flush();
            file(entries, text, KboFile.ADDRESS);
            for (int i = 0; i < enterprises; i++) {
                text.write("\"" + number(i) + "\",\"REGO\",\"\",\"\",\"1000\",\"Brussel\",\"Bruxelles\","
                        + "\"Wetstraat\",\"Rue de la Loi\",\"" + (1 + i % 300) + "\",\"\",\"\",\"\"\n");
            }
            text.flush();
            file(entries, text, KboFile.CONTACT);
            long contacts = 0;
            for (int i = 0; i < enterprises; i += 2) {
                text.write("\"" + number(i) + "\",\"ENT\",\"EMAIL\",\"info" + i + "@bench.example\"\n");
                contacts++;
            }
            text.flush();
            entries.closeEntry();
            return new Size(enterprises, enterprises, enterprises, contacts);
        }
    }

    private static void file(ZipOutputStream entries, Writer text, KboFile file) throws IOException {
        text.flush();
        entries.closeEntry();
        entries.putNextEntry(new ZipEntry(file.fullName()));
        text.write("\"" + String.join("\",\"", file.columns()) + "\"\n");
    }

    /** The i-th enterprise number, dotted as the extract writes it. */
    static String number(int i) {
        long base = 10_000_000L + i;
        String digits = String.format("%08d%02d", base, 97 - base % 97);
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
