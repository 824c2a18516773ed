package org.ebox.enterprise.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ebox.enterprise.control.KboRows.Row;
import org.ebox.enterprise.control.KboRows.WrongFile;
import org.ebox.enterprise.entity.KboImport.ExtractType;

/**
 * One extract of the KBO/BCE open data, as the FPS Economy delivers it: a zip of CSV files, full
 * ({@code KboOpenData_<n>_<year>_<month>_Full.zip}: every active enterprise) or update (the changes since the previous
 * full extract, as pairs of {@code <file>_delete.csv} and {@code <file>_insert.csv}). Its {@code meta.csv} says which,
 * its number and the day it describes. The files are read from the zip as they are needed, a line at a time.
 */
public final class KboExtract implements Closeable {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What meta.csv says of the extract. */
    public record Meta(ExtractType type, int number, LocalDate snapshotDate) {}

    private static final List<KboFile> REGISTER =
            List.of(KboFile.ENTERPRISE, KboFile.DENOMINATION, KboFile.ADDRESS, KboFile.CONTACT);

    private final ZipFile zip;
    private final Meta meta;

    private KboExtract(ZipFile zip) throws IOException, WrongFile {
        this.zip = zip;
        this.meta = readMeta();
    }

    /** Opens an extract's zip and reads its meta.csv; a zip without one, or with one that says too little, is refused. */
    public static KboExtract open(Path file) throws IOException, WrongFile {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            return new KboExtract(zip);
        } catch (IOException | WrongFile | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    public Meta meta() {
        return meta;
    }

    /** Whether the extract holds this file (an update extract may leave out a pair with nothing in it). */
    public boolean holds(String name) {
        return zip.getEntry(name) != null;
    }

    /** The lines of one part, from line {@code skip} + 2 on (a restart passes over those taken). */
    public KboRows rows(KboFile.Part part, long skip) throws IOException, WrongFile {
        ZipEntry entry = zip.getEntry(part.name());
        if (entry == null) {
            throw new WrongFile("The extract holds no " + part.name());
        }
        return KboRows.open(part, zip.getInputStream(entry), skip);
    }

    /**
     * The files the import reads, in the order it reads them. A full extract must hold the four files of the
     * register; an update holds, for each, its removals and insertions when something changed.
     */
    public List<KboFile.Part> parts() throws WrongFile {
        List<KboFile.Part> parts = new ArrayList<>();
        for (KboFile file : REGISTER) {
            if (meta.type() == ExtractType.FULL) {
                KboFile.Part full = new KboFile.Part(file, KboFile.Kind.FULL);
                if (!holds(full.name())) {
                    throw new WrongFile("The full extract holds no " + full.name());
                }
                parts.add(full);
            } else {
                for (KboFile.Kind kind : List.of(KboFile.Kind.REMOVALS, KboFile.Kind.INSERTS)) {
                    KboFile.Part part = new KboFile.Part(file, kind);
                    if (holds(part.name())) {
                        parts.add(part);
                    }
                }
            }
        }
        return parts;
    }

    /** The part's size unpacked, in bytes (0 when the zip does not say), to tell the progress. */
    public long size(KboFile.Part part) {
        ZipEntry entry = zip.getEntry(part.name());
        return entry == null ? 0 : Math.max(0, entry.getSize());
    }

    /** Reads the first line of every part: an extract whose files name other columns is refused as a whole. */
    public void checkColumns() throws IOException, WrongFile {
        for (KboFile.Part part : parts()) {
            rows(part, 0).close();
        }
    }

    private Meta readMeta() throws IOException, WrongFile {
        Map<String, String> values = new HashMap<>();
        try (KboRows rows = rows(new KboFile.Part(KboFile.META, KboFile.Kind.FULL), 0)) {
            rows.forEachRemaining(line -> {
                if (line instanceof Row row) {
                    values.put(row.value(0), row.value(1));
                }
            });
        }
        try {
            return new Meta(
                    ExtractType.valueOf(values.getOrDefault("ExtractType", "").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(values.getOrDefault("ExtractNumber", "")),
                    LocalDate.parse(values.getOrDefault("SnapshotDate", ""), DATE));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new WrongFile("meta.csv does not say the extract's type, number and snapshot date: " + values);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
