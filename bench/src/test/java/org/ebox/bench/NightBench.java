package org.ebox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ebox.demo.DemoData;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.entity.NightlyRun;
import org.ebox.platform.mail.Mailer;
import org.ebox.platform.mail.OutgoingMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The night (issue [bench], scenario 4): the nightly run over a generated world, next to the same work as set-based
 * SQL in the same run, then over twice the world, to show that the time grows with the work. Mails go to GreenMail,
 * inside the server. Writes its figures with {@link Results}; asserts only that the run did all its work.
 */
@ExtendWith(ArquillianExtension.class)
class NightBench {

    @Deployment
    static WebArchive deployment() {
        return BenchDeployment.war(NightBench.class);
    }

    @EJB
    BenchData data;

    private BenchHttp operator;

    @EJB
    NightlyRuns runs;

    @Inject
    Mailer mailer;

    @Test
    void theNightGrowsWithItsWorkAndStandsBesideItsSetBasedCeiling() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("EBOX_MAIL_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String database = data.database();
            run(); // the demo world's notices, and a warm server
            int enterprises = Integer.parseInt(System.getenv().getOrDefault("BENCH_ENTERPRISES", "10000"));
            int messages = Integer.parseInt(System.getenv().getOrDefault("BENCH_MESSAGES", "100000"));
            List<Double> seconds = new ArrayList<>();
            // Twice the world by default, to show the time grows with the work; one round at the full size.
            int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_NIGHT_ROUNDS", "2"));
            for (int factor = 1; factor <= rounds; factor++) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                long generateStart = System.nanoTime();
                BenchData.Round round = data.generate(factor, enterprises * factor, messages * factor, now);
                double generated = (System.nanoTime() - generateStart) / 1e9;
                String size = round.enterprises() + " enterprises, " + round.messages() + " messages";
                Results.add(new Results.Row(
                        database,
                        "data generator",
                        size,
                        "rows per second",
                        2.0 * round.messages() / generated,
                        "rows/s",
                        "-",
                        0));

                long mailsExpected = data.enterprisesWithNoticesDue(now);
                double baseline = data.baseline(now) / 1000.0;
                double smtpBaseline = sendDirectly(mailsExpected);
                smtp.purgeEmailFromAllMailboxes();
                int mailsBefore = smtp.getReceivedMessages().length;
                NightlyRun run = run();
                double night =
                        Duration.between(run.getStartedAt(), run.getEndedAt()).toMillis() / 1000.0;
                seconds.add(night);
                assertEquals(NightlyRun.Status.COMPLETED, run.getStatus(), run.getFailure());
                assertEquals(round.messages() / 10, run.getMessagesPurged(), "every expired message purged");
                Wait.until(() -> smtp.getReceivedMessages().length - mailsBefore >= mailsExpected);

                Results.add(new Results.Row(
                        database,
                        "night: notices, mails, purge",
                        size,
                        "seconds",
                        night,
                        "s",
                        "set-based SQL, same work without mails (rolled back)",
                        baseline));
                long concerned = run.getMessagesNotified()
                        + run.getMessagesReminded()
                        + run.getExpiryAlerts()
                        + run.getMessagesPurged();
                Results.add(new Results.Row(
                        database,
                        "night: messages concerned per second",
                        size,
                        "messages/s",
                        concerned / night,
                        "messages/s",
                        "set-based SQL",
                        concerned / baseline));
                for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(run.getExecutionId())) {
                    double stepSeconds =
                            (step.getEndTime().getTime() - step.getStartTime().getTime()) / 1000.0;
                    boolean delivery = "delivery".equals(step.getStepName());
                    Results.add(new Results.Row(
                            database,
                            "night step " + step.getStepName(),
                            size,
                            "seconds",
                            stepSeconds,
                            "s",
                            delivery
                                    ? "the same number of mails sent straight to the SMTP server,"
                                            + " 20 per connection"
                                    : "whole night",
                            delivery ? smtpBaseline : night));
                }
                smtp.purgeEmailFromAllMailboxes();
            }
            if (rounds >= 2) {
                Results.add(new Results.Row(
                        database,
                        "night: twice the work",
                        "x2",
                        "time ratio",
                        seconds.get(1) / seconds.get(0),
                        "",
                        "twice the work",
                        2.0));
            }
        } finally {
            smtp.stop();
        }
    }

    /** Sends this many mails of a notification's size straight through the Mailer; answers the seconds it took. */
    private double sendDirectly(long count) {
        String text = "x".repeat(900);
        long start = System.nanoTime();
        for (long sent = 0; sent < count; ) {
            try (Mailer.Batch batch = mailer.batch()) {
                for (int inBatch = 0; inBatch < 20 && sent < count; inBatch++, sent++) {
                    batch.send(new OutgoingMail("direct" + sent + "@baseline.bench.test", "Baseline", text), null);
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The run starts as an operator starts it: from the Nightly runs page, in a session logged in once. */
    private NightlyRun run() throws java.sql.SQLException {
        if (operator == null) {
            operator = BenchHttp.loggedIn("ops.demo", DemoData.DEMO_PASSWORD, DemoData.DEMO_AUTHENTICATOR_SECRET);
        }
        java.time.OffsetDateTime before =
                java.time.OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        String page = operator.startNightlyRun();
        String runId = data.nightlyRunStartedSince(before)
                .orElseThrow(() -> new IllegalStateException(
                        "The operator's start made no run (lock held, or the session ended); the page said: "
                                + page.replaceAll("(?s)<[^>]+>", " ")
                                        .replaceAll("\\s+", " ")
                                        .strip()));
        Wait.until(() -> runs.find(runId).orElseThrow().getStatus() != NightlyRun.Status.RUNNING);
        return runs.find(runId).orElseThrow();
    }
}
