package org.ebox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebox.demo.DemoData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster's fault test (issue 19), run by {@code ./ebox cluster fault} against the nodes and nginx it started
 * (no Arquillian: the e-Box runs outside this JVM). Publishers (each publication with an Idempotency-Key, retried
 * with the same key until answered) and readers work through nginx for a fixed time; in the middle, node 1 dies by
 * SIGKILL and is restarted. An operator logged in before the kill starts the nightly run while node 1 is dead, from
 * the same session. Then the shared database, the shared content store and the mails (to GreenMail, here) must show
 * that nothing was lost or done twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultBench {

    private static final String SENDER = "0206731645";
    private static final String RECIPIENT = "0812345603";
    /** The demo world's operating agency, whose development tokens may carry the operators' scope. */
    private static final String OPERATOR_AGENCY = "0300000115";

    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]+)\"");

    private final Path cluster = Path.of(System.getenv("EBOX_CLUSTER_HOME"));
    private final String root = System.getenv().getOrDefault("EBOX_CLUSTER_URL", "http://127.0.0.1:8080");
    private final String run = "fault-" + UUID.randomUUID().toString().substring(0, 8);

    /** Keys answered 2xx, with the message id of the answer. */
    private final Map<String, String> answered = new ConcurrentHashMap<>();
    /** Keys tried but never answered 2xx (the client gave up): each may have made at most one message. */
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();

    private final AtomicInteger attemptsFailed = new AtomicInteger();
    private final AtomicInteger readsFailed = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong publicationNanos = new AtomicLong();

    @Test
    @Order(2)
    void aNodeKilledUnderLoadLosesNoAnsweredPublicationDuplicatesNoneKeepsTheSessionAndRunsTheNightOnce()
            throws Exception {
        Duration load = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_FAULT_SECONDS", "90")));
        int publishers = Integer.parseInt(System.getenv().getOrDefault("BENCH_FAULT_PUBLISHERS", "6"));
        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(Files.readString(cluster.resolve("smtp-port")).strip()),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            BenchHttp api = BenchHttp.api(root);
            String publisher = api.token(SENDER, "publicationsender");
            String reader = api.token(RECIPIENT, "summaryownebox messagesfull");
            // The operator logs in on node 1 itself (cookies name the host, not the port, so the session goes on
            // through nginx): the session is born on the node that dies, and only the data grid can carry it on.
            BenchHttp operator = BenchHttp.loggedIn(
                            nodeUrl(1), "ops.demo", DemoData.DEMO_PASSWORD, DemoData.DEMO_AUTHENTICATOR_SECRET)
                    .at(root);
            operator.page("/app/operations/nightly-runs.xhtml");

            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(publishers + 2);
            List<Future<?>> workers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < publishers; i++) {
                workers.add(pool.submit(() -> {
                    while (loading.get()) {
                        publishUntilAnswered(api, publisher, next.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 2; i++) {
                workers.add(pool.submit(() -> {
                    while (loading.get()) {
                        read(api, reader);
                    }
                    return null;
                }));
            }

            sleepUntil(started, load.dividedBy(4));
            int answeredBeforeKill = answered.size();
            long killed = kill(1);
            OffsetDateTime nightStartedAfter =
                    OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
            // The operator's next action, while node 1 is dead: its session lives in the data grid.
            String page = operator.startNightlyRun();
            assertTrue(
                    page.contains("nightly-runs") || page.contains("Nightly"),
                    "the operator's session still shows the Nightly runs page");
            restart(1);
            long restartedNanos = System.nanoTime();
            sleepUntil(restartedNanos, load.dividedBy(4));
            loading.set(false);
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;

            try (Connection db = database()) {
                String nightId = waitForTheNight(db, nightStartedAfter);
                assertStoredExactlyOnce(db);
                assertEveryDocumentWhole(db);
                assertNightRanOnce(db, nightId, smtp);
            }
            // The operator's session, still logged in after the kill and the night: the page opens, no login.
            assertTrue(
                    operator.page("/app/operations/nightly-runs.xhtml")
                            .uri()
                            .getPath()
                            .endsWith("nightly-runs.xhtml"),
                    "the operator is still logged in");

            String size = publishers + " publishers, 2 readers, " + Math.round(seconds) + " s, node 1 killed once";
            figure(
                    "cluster fault: publications answered",
                    size,
                    "publications",
                    answered.size(),
                    "",
                    "answered before the kill",
                    answeredBeforeKill);
            figure(
                    "cluster fault: attempts that failed and were retried",
                    size,
                    "attempts",
                    attemptsFailed.get(),
                    "",
                    "publications answered",
                    answered.size());
            figure(
                    "cluster fault: publications given up unanswered (each stored at most once)",
                    size,
                    "publications",
                    unanswered.size(),
                    "",
                    "publications answered",
                    answered.size());
            long leftBehind;
            try (var uploads = Files.list(cluster.resolve("shared/attachments/incoming"))) {
                leftBehind = uploads.count();
            }
            figure(
                    "cluster fault: uploads left half-received in the incoming area (the night deletes them"
                            + " once older than ebox.purge.file-grace)",
                    size,
                    "files",
                    leftBehind,
                    "",
                    "attempts that failed",
                    attemptsFailed.get());
            figure("cluster fault: reads that failed", size, "reads", readsFailed.get(), "", "reads", reads.get());
            figure(
                    "cluster fault: node 1 down (SIGKILL to ready again)",
                    size,
                    "seconds",
                    (restartedNanos - killed) / 1e9,
                    "s",
                    "the whole test",
                    seconds);
            figure(
                    "cluster fault: publications per second, kill included",
                    size,
                    "messages/s",
                    answered.size() / seconds,
                    "messages/s",
                    "publications per second before the kill",
                    answeredBeforeKill / ((killed - started) / 1e9));
            figure(
                    "cluster fault: mean time of an answered publication's last attempt",
                    size,
                    "ms",
                    publicationNanos.get() / 1e6 / Math.max(1, answered.size()),
                    "ms",
                    "-",
                    0);
        } finally {
            smtp.stop();
        }
    }

    /**
     * The same load (the publishers, and a person paging through their messages' list) for the same time, first
     * straight to node 1 alone, then through nginx to both nodes: what a second node gives, and costs, on one
     * machine. Every answer must be right; the figures go to the results table.
     */
    @Test
    @Order(1)
    void publicationAndTheMessagesPageWithTwoNodesStandBesideOne() throws Exception {
        Duration phase =
                Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_CLUSTER_PHASE_SECONDS", "30")));
        int publishers = Integer.parseInt(System.getenv().getOrDefault("BENCH_FAULT_PUBLISHERS", "6"));
        // First a node outside the data grid, its sessions in its own memory: against node 1 alone, whose every
        // request writes the session to the grid (and its backup to node 2), it gives the cost of session replication.
        String loneUrl = "http://127.0.0.1:8189";
        command("./ebox", "cluster", "lone-node");
        Load lone;
        try {
            BenchHttp loner = BenchHttp.loggedIn(
                    loneUrl, "user.zinneke", DemoData.DEMO_PASSWORD, DemoData.DEMO_AUTHENTICATOR_SECRET);
            load(loneUrl, loner, publishers, phase.dividedBy(3));
            lone = load(loneUrl, loner, publishers, phase);
        } finally {
            long pid =
                    Long.parseLong(Files.readString(cluster.resolve("lone/pid")).strip());
            ProcessHandle.of(pid).ifPresent(node -> {
                node.destroy();
                node.onExit().join();
            });
        }
        // One sign-in for the phases that follow (the lone node's was at least four tenths of a phase ago, so in an
        // earlier time step of the authenticator, whose code counts once), and the session signed in on node 1
        // goes on through nginx (cookies name the host, not the port).
        BenchHttp person = BenchHttp.loggedIn(
                nodeUrl(1), "user.zinneke", DemoData.DEMO_PASSWORD, DemoData.DEMO_AUTHENTICATOR_SECRET);
        load(nodeUrl(1), person, publishers, phase.dividedBy(3)); // warm up: the JIT, the pools
        Load one = load(nodeUrl(1), person, publishers, phase);
        load(root, person.at(root), publishers, phase.dividedBy(3));
        Load two = load(root, person.at(root), publishers, phase);
        String size = publishers + " publishers and one person's list page, " + phase.toSeconds() + " s each";
        figure(
                "cluster: publications per second, 2 nodes through nginx",
                size,
                "messages/s",
                two.publicationsPerSecond(),
                "messages/s",
                "1 node, straight",
                one.publicationsPerSecond());
        figure(
                "cluster: messages list page p95 under that load, 2 nodes (session in the data grid)",
                size,
                "ms",
                two.page().percentile(95),
                "ms",
                "1 node, straight",
                one.page().percentile(95));
        figure(
                "cluster: messages list page p95, 1 node writing each session to the data grid",
                size,
                "ms",
                one.page().percentile(95),
                "ms",
                "1 node outside the grid, sessions in memory",
                lone.page().percentile(95));
        figure(
                "cluster: messages list page p50, 1 node writing each session to the data grid",
                size,
                "ms",
                one.page().percentile(50),
                "ms",
                "1 node outside the grid, sessions in memory",
                lone.page().percentile(50));
        figure(
                "cluster: publications per second, 1 node in the data grid",
                size,
                "messages/s",
                one.publicationsPerSecond(),
                "messages/s",
                "1 node outside the grid",
                lone.publicationsPerSecond());
        figure(
                "cluster: messages list page p50 under that load, 2 nodes",
                size,
                "ms",
                two.page().percentile(50),
                "ms",
                "1 node, straight",
                one.page().percentile(50));
    }

    private record Load(double publicationsPerSecond, Latencies page) {}

    /** The publishers publish at this address, and the person pages through their list, for this long. */
    private Load load(String at, BenchHttp person, int publishers, Duration phase) throws Exception {
        BenchHttp api = BenchHttp.api(at);
        String token = api.token(SENDER, "publicationsender");
        String mark = "load-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger published = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < publishers; i++) {
            workers.add(pool.submit(() -> {
                while (loading.get()) {
                    int n = published.incrementAndGet();
                    PublicationBench.Multipart form = new PublicationBench.Multipart()
                            .json("messageToPublish", message(mark, n))
                            .file("upfile1", "letter.pdf", "application/pdf", Pdfs.numbered(1_000_000 + n));
                    HttpResponse<String> answer = api.publish(token, form.contentType(), form.bytes(), mark + "-" + n);
                    assertEquals(201, answer.statusCode(), answer.body());
                }
                return null;
            }));
        }
        Latencies page = Latencies.during(phase, () -> person.page("/app/messages/list.xhtml"));
        loading.set(false);
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new Load(published.get() / ((System.nanoTime() - start) / 1e9), page);
    }

    /**
     * Publishes one message, retrying with the same key and the same bytes after a failure (a refused connection, a
     * 502 of nginx, a node dying mid-request) as a careful client does; gives up after a minute.
     */
    private void publishUntilAnswered(BenchHttp api, String token, int n) {
        String key = run + "-" + n;
        PublicationBench.Multipart form = new PublicationBench.Multipart()
                .json("messageToPublish", message(run, n))
                .file("upfile1", "letter-" + n + ".pdf", "application/pdf", Pdfs.numbered(n));
        byte[] body = form.bytes();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        unanswered.add(key);
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = api.publish(token, form.contentType(), body, key);
                if (response.statusCode() == 201) {
                    Matcher id = MESSAGE_ID.matcher(response.body());
                    assertTrue(id.find(), response.body());
                    answered.put(key, id.group(1));
                    unanswered.remove(key);
                    publicationNanos.addAndGet(System.nanoTime() - start);
                    return;
                }
                assertTrue(response.statusCode() >= 500, "refused as bad input: " + response.body());
            } catch (UncheckedIOException deadNode) {
                // The connection broke: the publication may or may not be stored; the retry with its key tells.
            }
            attemptsFailed.incrementAndGet();
            pause(Duration.ofMillis(500));
        }
    }

    private void read(BenchHttp api, String token) {
        try {
            reads.incrementAndGet();
            api.apiGet(token, "/ebox/messages?pageSize=20");
        } catch (RuntimeException failed) {
            readsFailed.incrementAndGet();
            pause(Duration.ofMillis(200));
        }
    }

    private static String message(String mark, int n) {
        return "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + RECIPIENT + "\"},"
                + "\"subject\":{\"nl\":\"" + mark + " kennisgeving " + n + "\",\"fr\":\"" + mark + " notification " + n
                + "\"},\"messageTypeId\":\"dmfa-notice\",\"senderOrganizationId\":\"" + SENDER + "\","
                + "\"senderApplicationId\":\"nsso-dmfa\",\"bodyMainContent\":false,"
                + "\"attachments\":[{\"httpPartName\":\"upfile1\",\"mainContent\":true}],\"replyAuthorized\":false}";
    }

    /** Every answered key holds its answer's message, and no key, answered or not, made more than one message. */
    private void assertStoredExactlyOnce(Connection db) throws SQLException {
        Map<String, String> recorded = new HashMap<>();
        try (PreparedStatement records = db.prepareStatement("select idempotency_key, message_id"
                + " from publication_record where sender_organization_id = ? and idempotency_key like ?")) {
            records.setString(1, SENDER);
            records.setString(2, run + "-%");
            try (ResultSet rows = records.executeQuery()) {
                while (rows.next()) {
                    recorded.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        List<String> lost = answered.entrySet().stream()
                .filter(answer -> !answer.getValue().equals(recorded.get(answer.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), lost, "answered publications missing or stored under another message");
        long messages = count(db, "select count(*) from message where subject_nl like ?", run + " kennisgeving %");
        long distinct = count(
                db, "select count(distinct subject_nl) from message where subject_nl like ?", run + " kennisgeving %");
        assertEquals(distinct, messages, "a publication stored twice");
        assertEquals(recorded.size(), messages, "a message without its publication record");
        assertTrue(messages >= answered.size() && messages <= answered.size() + unanswered.size());
    }

    /** Every document of the run's messages is in the shared store, whole: its bytes hash to its digest. */
    private void assertEveryDocumentWhole(Connection db) throws SQLException, IOException {
        Path store = cluster.resolve("shared/attachments");
        List<String> broken = new ArrayList<>();
        try (PreparedStatement documents = db.prepareStatement("select a.sha256 from attachment a"
                + " join message m on m.message_id = a.message_id where m.subject_nl like ?")) {
            documents.setString(1, run + " kennisgeving %");
            try (ResultSet rows = documents.executeQuery()) {
                while (rows.next()) {
                    String sha256 = rows.getString(1);
                    Path file = store.resolve(sha256.substring(0, 2)).resolve(sha256);
                    if (!Files.isRegularFile(file) || !sha256.equals(sha256Of(file))) {
                        broken.add(sha256);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "documents missing or corrupt in the shared store");
    }

    /** The night started from the operator's session ended completed, alone, and sent each of its mails once. */
    private void assertNightRanOnce(Connection db, String nightId, GreenMail smtp) throws Exception {
        assertEquals(
                1,
                count(
                        db,
                        "select count(*) from nightly_run where started_at >= current_timestamp - interval '1 hour'"
                                + " and started_by = ?",
                        "ops.demo"),
                "one run started");
        try (PreparedStatement night =
                db.prepareStatement("select status, mails_sent, failure from nightly_run where run_id = ?")) {
            night.setString(1, nightId);
            try (ResultSet row = night.executeQuery()) {
                assertTrue(row.next());
                assertEquals("COMPLETED", row.getString(1), row.getString(3));
                long mailsSent = row.getLong(2);
                MimeMessage[] received = smtp.getReceivedMessages();
                Set<String> distinct = new HashSet<>();
                for (MimeMessage mail : received) {
                    distinct.add(String.join(",", mail.getHeader("To")) + "|" + mail.getSubject() + "|"
                            + new String(mail.getRawInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                assertTrue(mailsSent > 0, "the night sent notices of the new messages");
                assertEquals(mailsSent, received.length, "each mail the run counts reached the SMTP server, once");
                assertEquals(received.length, distinct.size(), "no mail sent twice");
            }
        }
    }

    private String waitForTheNight(Connection db, OffsetDateTime after) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement night = db.prepareStatement("select run_id, status from nightly_run"
                    + " where started_at >= ? and started_by = ? order by started_at")) {
                night.setObject(1, after);
                night.setString(2, "ops.demo");
                try (ResultSet row = night.executeQuery()) {
                    if (row.next() && !"RUNNING".equals(row.getString(2))) {
                        return row.getString(1);
                    }
                }
            }
            pause(Duration.ofSeconds(1));
        }
        throw new AssertionError("The night started during the kill did not end within 10 minutes");
    }

    /** SIGKILL to the node: no shutdown hook, no goodbye to the data grid. Answers when. */
    private long kill(int node) throws IOException {
        long pid = Long.parseLong(
                Files.readString(cluster.resolve("node" + node + "/pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node is not running"));
        long when = System.nanoTime();
        process.destroyForcibly();
        process.onExit().join();
        return when;
    }

    /**
     * Runs last, so that node 1 is the restarted one: it has joined the cache coordination again. Both nodes have the
     * institution cached before the change (each reads it first); a node that kept its cached copy would show the
     * old name until its restart.
     */
    @Test
    @Order(3)
    void anInstitutionRenamedOnOneNodeShowsItsNewNameOnEveryNodeAtOnce() {
        List<BenchHttp> nodes = List.of(BenchHttp.api(nodeUrl(1)), BenchHttp.api(nodeUrl(2)));
        String operator = nodes.get(0).token(OPERATOR_AGENCY, "ebox:operations");
        String reader = nodes.get(0).token(SENDER, "referencedata");
        for (BenchHttp node : nodes) {
            assertFalse(shortNameOn(node, reader).contains(run), "cached before the change, with the old name");
        }
        for (int changed = 1; changed <= nodes.size(); changed++) {
            String name = "NSSO " + run + " renamed on node " + changed;
            HttpResponse<String> renamed = nodes.get(changed - 1)
                    .operations(
                            operator,
                            "PUT",
                            "/institutions/" + SENDER,
                            HttpRequest.BodyPublishers.ofString(String.format("""
                            {"shortName": {"nl": "%1$s", "fr": "%1$s", "de": "%1$s", "en": "%1$s"},
                             "longName": {"nl": "%1$s", "fr": "%1$s", "de": "%1$s", "en": "%1$s"},
                             "contact": "helpdesk@nsso.example"}""", name)),
                            "application/json");
            assertEquals(200, renamed.statusCode(), renamed.body());
            // At once, with a second's grace: the change travels through the data grid after the commit.
            long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            for (int shown = 1; shown <= nodes.size(); shown++) {
                BenchHttp node = nodes.get(shown - 1);
                while (!shortNameOn(node, reader).contains(name) && System.nanoTime() < until) {
                    pause(Duration.ofMillis(50));
                }
                assertTrue(shortNameOn(node, reader).contains(name), "the new name on node " + shown + ": " + name);
            }
        }
    }

    private static final Pattern SHORT_NAME = Pattern.compile("\"organizationShortName\"\\s*:\\s*\\{[^}]*}");

    private static String shortNameOn(BenchHttp node, String token) {
        String organization = node.apiGet(token, "/referenceData/senderOrganizations/" + SENDER)
                .body();
        Matcher shortName = SHORT_NAME.matcher(organization);
        assertTrue(shortName.find(), organization);
        return shortName.group();
    }

    /** Starts the node again as ./ebox cluster started it, and waits until it is ready. */
    private void restart(int node) throws IOException, InterruptedException {
        command("./ebox", "cluster", "restart-node", String.valueOf(node));
    }

    /** Runs a command of the repository's, which must succeed. */
    private static void command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(Path.of(System.getenv("EBOX_REPOSITORY")).toFile())
                .inheritIO()
                .start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    /** One figure of the fault test in the bench's results table. */
    private static void figure(
            String scenario, String size, String figure, double value, String unit, String baseline, double of) {
        Results.add(new Results.Row("postgresql, 2 nodes", scenario, size, figure, value, unit, baseline, of));
    }

    private String nodeUrl(int node) {
        return "http://127.0.0.1:" + (8180 + node);
    }

    private Connection database() throws IOException, SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/ebox_cluster",
                "ebox_cluster",
                Files.readString(cluster.resolve("secrets/db-password")).strip());
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String sha256Of(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(long startNanos, Duration after) {
        long left = startNanos + after.toNanos() - System.nanoTime();
        if (left > 0) {
            pause(Duration.ofNanos(left));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
