package org.ebox.web.messages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ebox.platform.SpreadsheetCells;

/**
 * manifest.csv of a download: one row per file with its size and SHA-256, and one per registered mail left out.
 * Written by Commons CSV as RFC 4180 has it, every cell quoted, so that commas, quotes and line breaks in subjects
 * survive; every cell through SpreadsheetCells, because subjects come from institutions and the file is opened in a
 * spreadsheet.
 */
final class ZipManifest {

    static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader("message_id", "subject", "file", "size_bytes", "sha256")
            .setQuoteMode(QuoteMode.ALL)
            .get();

    static final String NOT_PICKED_UP = "(registered mail not picked up)";

    private final StringWriter text = new StringWriter();
    private final CSVPrinter rows;

    ZipManifest() {
        try {
            rows = new CSVPrinter(text, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void file(String messageId, String subject, String path, long sizeInBytes, String sha256Hex) {
        row(messageId, subject, path, String.valueOf(sizeInBytes), sha256Hex);
    }

    void notPickedUp(String messageId, String subject) {
        row(messageId, subject, NOT_PICKED_UP, "", "");
    }

    byte[] toUtf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(String... cells) {
        try {
            for (String cell : cells) {
                rows.print(SpreadsheetCells.plainText(cell));
            }
            rows.println();
        } catch (IOException e) {
            // A StringWriter does not fail; the printer's signature says it could.
            throw new UncheckedIOException(e);
        }
    }
}
