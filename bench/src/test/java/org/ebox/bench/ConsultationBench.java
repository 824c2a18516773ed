package org.ebox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ebox.demo.DemoData;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consultation (issue [bench], scenario 3): the first page, a deep page and a text search of a big box among many
 * messages, through the REST API and through the JSF message page, next to the raw SQL of the same page in the same
 * run; then the multiple download (scenario 5): a ZIP of 100 messages' files, its time and the heap it holds while it
 * streams. Latencies are measured one request at a time, from a client in the server's JVM, over loopback.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationBench {

    /** The bench data round of this class (see {@link BenchData#generate}). */
    private static final int ROUND = 5;

    private static final String WORD = "aanslagbiljet";
    private static final int WARM_UP = 30;
    private static final int SAMPLES = Integer.parseInt(System.getenv().getOrDefault("BENCH_SAMPLES", "300"));
    private static final int ZIP_FILE_BYTES = 1024 * 1024;

    /** One request of a box: its query string for the API and for the message page, its search word, its page. */
    private record BoxQuery(String name, String api, String listPage, String word, int page) {}

    /** The big box, shared by the two tests (they run in this one server JVM, in order). */
    private static String box;

    private static String size;
    private static BenchData.Round round;

    @Deployment
    static WebArchive deployment() {
        return BenchDeployment.war(ConsultationBench.class);
    }

    @EJB
    BenchData data;

    @Inject
    ContentStore contentStore;

    @Test
    @Order(1)
    void pagesAndSearchOfABigBoxStandBesideTheRawQuery() throws Exception {
        String database = data.database();
        int boxMessages = Integer.parseInt(System.getenv().getOrDefault("BENCH_BOX", "100000"));
        int others = Integer.parseInt(System.getenv().getOrDefault("BENCH_OTHER_MESSAGES", "900000"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        round = data.generate(ROUND, Math.max(1, others / 100), others, now);
        box = data.bigBox(round, boxMessages, now);
        String login = data.enableLogin(round, "cam.zinneke", DemoData.DEMO_AUTHENTICATOR_SECRET, now);
        size = boxMessages + " in the box, " + data.messagesInDatabase() + " in the database";

        BenchHttp api = BenchHttp.api();
        String token = api.token(box, "messagesfull");
        BenchHttp browser = BenchHttp.loggedIn(login, DemoData.DEMO_PASSWORD, DemoData.DEMO_AUTHENTICATOR_SECRET);
        int deepPage = boxMessages / 25 / 2;
        assertEquals(
                25,
                count(
                        api.apiGet(token, "/ebox/messages?visible=true&pageSize=25")
                                .body(),
                        "\"messageId\""));
        String searched = browser.page("/app/messages/list.xhtml?q=" + WORD).body();
        Files.writeString(Results.directory().resolve("search-page.html"), searched);
        assertTrue(searched.contains(WORD), "the page's search finds the word (see search-page.html)");

        List<BoxQuery> queries = List.of(
                new BoxQuery("first page", "?visible=true&pageSize=25", "", null, 1),
                new BoxQuery(
                        "deep page " + deepPage,
                        "?visible=true&pageSize=25&page=" + deepPage,
                        "?size=25&page=" + deepPage,
                        null,
                        deepPage),
                new BoxQuery("search q", "?visible=true&pageSize=25&q=" + WORD + "&qlang=nl", "?q=" + WORD, WORD, 1));
        for (BoxQuery how : queries) {
            String query = how.name();
            int page = how.page();
            // A new "now" on every call, as the application's queries have: H2 would otherwise answer a repeated
            // query with the same parameters from its result cache.
            Latencies raw = Latencies.of(WARM_UP, SAMPLES, () -> data.rawBoxPage(box, page, 25, how.word(), utcNow()));
            Latencies rest = Latencies.of(WARM_UP, SAMPLES, () -> api.apiGet(token, "/ebox/messages" + how.api()));
            Latencies jsf =
                    Latencies.of(WARM_UP, SAMPLES, () -> browser.page("/app/messages/list.xhtml" + how.listPage()));
            report(database, "consultation " + query + ": REST API", rest, raw);
            report(database, "consultation " + query + ": JSF page", jsf, raw);
            // Where the raw time goes: the page's rows, or the total that the page and the API also show.
            Latencies rawRows = Latencies.of(
                    WARM_UP, SAMPLES, () -> data.rawBoxPage(box, page, 25, how.word(), utcNow(), true, false));
            Latencies rawTotal = Latencies.of(
                    WARM_UP, SAMPLES, () -> data.rawBoxPage(box, page, 25, how.word(), utcNow(), false, true));
            for (double percent : new double[] {50, 95, 99}) {
                Results.add(new Results.Row(
                        database,
                        "consultation " + query + ": raw SQL, rows only",
                        size,
                        "p" + (int) percent,
                        rawRows.percentile(percent),
                        "ms",
                        "raw SQL, page and total",
                        raw.percentile(percent)));
                Results.add(new Results.Row(
                        database,
                        "consultation " + query + ": raw SQL, total only",
                        size,
                        "p" + (int) percent,
                        rawTotal.percentile(percent),
                        "ms",
                        "raw SQL, page and total",
                        raw.percentile(percent)));
            }
        }
    }

    @Test
    @Order(2)
    void aZipOfAHundredMessagesStreamsWithoutHoldingTheArchive() throws Exception {
        String database = data.database();
        List<String> ids = data.newestIds(box, 100);
        long archive = data.ownFiles(ids, ZIP_FILE_BYTES);
        // A login of its own: the authenticator code of the first test's login may not serve twice.
        String login = data.enableLogin(
                round, "cam.zinneke", DemoData.DEMO_AUTHENTICATOR_SECRET, OffsetDateTime.now(ZoneOffset.UTC));
        BenchHttp browser = BenchHttp.loggedIn(login, DemoData.DEMO_PASSWORD, DemoData.DEMO_AUTHENTICATOR_SECRET);
        List<Map.Entry<String, String>> form = new ArrayList<>();
        ids.forEach(id -> form.add(Map.entry("selected", id)));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            download(browser, form, archive, bytes -> {});
        }
        long[] heldMidway = new long[1];
        long before = liveHeapBytes();
        long start = System.nanoTime();
        long received = download(browser, form, archive, half -> {
            heldMidway[0] = liveHeapBytes() - before;
            // What holds it, when something does: the classes with the most bytes on the heap, to the log.
            System.out.println("Heap held midway through the ZIP: " + heldMidway[0] / 1024 / 1024
                    + " MB; largest classes:\n" + largestClassesOnTheHeap(12));
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(received > archive, "the archive holds every file: " + received + " bytes");

        long baselineStart = System.nanoTime();
        zipStraightFromTheStore(ids.size(), data.filesOf(ids));
        double baseline = (System.nanoTime() - baselineStart) / 1e9;
        String zipSize = ids.size() + " messages, " + archive / 1024 / 1024 + " MB of files";
        Results.add(new Results.Row(
                database,
                "multiple download (ZIP)",
                zipSize,
                "seconds",
                seconds,
                "s",
                "the same files zipped straight from the store to nowhere",
                baseline));
        Results.add(new Results.Row(
                database,
                "multiple download (ZIP)",
                zipSize,
                "heap held midway",
                heldMidway[0] / 1024.0 / 1024.0,
                "MB",
                "the archive's size",
                archive / 1024.0 / 1024.0));
    }

    /** Reads the whole ZIP; once half of it arrived, hands the count to {@code midway} (the server is mid-archive). */
    private static long download(
            BenchHttp browser, List<Map.Entry<String, String>> form, long archive, Consumer<Long> midway)
            throws Exception {
        HttpResponse<InputStream> response = browser.postForStream("/app/messages/download.zip", form);
        assertEquals(200, response.statusCode());
        long received = 0;
        boolean halfway = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                received += read;
                if (!halfway && received >= archive / 2) {
                    halfway = true;
                    midway.accept(received);
                }
            }
        }
        return received;
    }

    private void zipStraightFromTheStore(int count, List<StoredContent> files) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(java.io.OutputStream.nullOutputStream())) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("message-" + i + "/letter.pdf"));
                try (InputStream in = contentStore.open(files.get(i))) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** The first lines of the JVM's class histogram: the classes with the most bytes alive. */
    private static String largestClassesOnTheHeap(int lines) {
        return String.join("\n", classHistogram().lines().limit(lines + 2L).toList());
    }

    /** What jcmd GC.class_histogram prints, after the full collection it makes first. */
    private static String classHistogram() {
        try {
            return ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()})
                    .toString();
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("No class histogram", e);
        }
    }

    /**
     * The bytes of the objects alive on the heap: the class histogram's total, which a full collection makes first.
     * (The heap's "used" figure after System.gc() read 100 MB more at times, with nothing alive to show for it.)
     */
    private static long liveHeapBytes() {
        String total = classHistogram()
                .lines()
                .filter(line -> line.startsWith("Total"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no class histogram"));
        return Long.parseLong(total.trim().split("\\s+")[2]);
    }

    private static void report(String database, String scenario, Latencies measured, Latencies raw) {
        for (double percent : new double[] {50, 95, 99}) {
            Results.add(new Results.Row(
                    database,
                    scenario,
                    size,
                    "p" + (int) percent,
                    measured.percentile(percent),
                    "ms",
                    "raw SQL, page and total",
                    raw.percentile(percent)));
        }
    }

    private static OffsetDateTime utcNow() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static int count(String text, String what) {
        int found = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            found++;
        }
        return found;
    }
}
