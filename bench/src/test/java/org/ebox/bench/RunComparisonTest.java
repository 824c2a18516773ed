package org.ebox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {

    private static final String HEADER =
            "when,database,scenario,size,figure,value,unit,baseline,baseline value,ratio\n";

    @TempDir
    Path folder;

    private Path run(String name, String when, String... rows) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String row : rows) {
            csv.append(when).append(',').append(row).append('\n');
        }
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, csv.toString());
    }

    private static Map<String, RunComparison.Change> byScenario(List<RunComparison.Change> changes) {
        return changes.stream().collect(Collectors.toMap(change -> change.key().scenario(), Function.identity()));
    }

    @Test
    void aFigureMovesWhenItsRatioToItsBaselineChangesBeyondTheBaselinesOwnDrift() throws IOException {
        // The machine ran 20% slower the second time: every baseline and figure took 20% longer.
        List<RunComparison.Figure> before = RunComparison.read(run(
                "before.csv",
                "2026-12-01T10:00:00Z",
                "postgresql,first page p95,\"100,000 messages\",ms,60,ms,raw query,20,3.00",
                "postgresql,publication,8 clients,messages/s,120,messages/s,raw JDBC,600,0.20",
                "postgresql,search p95,1000 hits,ms,50,ms,raw query,30,1.67"));
        List<RunComparison.Figure> after = RunComparison.read(run(
                "after.csv",
                "2026-12-02T10:00:00Z",
                "postgresql,first page p95,\"100,000 messages\",ms,72,ms,raw query,24,3.00",
                "postgresql,publication,8 clients,messages/s,200,messages/s,raw JDBC,500,0.40",
                "postgresql,search p95,1000 hits,ms,45,ms,raw query,36,1.25"));

        Map<String, RunComparison.Change> changes = byScenario(RunComparison.compare(before, after));

        RunComparison.Change firstPage = changes.get("first page p95");
        assertEquals(RunComparison.Verdict.WITHIN_NOISE, firstPage.verdict(), "slower, but as slow as its baseline");
        assertEquals(0, firstPage.change(), 1e-9);
        RunComparison.Change publication = changes.get("publication");
        assertEquals(RunComparison.Verdict.UP, publication.verdict(), "its ratio doubled");
        assertEquals(1.0, publication.change(), 1e-9);
        assertEquals(1.0 / 6, publication.noise(), 1e-9, "its baseline fell from 600 to 500: that is the noise");
        RunComparison.Change search = changes.get("search p95");
        assertEquals(RunComparison.Verdict.DOWN, search.verdict(), "1.67 to 1.25: 25% beyond the baseline's 20%");
    }

    @Test
    void aSmallChangeStaysWithinTheNoiseFloorAndAFigureWithoutBaselineIsComparedByValue() throws IOException {
        List<RunComparison.Figure> before = RunComparison.read(run(
                "before.csv",
                "2026-12-01T10:00:00Z",
                "postgresql,list page p95,30 s,ms,100,ms,1 node,100,1.00",
                "postgresql,retried attempts,150 s,attempts,0,attempts,-,0,0",
                "postgresql,mean time of a last attempt,150 s,ms,100,ms,-,0,0"));
        List<RunComparison.Figure> after = RunComparison.read(run(
                "after.csv",
                "2026-12-02T10:00:00Z",
                "postgresql,list page p95,30 s,ms,108,ms,1 node,100,1.08",
                "postgresql,retried attempts,150 s,attempts,5,attempts,-,0,0",
                "postgresql,mean time of a last attempt,150 s,ms,95,ms,-,0,0"));

        Map<String, RunComparison.Change> changes = byScenario(RunComparison.compare(before, after));

        assertEquals(
                RunComparison.Verdict.WITHIN_NOISE, changes.get("list page p95").verdict(), "8% < 10%");
        assertEquals(RunComparison.Verdict.UP, changes.get("retried attempts").verdict(), "from none to five");
        assertEquals(
                RunComparison.Verdict.WITHIN_NOISE,
                changes.get("mean time of a last attempt").verdict(),
                "by value");
    }

    @Test
    void figuresOfOneRunOnlyAreNamedNewOrGone() throws IOException {
        List<RunComparison.Figure> before =
                RunComparison.read(run("before.csv", "2026-12-01T10:00:00Z", "h2,night,100k,s,104,s,raw,50,2.08"));
        List<RunComparison.Figure> after =
                RunComparison.read(run("after.csv", "2026-12-02T10:00:00Z", "h2,start,1 node,s,16,s,bare,7,2.29"));

        Map<String, RunComparison.Change> changes = byScenario(RunComparison.compare(before, after));

        assertEquals(RunComparison.Verdict.GONE, changes.get("night").verdict());
        assertEquals(RunComparison.Verdict.NEW, changes.get("start").verdict());
    }

    @Test
    void aRunIsComparedWithTheNewestEarlierRunOfTheSameFiguresAndThenKeptInTheHistory() throws IOException {
        Path history = folder.resolve("history");
        run(
                "history/2026-12-01T100000Z.csv",
                "2026-12-01T10:00:00Z",
                "postgresql,publication,8,m/s,100,m/s,raw,500,0.2");
        run(
                "history/2026-12-02T100000Z.csv",
                "2026-12-02T10:00:00Z",
                "postgresql,publication,8,m/s,150,m/s,raw,500,0.3");
        run("history/2026-12-03T100000Z.csv", "2026-12-03T10:00:00Z", "h2,publication,8,m/s,150,m/s,raw,900,0.17");
        Path results =
                run("bench/results.csv", "2026-12-04T10:00:00Z", "postgresql,publication,8,m/s,300,m/s,raw,500,0.6");

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            RunComparison.main(new String[] {results.toString(), history.toString()});
        } finally {
            System.setOut(out);
        }

        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("Compared with the run of 2026-12-02T100000Z"), "not the H2 run, newer: " + said);
        assertTrue(said.contains("publication moved up by +100% (noise 10%)"), said);
        assertTrue(said.contains("1 of 1 figures moved"), said);
        String table = Files.readString(results.resolveSibling("comparison.md"));
        assertTrue(
                table.contains(
                        "| postgresql · publication (8): m/s | ratio | 0.300 | 0.600 | +100% | 10% | moved up |"),
                table);
        assertTrue(Files.exists(history.resolve("2026-12-04T100000Z.csv")), "kept for the next run");
    }
}
