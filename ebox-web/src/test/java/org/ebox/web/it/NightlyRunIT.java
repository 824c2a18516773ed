package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.ebox.access.entity.AccessRole;
import org.ebox.batch.boundary.NightlyJobs;
import org.ebox.common.entity.BelgianTime;
import org.ebox.expiry.entity.PurgeRecord;
import org.ebox.message.boundary.MessageCensus;
import org.ebox.message.control.IncomingFiles;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.entity.NightlyRun;
import org.ebox.notification.boundary.NotificationDelivery;
import org.ebox.notification.entity.Notification;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;
import org.ebox.web.it.NightlyWorld.Member;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly run inside Payara Micro, on the database the build points at, with GreenMail as the SMTP server (started
 * in the server's JVM, on the port the e-Box sends to) and the service's clock set to the night each test stands on.
 * Each test makes enterprises of its own and reads only the mails to their addresses: the demo enterprises get
 * their mails too, and the tests may run in any order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyRunIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWar()
                .addClasses(
                        NightlyWorld.class,
                        NightlyWorld.Member.class,
                        MovableClock.class,
                        CrashOnce.class,
                        MailCatcher.class,
                        Wait.class,
                        ActAs.class)
                .addAsLibraries(new File(System.getProperty("ebox.it.libs", "target/it-libs"))
                        .listFiles((dir, name) -> name.endsWith(".jar")));
    }

    private static MailCatcher smtp;

    @EJB
    NightlyWorld world;

    @EJB
    NightlyJobs jobs;

    @Inject
    ActAs actAs;

    @EJB
    NightlyRuns runs;

    @EJB
    MessageCensus census;

    @EJB
    NotificationDelivery delivery;

    @Inject
    ContentStore contentStore;

    @Inject
    Instance<IncomingFiles> publicationsFiles;

    private static synchronized MailCatcher smtp() {
        if (smtp == null) {
            smtp = MailCatcher.start();
        }
        return smtp;
    }

    /** A time on the Brussels wall clock. */
    private static OffsetDateTime brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BelgianTime.ZONE).toOffsetDateTime();
    }

    /** Sets the service's clock, starts a run as an operator would, and waits for its end. */
    private NightlyRun runAt(OffsetDateTime when) {
        smtp();
        MovableClock.setTo(when.toInstant());
        actAs.person("ops.demo", null);
        AtomicReference<Optional<String>> started = new AtomicReference<>(Optional.empty());
        // The schedule of this node might hold the lock for a moment, if the tests run at two in the night.
        Wait.until(
                () -> {
                    started.set(jobs.start());
                    return started.get().isPresent();
                },
                Duration.ofSeconds(60),
                "the lock to be free");
        return awaitEnd(started.get().get());
    }

    private NightlyRun awaitEnd(String runId) {
        Wait.until(
                () -> runs.find(runId).orElseThrow().getStatus() != NightlyRun.Status.RUNNING,
                Duration.ofSeconds(90),
                "the run to end");
        return runs.find(runId).orElseThrow();
    }

    private static String address(String who) {
        return who + "-" + System.nanoTime() + "@nightly.test";
    }

    private static List<Member> administrator(String language) {
        return List.of(new Member("la", AccessRole.LOCAL_ADMINISTRATOR, language, null));
    }

    private List<MimeMessage> mailsTo(String address) {
        return smtp().mailsTo(address);
    }

    @Test
    void aMessageNotReadOnItsDayIsNotifiedInTheNightAfterOnceWhenTheClocksGoBack() {
        String address = address("autumn");
        String enterprise = world.enterprise(address, administrator("en"));
        String lastMinute = world.publish(enterprise, brussels("2026-10-25T23:59"), false);
        String firstMinute = world.publish(enterprise, brussels("2026-10-26T00:01"), false);

        NightlyRun night = runAt(brussels("2026-10-26T02:00"));
        assertEquals(NightlyRun.Status.COMPLETED, night.getStatus(), night.getFailure());
        assertEquals(1, mailsTo(address).size(), "one mail in the night after the 25-hour day");
        String text = MailCatcher.body(mailsTo(address).get(0));
        assertTrue(text.contains("- 1 new message\n"), text);
        assertFalse(text.contains("Secret subject") || text.contains("Sujet secret"), "never the subject: " + text);
        assertEquals(List.of("NEW"), world.noticesOf(lastMinute));
        assertEquals(List.of(), world.noticesOf(firstMinute), "published at 00:01: its day has not ended");

        runAt(brussels("2026-10-26T03:00"));
        assertEquals(1, mailsTo(address).size(), "a second run in the same night sends nothing again");

        runAt(brussels("2026-10-27T02:00"));
        assertEquals(2, mailsTo(address).size(), "the message of 00:01 in the next night");
        assertEquals(List.of("NEW"), world.noticesOf(firstMinute));
    }

    @Test
    void everyRunStartsWithTheCensusOfTheBoxesInItsFirstStep() {
        OffsetDateTime night = brussels("2026-10-22T02:00");
        MovableClock.setTo(night.toInstant());
        MessageCensus.Census before = census.take(night);
        long stored = world.countMessages();

        NightlyRun run = runAt(night);
        assertEquals(NightlyRun.Status.COMPLETED, run.getStatus(), run.getFailure());
        StepExecution first = BatchRuntime.getJobOperator().getStepExecutions(run.getExecutionId()).stream()
                .filter(step -> step.getStepName().equals("census"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "messages=" + before.messages() + " expired=" + before.expired() + " unread=" + before.unread(),
                first.getExitStatus(),
                "counted by the service's clock, before the purge");
        assertEquals(stored, before.messages(), "every message of every box, as counted without the census");
    }

    @Test
    void onTheNightTheClocksGoForwardTheDayEndsAtLocalMidnight() {
        String address = address("spring");
        String enterprise = world.enterprise(address, administrator("en"));
        String lastMinute = world.publish(enterprise, brussels("2026-03-28T23:59"), false);
        String firstMinute = world.publish(enterprise, brussels("2026-03-29T00:01"), false);

        runAt(brussels("2026-03-29T03:30"));
        assertEquals(List.of("NEW"), world.noticesOf(lastMinute));
        assertEquals(List.of(), world.noticesOf(firstMinute));
        runAt(brussels("2026-03-29T23:59"));
        assertEquals(List.of(), world.noticesOf(firstMinute), "the 23-hour day has not ended at 23:59");
        runAt(brussels("2026-03-30T00:01"));
        assertEquals(List.of("NEW"), world.noticesOf(firstMinute));
        assertEquals(2, mailsTo(address).size());
    }

    @Test
    void aMessageReadOnItsPublicationDayNeverCausesAMailNorAReminder() {
        String address = address("read");
        String enterprise = world.enterprise(address, administrator("en"));
        String message = world.publish(enterprise, brussels("2026-09-10T09:00"), false);
        world.read(message, brussels("2026-09-10T17:00"));

        runAt(brussels("2026-09-11T02:00"));
        runAt(brussels("2026-09-25T02:00"));
        assertEquals(List.of(), mailsTo(address));
        assertEquals(List.of(), world.noticesOf(message));
        assertEquals(List.of(), world.notificationsOf(enterprise));
    }

    @Test
    void withoutAnAddressOfItsOwnTheMailGoesToTheChiefAccessManagerInTheAdministratorsLanguage() {
        String chiefAccessManager = address("cam");
        String enterprise = world.enterprise(
                null,
                List.of(
                        new Member("cam", AccessRole.CHIEF_ACCESS_MANAGER, "de", chiefAccessManager),
                        new Member("la", AccessRole.LOCAL_ADMINISTRATOR, "de", address("la"))));
        world.publish(enterprise, brussels("2026-09-01T10:00"), false);
        world.publish(enterprise, brussels("2026-09-01T11:00"), true);

        runAt(brussels("2026-09-02T02:00"));
        List<MimeMessage> mails = mailsTo(chiefAccessManager);
        assertEquals(1, mails.size());
        assertTrue(
                MailCatcher.subject(mails.get(0)).startsWith("e-Box Enterprise: Nachrichten warten auf"),
                MailCatcher.subject(mails.get(0)));
        String text = MailCatcher.body(mails.get(0));
        assertTrue(text.contains("- 2 neue Nachrichten"), text);
        assertTrue(text.contains("davon 1 Einschreiben"), text);
        assertFalse(text.contains("new messages"), "German only: " + text);
        Notification sent = world.notificationsOf(enterprise).get(0);
        assertEquals(Notification.Status.SENT, sent.getStatus());
        assertEquals(chiefAccessManager, sent.getSentTo());
        assertEquals("de", sent.getLanguages());
    }

    @Test
    void anEnterpriseWhoseAdministratorsSpeakDutchAndFrenchGetsBothInOneMail() {
        String address = address("bilingual");
        String enterprise = world.enterprise(
                address,
                List.of(
                        new Member("la", AccessRole.LOCAL_ADMINISTRATOR, "fr", null),
                        new Member("cola", AccessRole.CO_LOCAL_ADMINISTRATOR, "nl", null)));
        world.publish(enterprise, brussels("2026-09-03T10:00"), false);

        runAt(brussels("2026-09-04T02:00"));
        MimeMessage mail = mailsTo(address).get(0);
        String text = MailCatcher.body(mail);
        assertTrue(
                text.indexOf("- 1 nieuw bericht") < text.indexOf("- 1 nouveau message")
                        && text.contains("- 1 nieuw bericht"),
                "Dutch, then French: " + text);
        assertTrue(MailCatcher.subject(mail).contains(" / "), MailCatcher.subject(mail));
    }

    @Test
    void anUnreadMessageIsRemindedOnDay15AndAlertedSevenDaysBeforeItExpires() {
        String address = address("reminders");
        String enterprise = world.enterprise(address, administrator("en"));
        // Arrives on 1 August, expires 90 days later, on 30 October.
        String message = world.publish(enterprise, brussels("2026-08-01T10:00"), false);

        runAt(brussels("2026-08-02T02:00"));
        assertEquals(1, mailsTo(address).size());
        runAt(brussels("2026-08-15T02:00"));
        assertEquals(1, mailsTo(address).size(), "day 14: no reminder yet");
        NightlyRun day15 = runAt(brussels("2026-08-16T02:00"));
        assertEquals(2, mailsTo(address).size(), "day 15: the reminder");
        assertTrue(MailCatcher.body(mailsTo(address).get(1)).contains("- 1 message still unread 15 days after"));
        assertTrue(day15.getMessagesReminded() >= 1);
        runAt(brussels("2026-10-22T02:00"));
        assertEquals(2, mailsTo(address).size(), "8 days before the expiry day: no alert yet");
        NightlyRun alertNight = runAt(brussels("2026-10-23T02:00"));
        assertEquals(3, mailsTo(address).size(), "7 days before the expiry day: the alert");
        assertTrue(MailCatcher.body(mailsTo(address).get(2)).contains("- 1 unread message that expires within 7 days"));
        assertTrue(alertNight.getExpiryAlerts() >= 1);
        runAt(brussels("2026-10-24T02:00"));
        assertEquals(3, mailsTo(address).size(), "each notice once");
        assertEquals(List.of("EXPIRY_ALERT", "NEW", "REMINDER"), world.noticesOf(message));
    }

    @Test
    void aRunThatCrashedMidChunkIsRestartedWithoutSendingAMailTwiceOrSkippingOne() {
        actAs.person("ops.demo", null);
        List<String> addresses = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            String address = address("restart" + n);
            addresses.add(address);
            world.publish(world.enterprise(address, administrator("en")), brussels("2026-07-01T10:00"), false);
        }
        MovableClock.setTo(brussels("2026-07-02T02:00").toInstant());
        smtp();
        // The delivery step's chunks hold two mails: the third read of the first execution crashes, after the
        // first chunk went out and in the middle of the second.
        CrashOnce.atItem(3);
        NightlyRun run = runs.open("it-node", "it.operator", brussels("2026-07-02T02:00"))
                .orElseThrow();
        Properties parameters = new Properties();
        parameters.setProperty(NightlyJobs.RUN_ID, run.getRunId());
        parameters.setProperty("deliveryChunk", "2");
        runs.attachExecution(run.getRunId(), BatchRuntime.getJobOperator().start(NightlyJobs.NIGHTLY_RUN, parameters));
        NightlyRun failed = awaitEnd(run.getRunId());
        assertEquals(NightlyRun.Status.FAILED, failed.getStatus());
        assertTrue(failed.getFailure().contains("Simulated crash"), failed.getFailure());
        assertEquals(2, failed.getMailsSent(), "the first chunk went out before the crash");

        assertTrue(jobs.restart(run.getRunId()));
        NightlyRun restarted = awaitEnd(run.getRunId());
        assertEquals(NightlyRun.Status.COMPLETED, restarted.getStatus(), restarted.getFailure());
        for (String address : addresses) {
            assertEquals(1, mailsTo(address).size(), "exactly one mail to " + address);
        }
        assertEquals(0, restarted.getMailsFailed());
    }

    /**
     * Last of the class: it stops the SMTP server and starts another on the same port, and once (in CI) the next
     * test's run then waited on that server for a minute and a half. The other tests keep the first server.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenTheSmtpServerIsDownTheFailureIsRecordedAndTheNextRunSendsTheMail() {
        actAs.person("ops.demo", null);
        String address = address("smtp-down");
        String enterprise = world.enterprise(address, administrator("en"));
        world.publish(enterprise, brussels("2026-06-01T10:00"), false);
        smtp().close();
        smtp = null;
        MovableClock.setTo(brussels("2026-06-02T02:00").toInstant());
        AtomicReference<Optional<String>> started = new AtomicReference<>(Optional.empty());
        Wait.until(
                () -> {
                    started.set(jobs.start());
                    return started.get().isPresent();
                },
                Duration.ofSeconds(60),
                "the lock to be free");
        NightlyRun downNight = awaitEnd(started.get().get());
        assertEquals(NightlyRun.Status.COMPLETED, downNight.getStatus(), downNight.getFailure());
        assertTrue(downNight.getMailsFailed() >= 1, "the failure is counted");
        Notification waiting = world.notificationsOf(enterprise).get(0);
        assertEquals(Notification.Status.PENDING, waiting.getStatus());
        assertEquals(1, waiting.getAttempts());
        assertNotNull(waiting.getLastError());
        NotificationDelivery.Backlog backlog = delivery.backlog();
        assertTrue(backlog.pending() >= 1, "reported as waiting");
        assertNotNull(backlog.lastError(), "with the error");

        runAt(brussels("2026-06-02T03:00"));
        assertEquals(1, mailsTo(address).size(), "sent by the next run, once");
        Notification sent = world.notificationsOf(enterprise).get(0);
        assertEquals(Notification.Status.SENT, sent.getStatus());
        assertEquals(2, sent.getAttempts());
    }

    @Test
    void theExpiryPurgeDeletesTheMessageAndItsOwnFilesKeepsARecordAndTheSharedFileAndUncountsIt() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String enterprise = world.enterprise(address("purge"), administrator("en"));
        StoredContent shared = world.store(NightlyWorld.pdf("Shared letter " + System.nanoTime()));
        String expired = world.publishExpired(enterprise, now, shared);
        String alive = world.publish(enterprise, now.minusDays(1), false);
        world.attach(alive, shared);
        assertEquals(1, world.inboxTotal(enterprise, now), "the expired message left the Inbox's total at once");
        List<String> digests = world.attachmentDigests(expired);
        String own = digests.stream()
                .filter(digest -> !digest.equals(shared.sha256Hex()))
                .findFirst()
                .orElseThrow();

        NightlyRun night = runAt(now);
        assertEquals(NightlyRun.Status.COMPLETED, night.getStatus(), night.getFailure());
        assertTrue(night.getMessagesPurged() >= 1);
        assertFalse(world.messageExists(expired));
        assertEquals(0, world.attachmentRows(expired));
        assertFalse(contentStore.contains(new StoredContent(own, 0)), "its own file is deleted");
        assertTrue(contentStore.contains(shared), "the file another message shares stays");
        assertTrue(world.messageExists(alive));
        PurgeRecord record = world.purgeRecord(expired);
        assertNotNull(record, "what stays of it");
        assertEquals(enterprise, record.getEnterpriseNumber());
        assertTrue(
                record.getFiles().contains(own) && record.getFiles().contains(shared.sha256Hex()), record.getFiles());
        assertEquals(night.getRunId(), record.getRunId());
        assertEquals(List.of(1L, 1L), world.inboxCounterAndRows(enterprise), "the purge took it off the counter");
    }

    @Test
    void theNightDeletesAnUploadADeadNodeLeftHalfReceivedAndKeepsOneStillArriving() throws IOException {
        ContentStore.Staged abandoned = contentStore.stage(new ByteArrayInputStream(new byte[] {1, 2}), 10);
        Files.setLastModifiedTime(abandoned.path(), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        ContentStore.Staged arriving = contentStore.stage(new ByteArrayInputStream(new byte[] {3, 4}), 10);
        // The tests run with a grace of zero (EBOX_PURGE_FILE_GRACE): an upload still arriving is one written to
        // after the night looks.
        Files.setLastModifiedTime(arriving.path(), FileTime.from(Instant.now().plus(Duration.ofMinutes(10))));
        try {
            NightlyRun night = runAt(OffsetDateTime.now(ZoneOffset.UTC));
            assertEquals(NightlyRun.Status.COMPLETED, night.getStatus(), night.getFailure());
            assertFalse(Files.exists(abandoned.path()), "older than ebox.purge.file-grace: deleted");
            assertTrue(Files.exists(arriving.path()), "an upload still being written stays");
        } finally {
            contentStore.discard(arriving);
        }
    }

    @Test
    void theNightDeletesTheFileOfAPublicationWhoseNodeDiedBeforeItCommittedAndKeepsOneAMessageReferTo()
            throws IOException {
        // Two publications keep a new file each; one node dies before its message is written (nothing closes its
        // files, as nothing would), the other's message is stored.
        IncomingFiles dying = publicationsFiles.get();
        StoredContent orphan = dying.receive(
                        new ByteArrayInputStream(NightlyWorld.pdf("died " + UUID.randomUUID())), 1_000_000)
                .content();
        dying.keepAll();
        IncomingFiles stored = publicationsFiles.get();
        StoredContent referenced = stored.receive(
                        new ByteArrayInputStream(NightlyWorld.pdf("stored " + UUID.randomUUID())), 1_000_000)
                .content();
        stored.keepAll();
        String enterprise = world.enterprise("orphans@example.com", administrator("en"));
        world.attach(world.publish(enterprise, OffsetDateTime.now(ZoneOffset.UTC), false), referenced);
        stored.stored();
        stored.close();
        assertTrue(contentStore.contains(orphan), "kept under its digest, referred to by nothing");

        NightlyRun night = runAt(OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals(NightlyRun.Status.COMPLETED, night.getStatus(), night.getFailure());
        assertFalse(contentStore.contains(orphan), "no message refers to it: deleted (the tests' grace is zero)");
        assertTrue(contentStore.contains(referenced), "its message refers to it: it stays");
    }

    @Test
    void aRunWhoseNodeStoppedRenewingItsLeaseIsTakenOverAndFinishedWithEachMailOnce() {
        actAs.person("ops.demo", null);
        List<String> addresses = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            String address = address("takeover" + n);
            addresses.add(address);
            world.publish(world.enterprise(address, administrator("en")), brussels("2026-05-10T10:00"), false);
        }
        OffsetDateTime night = brussels("2026-05-11T02:00");
        MovableClock.setTo(night.toInstant());
        smtp();
        Wait.until(() -> runs.lease(night).isEmpty(), Duration.ofSeconds(60), "no run to hold the lock");
        NightlyRun dead = runs.open("4242@a-node-that-died", "ops.demo", night).orElseThrow();
        assertEquals(Optional.empty(), jobs.start(), "one run at a time: the other node's lease is fresh");
        assertFalse(jobs.renewOrTakeOverTheLease(), "a fresh lease of another node is left to it");

        MovableClock.setTo(night.plus(NightlyRuns.LEASE).plusSeconds(1).toInstant());
        // The lease's timer may take it over first; then this call renews the lease of the run this node now runs.
        assertTrue(jobs.renewOrTakeOverTheLease(), "its lease ran out: this node takes it over");
        NightlyRun finished = awaitEnd(dead.getRunId());
        assertEquals(NightlyRun.Status.COMPLETED, finished.getStatus(), finished.getFailure());
        assertNotEquals("4242@a-node-that-died", finished.getNode(), "the run went on on this node");
        for (String address : addresses) {
            assertEquals(1, mailsTo(address).size(), "exactly one mail to " + address);
        }
        assertEquals(Optional.empty(), runs.lease(night.plus(NightlyRuns.LEASE)), "the run let go of the lock");
    }

    @Test
    void whileItsJobRunsTheNodeRenewsTheLeaseSoNoOtherNodeTakesTheRunOver() throws InterruptedException {
        actAs.person("ops.demo", null);
        String address = address("renewed");
        world.publish(world.enterprise(address, administrator("en")), brussels("2026-05-12T10:00"), false);
        OffsetDateTime night = brussels("2026-05-13T02:00");
        CrashOnce.holdDelivery();
        try {
            MovableClock.setTo(night.toInstant());
            smtp();
            Wait.until(() -> runs.lease(night).isEmpty(), Duration.ofSeconds(60), "no run to hold the lock");
            String runId = jobs.start().orElseThrow();
            assertTrue(CrashOnce.awaitHeld(Duration.ofSeconds(60)), "the delivery step to start");
            OffsetDateTime later = night.plus(NightlyRuns.LEASE).plusMinutes(1);
            MovableClock.setTo(later.toInstant());
            // Renewed last as the step began, at night: without another renewal its lease would have run out now.
            assertTrue(jobs.renewOrTakeOverTheLease(), "this node's job runs it: the lease is renewed");
            NightlyRuns.Lease lease = runs.lease(later).orElseThrow();
            assertEquals(runId, lease.runId());
            assertFalse(lease.ranOut(), "renewed from the time of the renewal");
            assertEquals(Optional.empty(), jobs.start(), "nobody else may start a run meanwhile");
        } finally {
            CrashOnce.release();
        }
        Wait.until(() -> runs.lease(night).isEmpty(), Duration.ofSeconds(90), "the run to end");
        assertEquals(1, mailsTo(address).size());
    }

    @Test
    void theScheduleOfANodeWhoseTimerFiresLateStartsNoSecondRunInANightThatRanAlready() {
        actAs.person("ops.demo", null);
        OffsetDateTime night = brussels("2026-05-05T02:00");
        // The lease's timer sees the runs below hold fresh leases.
        MovableClock.setTo(night.toInstant());
        Wait.until(() -> runs.runHoldingTheLock(night).isEmpty(), Duration.ofSeconds(60), "no run to hold the lock");
        NightlyRun first = runs.open("node-a", null, night).orElseThrow();
        runs.close(first.getRunId(), NightlyRun.Status.COMPLETED, null, night.plusMinutes(3));

        assertEquals(
                Optional.empty(),
                runs.open("node-b", null, night.plusMinutes(5)),
                "node b's timer, five minutes late: the night ran, and the lock is free");
        NightlyRun byHand =
                runs.open("node-b", "ops.demo", night.plusMinutes(6)).orElseThrow();
        runs.close(byHand.getRunId(), NightlyRun.Status.COMPLETED, null, night.plusMinutes(7));
        NightlyRun nextNight = runs.open("node-b", null, night.plusDays(1)).orElseThrow();
        runs.close(
                nextNight.getRunId(),
                NightlyRun.Status.COMPLETED,
                null,
                night.plusDays(1).plusMinutes(3));
        assertEquals(night.toLocalDate().plusDays(1), nextNight.getScheduledNight());
        assertEquals(null, byHand.getScheduledNight(), "an operator may run a night again");
    }

    @Test
    void theScheduleStartsTheRunAtTwoInTheMorningInBrussels() {
        actAs.person("ops.demo", null);
        ZonedDateTime next = jobs.nextScheduledRun().orElseThrow();
        assertEquals(BelgianTime.ZONE, next.getZone());
        assertEquals(2, next.getHour());
        assertEquals(0, next.getMinute());
        assertTrue(next.toInstant().isAfter(Instant.now()));
    }
}
