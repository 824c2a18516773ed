package org.ebox.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares a bench run with the previous one and says which figures moved beyond their noise. The run ends with it
 * (Maven's post-integration-test phase): it writes comparison.md beside results.csv, prints the figures that moved,
 * and keeps results.csv in the history folder (data/bench) for the next run.
 *
 * <p>What is compared is each figure's ratio to the baseline measured beside it in the same run, not its raw value:
 * the machine's own speed changes from one run to the next (this one shares its two cores with everything else), and
 * the baseline moves with it. That drift is also the noise: a figure moved when its ratio changed by more than the
 * larger of {@link #NOISE_FLOOR} and its baseline's own change between the two runs (a baseline that moved by 30%
 * says the machine did, and a ratio is then no surer than that). A figure without a baseline is compared by its value,
 * with the floor as its noise.
 */
public final class RunComparison {

    /** The least change that counts: the spread of one figure over repeated runs of the same build, seen here. */
    static final double NOISE_FLOOR = 0.10;

    /** results.csv as Results writes it: RFC 4180, a header row naming the columns. */
    private static final CSVFormat RESULTS =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    private RunComparison() {}

    /** What names a figure across runs. */
    record Key(String database, String scenario, String size, String figure) {
        @Override
        public String toString() {
            return database + " · " + scenario + " (" + size + "): " + figure;
        }
    }

    /** One row of results.csv. */
    record Figure(Key key, double value, String unit, double baselineValue) {
        boolean hasBaseline() {
            return baselineValue != 0;
        }

        /** What runs are compared on: the ratio to the baseline, or the value itself without one. */
        double measure() {
            return hasBaseline() ? value / baselineValue : value;
        }
    }

    enum Verdict {
        UP("moved up"),
        DOWN("moved down"),
        WITHIN_NOISE("within noise"),
        NEW("new in this run"),
        GONE("not in this run");

        final String words;

        Verdict(String words) {
            this.words = words;
        }

        boolean moved() {
            return this == UP || this == DOWN;
        }
    }

    /** A figure in the two runs; change and noise as fractions (0.12 is 12%). */
    record Change(Key key, Figure previous, Figure current, double change, double noise, Verdict verdict) {}

    /** Reads a results.csv (Results' format); a figure measured twice in one run counts with its last value. */
    static List<Figure> read(Path csv) throws IOException {
        Map<Key, Figure> figures = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord row : RESULTS.parse(reader)) {
                Key key = new Key(row.get("database"), row.get("scenario"), row.get("size"), row.get("figure"));
                figures.put(
                        key,
                        new Figure(
                                key,
                                Double.parseDouble(row.get("value")),
                                row.get("unit"),
                                Double.parseDouble(row.get("baseline value"))));
            }
        }
        return List.copyOf(figures.values());
    }

    /** Every figure of either run, in this run's order, then those only the previous run had. */
    static List<Change> compare(List<Figure> previousRun, List<Figure> thisRun) {
        Map<Key, Figure> previous = new LinkedHashMap<>();
        previousRun.forEach(figure -> previous.put(figure.key(), figure));
        List<Change> changes = new ArrayList<>();
        for (Figure current : thisRun) {
            Figure before = previous.remove(current.key());
            changes.add(
                    before == null ? new Change(current.key(), null, current, 0, 0, Verdict.NEW) : of(before, current));
        }
        previous.values().forEach(before -> changes.add(new Change(before.key(), before, null, 0, 0, Verdict.GONE)));
        return changes;
    }

    private static Change of(Figure before, Figure current) {
        boolean byRatio = before.hasBaseline() && current.hasBaseline();
        double was = byRatio ? before.measure() : before.value();
        double is = byRatio ? current.measure() : current.value();
        double change = relativeChange(was, is);
        double noise = byRatio
                ? Math.max(NOISE_FLOOR, Math.abs(relativeChange(before.baselineValue(), current.baselineValue())))
                : NOISE_FLOOR;
        Verdict verdict = Math.abs(change) <= noise ? Verdict.WITHIN_NOISE : change > 0 ? Verdict.UP : Verdict.DOWN;
        return new Change(current.key(), before, current, change, noise, verdict);
    }

    /** From was to is, as a fraction of was; from nothing to something is an infinite change. */
    private static double relativeChange(double was, double is) {
        if (was == 0) {
            return is == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, is);
        }
        return (is - was) / Math.abs(was);
    }

    /** The comparison as a Markdown table, the figures that moved first. */
    static String markdown(List<Change> changes, String previousRun) {
        StringBuilder table = new StringBuilder()
                .append("Compared with the run of ")
                .append(previousRun)
                .append(": each figure's ratio to its baseline (its value where it has none).\n\n")
                .append("| figure | unit | previous | this run | change | noise | verdict |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        changes.stream()
                .sorted(Comparator.comparing(
                        (Change change) -> !change.verdict().moved()))
                .forEach(change -> table.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s |%n",
                        change.key(),
                        Optional.ofNullable(change.current())
                                .or(() -> Optional.ofNullable(change.previous()))
                                .map(figure -> figure.hasBaseline() ? "ratio" : figure.unit())
                                .orElse(""),
                        measure(change.previous()),
                        measure(change.current()),
                        change.previous() == null || change.current() == null ? "" : percent(change.change()),
                        change.previous() == null || change.current() == null ? "" : size(change.noise()),
                        change.verdict().words)));
        return table.toString();
    }

    private static String measure(Figure figure) {
        return figure == null ? "" : String.format(Locale.ROOT, "%.3g", figure.measure());
    }

    private static String size(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private static String percent(double fraction) {
        return Double.isInfinite(fraction) ? "from 0" : String.format(Locale.ROOT, "%+.0f%%", fraction * 100);
    }

    /**
     * The newest run in the history folder before this one (named thisRunName) that shares a figure with it: a run of
     * the same scenarios on the same database.
     */
    static Optional<Path> previousRun(Path history, String thisRunName, List<Figure> thisRun) throws IOException {
        if (!Files.isDirectory(history)) {
            return Optional.empty();
        }
        List<Key> keys = thisRun.stream().map(Figure::key).toList();
        List<Path> runs;
        try (Stream<Path> files = Files.list(history)) {
            runs = files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .filter(file -> file.getFileName().toString().compareTo(thisRunName) < 0)
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (Path run : runs) {
            if (read(run).stream().map(Figure::key).anyMatch(keys::contains)) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    /** Arguments: this run's results.csv, and the history folder. */
    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path history = Path.of(args[1]);
        if (!Files.exists(results)) {
            System.out.println("No bench results to compare: " + results + " was not written");
            return;
        }
        List<Figure> thisRun = read(results);
        if (thisRun.isEmpty()) {
            System.out.println("No bench results to compare: " + results + " holds no figure");
            return;
        }
        String thisRunName = runName(results);
        Optional<Path> previous = previousRun(history, thisRunName, thisRun);
        if (previous.isEmpty()) {
            System.out.println("No earlier run of these figures to compare with; this one is kept for the next");
        } else {
            List<Change> changes = compare(read(previous.get()), thisRun);
            String name = previous.get().getFileName().toString().replace(".csv", "");
            Files.writeString(results.resolveSibling("comparison.md"), markdown(changes, name));
            System.out.println(
                    "Compared with the run of " + name + " (" + results.resolveSibling("comparison.md") + "):");
            changes.stream()
                    .filter(change -> change.verdict().moved())
                    .forEach(change -> System.out.printf(
                            Locale.ROOT,
                            "  %s %s by %s (noise %s): %s%n",
                            change.key().scenario(),
                            change.verdict().words,
                            percent(change.change()),
                            size(change.noise()),
                            change.key()));
            long moved =
                    changes.stream().filter(change -> change.verdict().moved()).count();
            System.out.println("  " + moved + " of " + changes.size() + " figures moved beyond their noise");
        }
        Files.createDirectories(history);
        Files.copy(results, history.resolve(thisRunName), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A run's file name in the history: the time of its first figure, so that names sort by age. */
    static String runName(Path results) throws IOException {
        try (Reader reader = Files.newBufferedReader(results)) {
            CSVRecord first = RESULTS.parse(reader).iterator().next();
            return first.get("when").replace(":", "") + ".csv";
        }
    }
}
