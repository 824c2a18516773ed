package org.ebox.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The results table of a bench run: one row per measurement, each beside its baseline, appended to results.csv and
 * results.md under target/bench (BENCH_RESULTS_DIR).
 */
public final class Results {

    private static final String HEADER = "when,database,scenario,size,figure,value,unit,baseline,baseline value,ratio";

    private Results() {}

    /** One figure and the baseline it stands next to; ratio = value / baseline value. */
    public record Row(
            String database,
            String scenario,
            String size,
            String figure,
            double value,
            String unit,
            String baseline,
            double baselineValue) {
        double ratio() {
            return baselineValue == 0 ? 0 : value / baselineValue;
        }
    }

    /** Where the results go (BENCH_RESULTS_DIR), made if need be. */
    public static Path directory() {
        Path dir = Path.of(System.getenv().getOrDefault("BENCH_RESULTS_DIR", "target/bench"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void add(Row row) {
        Path dir = directory();
        String when = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        try {
            Path csv = dir.resolve("results.csv");
            if (!Files.exists(csv)) {
                Files.writeString(csv, HEADER + "\n");
            }
            Files.writeString(
                    csv,
                    String.join(
                                    ",",
                                    List.of(
                                                    when,
                                                    row.database(),
                                                    row.scenario(),
                                                    row.size(),
                                                    row.figure(),
                                                    number(row.value()),
                                                    row.unit(),
                                                    row.baseline(),
                                                    number(row.baselineValue()),
                                                    number(row.ratio()))
                                            .stream()
                                            .map(Results::csvField)
                                            .toList())
                            + "\n",
                    StandardOpenOption.APPEND);
            Path markdown = dir.resolve("results.md");
            if (!Files.exists(markdown)) {
                Files.writeString(
                        markdown,
                        "| database | scenario | size | figure | value | baseline | baseline value"
                                + " | ratio |\n| --- | --- | --- | --- | ---: | --- | ---: | ---: |\n");
            }
            boolean baseline = row.baselineValue() != 0;
            Files.writeString(
                    markdown,
                    String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s %s | %s | %s | %s |%n",
                            row.database(),
                            row.scenario(),
                            row.size(),
                            row.figure(),
                            number(row.value()),
                            row.unit(),
                            row.baseline(),
                            baseline ? number(row.baselineValue()) + " " + row.unit() : "-",
                            baseline ? number(row.ratio()) : "-"),
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV field, quoted when it holds a comma or a quote (RFC 4180). */
    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
