package org.ebox.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Start and memory (issue [bench], scenario 6): the e-Box started as `./ebox start` starts it (same Payara Micro, same
 * JVM options and boot files), timed from the process's start to /health/ready, first on an empty data folder (schema
 * and demo data made) then again with the data present; its resident memory idle and under load. Next to the same
 * Payara Micro starting a WAR of one static page, in the same run. Runs outside the Arquillian server, as a process of
 * its own, on H2 in its own folder (or on the bench's PostgreSQL database when the bench runs on PostgreSQL).
 */
class StartBench {

    /** The JVM options of `./ebox start` (see the script): the default run is for trying the e-Box. */
    private static final List<String> RUN_JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    private static final Path CONFIG = Path.of(System.getProperty("ebox.config", "../server-config/micro"));

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final boolean postgres =
            System.getenv().getOrDefault("EBOX_DB_URL", "").startsWith("jdbc:postgresql");
    private final String database = postgres ? "PostgreSQL" : "H2";

    @Test
    void theEboxStartsAndIdlesBesideABarePayaraMicro() throws Exception {
        Path runs = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "start-bench"));
        Path bare = runs.resolve("bare.war");
        ShrinkWrap.create(WebArchive.class, "bare.war")
                .addAsWebResource(new StringAsset("<!DOCTYPE html><title>bare</title>"), "index.html")
                .as(ZipExporter.class)
                .exportTo(bare.toFile(), true);
        Path ebox = Path.of(System.getProperty("ebox.war"));

        Server baseline = Server.start(this, runs.resolve("bare"), bare, "/index.html", false);
        double bareSeconds = baseline.secondsToReady;
        long bareIdle = baseline.idleRss();
        baseline.stop();

        Path folder = runs.resolve("ebox");
        Server first = Server.start(this, folder, ebox, "/health/ready", true);
        double firstSeconds = first.secondsToReady;
        first.stop();
        Server again = Server.start(this, folder, ebox, "/health/ready", true);
        long idle = again.idleRss();
        long underLoad = again.rssUnderLoad(Duration.ofSeconds(30), 4);
        again.stop();

        String size = "-Xmx384m, C1 only (./ebox start)";
        // On PostgreSQL the bench's database is already full: a first start there is a new node's first start.
        String firstStart = postgres
                ? "start to ready, a new node on the bench's database"
                : "start to ready, empty data folder (schema, demo data)";
        Results.add(new Results.Row(
                database,
                firstStart,
                size,
                "seconds",
                firstSeconds,
                "s",
                "bare Payara Micro with one static page",
                bareSeconds));
        Results.add(new Results.Row(
                database,
                "start to ready, data present",
                size,
                "seconds",
                again.secondsToReady,
                "s",
                "bare Payara Micro with one static page",
                bareSeconds));
        Results.add(new Results.Row(
                database,
                "resident memory, idle",
                size,
                "RSS",
                idle / 1024.0,
                "MB",
                "bare Payara Micro idle",
                bareIdle / 1024.0));
        Results.add(new Results.Row(
                database,
                "resident memory, 4 API clients for 30 s",
                size,
                "peak RSS",
                underLoad / 1024.0,
                "MB",
                "bare Payara Micro idle",
                bareIdle / 1024.0));
    }

    /** One Payara Micro process, started in its own folder. */
    private static final class Server {
        private final StartBench bench;
        private final Process process;
        private final String root;
        private double secondsToReady;

        private Server(StartBench bench, Process process, String root) {
            this.bench = bench;
            this.process = process;
            this.root = root;
        }

        static Server start(StartBench bench, Path folder, Path war, String readyPath, boolean eboxConfig)
                throws IOException {
            Files.createDirectories(folder.resolve("tmp"));
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(RUN_JVM_OPTIONS);
            command.addAll(List.of(
                    "-Djava.io.tmpdir=" + folder.resolve("tmp"),
                    "-jar",
                    System.getProperty("payara.microJar"),
                    "--nohazelcast",
                    "--port",
                    String.valueOf(port),
                    "--contextroot",
                    "/",
                    "--rootdir",
                    folder.resolve("payara").toString()));
            if (eboxConfig) {
                command.addAll(List.of(
                        "--prebootcommandfile",
                        CONFIG.resolve("pre-boot-run.asadmin").toString(),
                        "--postbootcommandfile",
                        CONFIG.resolve("post-boot.asadmin").toString()));
            }
            command.addAll(List.of("--deploy", war.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("server.out").toFile());
            Map<String, String> environment = builder.environment();
            // The defaults of the default run (H2 and files under ./data, mail as files), but for the database when
            // the bench runs on PostgreSQL.
            environment
                    .keySet()
                    .removeIf(name -> name.startsWith("EBOX_") && !(bench.postgres && name.startsWith("EBOX_DB_")));
            environment.put("EBOX_BATCH_NIGHTLY_ENABLED", "false");
            // As ./ebox start: the development run's token endpoint, which the bench's API clients use.
            environment.put("EBOX_API_DEV_TOKENS_ENABLED", "true");
            long start = System.nanoTime();
            Server server = new Server(bench, builder.start(), "http://127.0.0.1:" + port);
            server.awaitReady(readyPath);
            server.secondsToReady = (System.nanoTime() - start) / 1e9;
            return server;
        }

        private void awaitReady(String path) {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The server stopped before it was ready");
                }
                try {
                    if (bench.http
                                    .send(
                                            HttpRequest.newBuilder(URI.create(root + path))
                                                    .GET()
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(Duration.ofMillis(100));
            }
            throw new AssertionError("Not ready within 5 minutes");
        }

        /** The resident memory (KiB) after 15 quiet seconds. */
        long idleRss() {
            sleep(Duration.ofSeconds(15));
            return rss();
        }

        /** The highest resident memory (KiB) seen while {@code clients} clients list a demo box's messages. */
        long rssUnderLoad(Duration duration, int clients) throws Exception {
            BenchHttp api = BenchHttp.api(root);
            String token =
                    api.token(EnterpriseNumber.withCheckDigits("08123456").value(), "messagesfull");
            AtomicLong peak = new AtomicLong(rss());
            long end = System.nanoTime() + duration.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicLong requests = new AtomicLong();
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        api.apiGet(token, "/ebox/messages?pageSize=25");
                        requests.incrementAndGet();
                    }
                    return null;
                });
            }
            while (System.nanoTime() < end) {
                peak.accumulateAndGet(rss(), Math::max);
                sleep(Duration.ofMillis(250));
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            if (requests.get() == 0) {
                throw new AssertionError("No request answered under load");
            }
            return peak.get();
        }

        /** VmRSS of the server's process, in KiB (Linux). */
        private long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
                throw new IllegalStateException("No VmRSS");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
