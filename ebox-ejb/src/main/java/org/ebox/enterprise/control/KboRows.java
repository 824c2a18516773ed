package org.ebox.enterprise.control;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The lines of one CSV file of the KBO/BCE open data extract, as the cookbook describes them (comma, text between
 * double quotes, an empty value is nothing between two commas, the first line names the columns), read by Apache
 * Commons CSV one at a time, so that a file of millions of lines is never held in memory. The first line must name
 * the file's columns in their order, or nothing of the file is read. Each later line is a {@link Row} of exactly as
 * many values, or a {@link Rejected} line with the reason; a line the CSV reader cannot make sense of (a quote left
 * open) ends the file there, since nothing after it can be told apart.
 */
public final class KboRows implements Iterator<KboRows.Line>, Closeable {

    /** A line of the file, by its number (the column names are line 1). */
    public sealed interface Line {
        long number();
    }

    /** A line with a value for every column, in the columns' order (empty where the extract has none). */
    public record Row(long number, List<String> values) implements Line {
        public String value(int column) {
            return values.get(column);
        }
    }

    /** A line the e-Box cannot take, and why; the import reports it and goes on. */
    public record Rejected(long number, Reason reason, String detail) implements Line {}

    /** Why a line is rejected, as the import's report says it. */
    public enum Reason {
        /** Not as many values as the file has columns: a truncated or joined line. */
        COLUMNS,
        /** An entity number that is not one of the formats, or whose check digits are wrong. */
        NUMBER,
        /** A date that is not dd-mm-yyyy. */
        DATE,
        /** A value longer than the cookbook allows. */
        TOO_LONG,
        /** A value the file must have is empty. */
        MISSING,
        /** The rest of the file cannot be read (a quote opened and never closed). */
        UNREADABLE,
        /** An enterprise listed a second time in the same file: the first line counts. */
        DUPLICATE,
        /** A name, address or contact of an enterprise that is neither in the extract nor open in the register. */
        UNKNOWN
    }

    /** The file is not the one expected: its first line names other columns, or it is empty. */
    public static final class WrongFile extends Exception {
        private static final long serialVersionUID = 1L;

        public WrongFile(String message) {
            super(message);
        }
    }

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

    private final String name;
    private final List<String> columns;
    private final CSVParser parser;
    private final CountingStream bytes;
    private final Iterator<CSVRecord> records;
    private Line next;
    private boolean ended;

    private KboRows(String name, List<String> columns, CSVParser parser, CountingStream bytes) {
        this.bytes = bytes;
        this.name = name;
        this.columns = columns;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens a file of a full extract and checks its first line; then {@code skip} lines are passed over (a restart). */
    public static KboRows open(KboFile file, InputStream in, long skip) throws IOException, WrongFile {
        return open(new KboFile.Part(file, KboFile.Kind.FULL), in, skip);
    }

    /** Opens one part of an extract and checks its first line; then {@code skip} lines are passed over. */
    public static KboRows open(KboFile.Part part, InputStream in, long skip) throws IOException, WrongFile {
        CountingStream counting = new CountingStream(in);
        Reader reader = new InputStreamReader(withoutByteOrderMark(counting), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, FORMAT);
        KboRows rows = new KboRows(part.name(), part.columns(), parser, counting);
        rows.checkHeader();
        for (long skipped = 0; skipped < skip && rows.hasNext(); skipped++) {
            rows.next();
        }
        return rows;
    }

    /** A UTF-8 byte order mark, which some tools write first, would stand before the first quote: it is dropped. */
    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 3);
        byte[] head = stream.readNBytes(3);
        boolean mark =
                head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!mark) {
            stream.unread(head);
        }
        return stream;
    }

    private void checkHeader() throws WrongFile, IOException {
        if (!records.hasNext()) {
            close();
            throw new WrongFile(name + " is empty");
        }
        List<String> header = records.next().toList();
        if (!header.equals(columns)) {
            close();
            throw new WrongFile(name + " names the columns " + header + ", not " + columns);
        }
    }

    /**
     * How many bytes of the file were read so far: the reader reads ahead, so this runs a buffer ahead of the lines
     * given out. Enough to show progress.
     */
    public long bytesRead() {
        return bytes.count;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line read() {
        try {
            if (!records.hasNext()) {
                ended = true;
                return null;
            }
            CSVRecord record = records.next();
            long number = record.getRecordNumber();
            if (record.size() != columns.size()) {
                return new Rejected(
                        number,
                        Reason.COLUMNS,
                        record.size() + " values where " + name + " has " + columns.size() + " columns");
            }
            return new Row(number, record.toList());
        } catch (UncheckedIOException unreadable) {
            ended = true;
            return new Rejected(
                    parser.getRecordNumber() + 1,
                    Reason.UNREADABLE,
                    "the file cannot be read from here on: "
                            + unreadable.getCause().getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the bytes read through it, for the import's progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
