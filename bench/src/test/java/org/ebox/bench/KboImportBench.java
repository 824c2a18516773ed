package org.ebox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's import (issue 18): a full KBO/BCE extract of two million enterprises (BENCH_KBO_ENTERPRISES) with
 * their names, addresses and contacts, sent to the operators' API as the agency would and imported by the batch job,
 * beside a raw COPY of the same four files into tables of their own in the same run. Asserts only that the import
 * took every line.
 */
@ExtendWith(ArquillianExtension.class)
class KboImportBench {

    private static final String AGENCY = "0300000115";
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^\",}]*)\"?");

    @Deployment
    static WebArchive deployment() {
        return BenchDeployment.war(KboImportBench.class).addClasses(KboBenchExtract.class, KboBenchExtract.Size.class);
    }

    @EJB
    BenchData data;

    @Test
    void aFullExtractOfTwoMillionEnterprisesImportsBesideARawCopyOfTheSameFiles() throws Exception {
        String database = data.database();
        int enterprises = Integer.parseInt(System.getenv().getOrDefault("BENCH_KBO_ENTERPRISES", "2000000"));
        Path folder = Files.createDirectories(Results.directory().resolve("kbo"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        BenchHttp api = BenchHttp.api();
        String operator = api.token(AGENCY, "ebox:operations");
        int number = nextExtractNumber(api, operator);
        Path zip = folder.resolve(
                "KboOpenData_%04d_%d_%02d_Full.zip".formatted(number, today.getYear(), today.getMonthValue()));
        long writeStart = System.nanoTime();
        KboBenchExtract.Size size = KboBenchExtract.write(zip, enterprises, number, today);
        double written = (System.nanoTime() - writeStart) / 1e9;
        String sizeText =
                enterprises + " enterprises, " + size.lines() + " lines, " + Files.size(zip) / 1_000_000 + " MB zipped";

        double copy = data.rawKboCopySeconds(zip);

        long start = System.nanoTime();
        HttpResponse<String> started = api.operations(
                operator,
                "POST",
                "/imports?fileName=" + zip.getFileName(),
                HttpRequest.BodyPublishers.ofFile(zip),
                "application/zip");
        assertEquals(202, started.statusCode(), started.body());
        double uploaded = (System.nanoTime() - start) / 1e9;
        String importId = field(started.body(), "importId");
        String status;
        do {
            Thread.sleep(1_000);
            status = field(importOf(api, operator, importId), "status");
        } while (status.equals("READING") || status.equals("APPLYING"));
        double imported = (System.nanoTime() - start) / 1e9;
        String outcome = importOf(api, operator, importId);
        assertEquals("APPLIED", status, outcome);
        assertEquals(String.valueOf(size.lines()), field(outcome, "linesRead"), outcome);
        assertEquals("0", field(outcome, "linesRejected"), outcome);

        Results.add(new Results.Row(
                database,
                "KBO full extract import, through the operators' API",
                sizeText,
                "seconds",
                imported,
                "s",
                "raw COPY of the same four files, same run",
                copy));
        Results.add(
                new Results.Row(database, "KBO import: upload of the zip", sizeText, "seconds", uploaded, "s", "-", 0));
        Results.add(new Results.Row(
                database,
                "KBO import: lines per second",
                sizeText,
                "lines/s",
                size.lines() / imported,
                "lines/s",
                "raw COPY",
                size.lines() / copy));
        for (StepExecution step : stepsOfTheLatestImport()) {
            Results.add(new Results.Row(
                    database,
                    "KBO import: step " + step.getStepName(),
                    sizeText,
                    "seconds",
                    Duration.between(
                                            step.getStartTime().toInstant(),
                                            step.getEndTime().toInstant())
                                    .toMillis()
                            / 1000.0,
                    "s",
                    "-",
                    0));
        }
        Results.add(new Results.Row(
                database, "KBO import: writing the bench's extract", sizeText, "seconds", written, "s", "-", 0));
        Files.delete(zip);
    }

    /** The steps of the latest import's job, once the job has ended (it records its end after the import's APPLIED). */
    private static List<StepExecution> stepsOfTheLatestImport() throws InterruptedException {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobInstance> instances = jobs.getJobInstances("kbo-import", 0, 1);
        List<JobExecution> executions = jobs.getJobExecutions(instances.get(0));
        long execution = executions.get(executions.size() - 1).getExecutionId();
        for (int waited = 0; jobs.getJobExecution(execution).getEndTime() == null && waited < 600; waited++) {
            Thread.sleep(100);
        }
        return jobs.getStepExecutions(execution);
    }

    /** The next full extract's number: one after the last applied (1 on an empty register). */
    private static int nextExtractNumber(BenchHttp api, String operator) {
        String list = api.operations(operator, "GET", "/imports", null, null).body();
        Matcher applied = Pattern.compile("\"extractNumber\"\\s*:\\s*(\\d+)[^}]*\"status\"\\s*:\\s*\"APPLIED\"")
                .matcher(list);
        int last = 0;
        while (applied.find()) {
            last = Math.max(last, Integer.parseInt(applied.group(1)));
        }
        return last + 1;
    }

    private static String importOf(BenchHttp api, String operator, String importId) {
        return api.operations(operator, "GET", "/imports/" + importId, null, null)
                .body();
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("No " + name + " in " + json);
    }
}
