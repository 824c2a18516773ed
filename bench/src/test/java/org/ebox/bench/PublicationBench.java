package org.ebox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publication throughput (issue [bench], scenario 2): several clients publish through POST /publishMessage at once,
 * one 50 KB PDF of its own per message (each a valid PDF with distinct bytes, so the store keeps every one), next to
 * the raw ceiling: as many threads writing the same files and rows straight through JDBC, in the same run.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationBench {

    private static final String SENDER =
            EnterpriseNumber.withCheckDigits("02067316").value();
    /** The bench data round of this class (see {@link BenchData#generate}). */
    private static final int ROUND = 7;

    @Deployment
    static WebArchive deployment() {
        return BenchDeployment.war(PublicationBench.class);
    }

    @EJB
    BenchData data;

    @Test
    void publicationThroughTheApiStandsBesideRawJdbc() throws Exception {
        String database = data.database();
        int clients = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "8"));
        int messages = Integer.parseInt(System.getenv().getOrDefault("BENCH_PUBLICATIONS", "10000"));
        int enterprises = 1000;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        data.generate(ROUND, enterprises, 0, now);
        BenchHttp api = BenchHttp.api();
        String token = api.token(SENDER, "publicationsender");
        AtomicInteger next = new AtomicInteger();

        Callable<Void> publishOne = () -> {
            int n = next.incrementAndGet();
            String recipient = BenchData.enterpriseNumber(ROUND, 1 + n % enterprises);
            Multipart form = new Multipart()
                    .json("messageToPublish", message(recipient, n))
                    .file("upfile1", "letter-" + n + ".pdf", "application/pdf", Pdfs.numbered(n));
            HttpResponse<String> response =
                    api.publish(token, form.contentType(), form.bytes(), "bench-" + UUID.randomUUID());
            assertEquals(201, response.statusCode(), response.body());
            return null;
        };
        inParallel(clients, Math.min(500, messages / 10), publishOne); // warm up: the JIT, the pools
        double apiSeconds = inParallel(clients, messages, publishOne);

        Path files = Files.createDirectories(Path.of(System.getenv("EBOX_DATA_DIR"), "raw-baseline"));
        AtomicInteger raw = new AtomicInteger();
        Callable<Void> insertOne = () -> {
            int n = raw.incrementAndGet();
            data.rawPublication(
                    UUID.randomUUID().toString(),
                    BenchData.enterpriseNumber(ROUND, 1 + n % enterprises),
                    SENDER,
                    Pdfs.numbered(1_000_000_000 + n),
                    files,
                    OffsetDateTime.now(ZoneOffset.UTC));
            return null;
        };
        inParallel(clients, Math.min(500, messages / 10), insertOne);
        double rawSeconds = inParallel(clients, messages, insertOne);

        String size = messages + " messages of 50 KB, " + clients + " clients";
        Results.add(new Results.Row(
                database,
                "publication through the REST API",
                size,
                "messages per second",
                messages / apiSeconds,
                "messages/s",
                "raw JDBC: same rows and files, same threads",
                messages / rawSeconds));
    }

    /** Runs the task this many times on this many threads; answers the seconds it took. */
    private static double inParallel(int threads, int times, Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                done.add(pool.submit(task));
            }
            for (Future<Void> one : done) {
                one.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static String message(String recipient, int n) {
        return "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + recipient + "\"},"
                + "\"subject\":{\"nl\":\"Bench kennisgeving " + n + "\",\"fr\":\"Notification de test " + n + "\"},"
                + "\"messageTypeId\":\"dmfa-notice\",\"senderOrganizationId\":\"" + SENDER + "\","
                + "\"senderApplicationId\":\"nsso-dmfa\",\"bodyMainContent\":false,"
                + "\"attachments\":[{\"httpPartName\":\"upfile1\",\"mainContent\":true}],\"replyAuthorized\":true}";
    }

    /** A multipart/form-data body, as an institution's client sends it. */
    static final class Multipart {
        private final String boundary = "bench-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart json(String name, String value) {
            return part("form-data; name=\"" + name + "\"", "application/json", value.getBytes(StandardCharsets.UTF_8));
        }

        Multipart file(String name, String fileName, String mediaType, byte[] content) {
            return part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", mediaType, content);
        }

        private Multipart part(String disposition, String mediaType, byte[] content) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                            + mediaType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }
    }
}
