package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ebox.access.boundary.EndedProviderSessions;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.AccessRole;
import org.ebox.audit.boundary.AuditTrail;
import org.ebox.audit.entity.AuditRecord;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.boundary.Enterprises;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.boundary.MailboxSummary;
import org.ebox.message.boundary.Publication;
import org.ebox.message.boundary.Replies;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.Reply;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;
import org.ebox.platform.security.RoleRefusal;
import org.ebox.web.rest.security.DevelopmentTokens;
import org.ebox.web.rest.security.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole stack inside Payara Micro, on the database the build points at (H2, or PostgreSQL in CI's second run):
 * the schema is migrated, the demo world is loaded with real PDF files, the services answer what the database holds,
 * the identity store gives the right roles. One deployment for all of it, since
 * each test class starts Payara Micro anew.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWar().addClasses(DemoWorld.class, Wait.class, ActAs.class, Multipart.class);
    }

    @EJB
    DemoWorld world;

    @EJB
    Enterprises enterprises;

    @EJB
    PersonDirectory persons;

    @EJB
    MailboxSummary mailboxSummary;

    @Inject
    ContentStore contentStore;

    @Inject
    DevelopmentTokens developmentTokens;

    @EJB
    AuditTrail auditTrail;

    @EJB
    Publication publication;

    @EJB
    Replies replies;

    @EJB
    org.ebox.message.boundary.MessageConsultation consultation;

    @EJB
    EndedProviderSessions endedProviderSessions;

    @ArquillianResource
    URL base;

    @Inject
    ActAs actAs;

    @Test
    void anEndedProviderSessionStaysEndedWhenSaidTwiceAndIsForgottenAfterADay() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String old = "sid-" + UUID.randomUUID();
        String fresh = "sid-" + UUID.randomUUID();
        endedProviderSessions.end(old, now.minusDays(2));
        assertTrue(endedProviderSessions.hasEnded(old));
        endedProviderSessions.end(fresh, now);
        endedProviderSessions.end(fresh, now); // the provider said it again: no second row, no error
        assertTrue(endedProviderSessions.hasEnded(fresh));
        assertFalse(endedProviderSessions.hasEnded(old), "a day after its end, no e-Box session of it lives");
        assertFalse(endedProviderSessions.hasEnded("sid-" + UUID.randomUUID()), "a session never ended");
    }

    @Test
    void demoWorldHasEnterprisesOfBothDomainsWithTwoHundredMessagesEach() {
        List<String> numbers = world.enterpriseNumbers();
        assertTrue(numbers.size() >= 3, "enterprises: " + numbers);
        numbers.forEach(number -> assertTrue(EnterpriseNumber.isValid(number), number));
        Set<EnterpriseDomain> domains = numbers.stream().map(world::domainOf).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(EnterpriseDomain.class), domains);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String number : numbers) {
            assertTrue(world.countMessages(number, "1 = 1", now) >= 200, number);
        }
    }

    @Test
    void demoMessagesCoverEveryKindAUserMeets() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String number : world.enterpriseNumbers()) {
            assertTrue(world.countMessages(number, "m.registeredMail = true", now) > 0, "registered");
            assertTrue(world.countMessages(number, "m.registeredMail = false", now) > 0, "ordinary");
            assertTrue(world.countMessages(number, "m.replyAuthorized = true", now) > 0, "replyable");
            assertTrue(world.countMessages(number, "m.readAt is null", now) > 0, "unread");
            assertTrue(world.countMessages(number, "m.readAt is not null", now) > 0, "read");
            assertTrue(world.countMessages(number, "m.visible = false", now) > 0, "masked");
            assertTrue(world.countExpiringBetween(number, now, now.plusDays(7)) > 0, "expiring within a week");
        }
    }

    @Test
    void everyStoredFileMatchesItsDigestAndEveryPdfIsARealOne() throws Exception {
        List<Attachment> attachments = world.attachments();
        assertTrue(
                attachments.stream()
                                .filter(a -> a.getMediaType().equals("application/pdf"))
                                .count()
                        >= 600,
                "the demo letters: " + attachments.size());
        for (Attachment attachment : attachments) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] bytes;
            try (InputStream in = new DigestInputStream(contentStore.open(attachment.getContent()), sha256)) {
                bytes = in.readAllBytes();
            }
            assertEquals(attachment.getSizeInBytes(), bytes.length);
            assertEquals(attachment.getContent().sha256Hex(), HexFormat.of().formatHex(sha256.digest()));
            if (attachment.getMediaType().equals("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    assertTrue(pdf.getNumberOfPages() >= 1);
                }
            }
        }
    }

    @Test
    void summaryCountsWhatTheDatabaseHoldsForEachBox() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String number : world.enterpriseNumbers()) {
            actAs.apiClient("summary-test", new EnterpriseNumber(number), Scope.SUMMARY_OWN_EBOX);
            MailboxSummary.Summary summary = mailboxSummary.ofCallersBox(now);
            assertEquals(world.countMessages(number, "m.expirationDate > :now", now), summary.messages());
            assertEquals(
                    world.countMessages(number, "m.expirationDate > :now and m.readAt is null", now), summary.unread());
            assertEquals(
                    world.countMessages(
                            number,
                            "m.expirationDate > :now and m.registeredMail = true and m.pickedUpAt is null",
                            now),
                    summary.registeredMailToPickUp());
            assertTrue(summary.unread() > 0 && summary.unread() < summary.messages());
        }
    }

    @Test
    void onePersonActsForTwoEnterprisesAndEveryRoleIsHeldBySomeone() {
        actAs.person("la.zinneke", null);
        assertEquals(2, persons.accessesOfCaller().size());
        for (AccessRole role : AccessRole.values()) {
            assertTrue(
                    world.count("select count(a) from EnterpriseAccess a where a.role = "
                                    + "org.ebox.access.entity.AccessRole." + role.name())
                            > 0,
                    role.name());
        }
    }

    @Test
    void openingReadsAMessageButRegisteredMailOnlyWhenPickedUpAndOtherBoxesAreNeverFound() {
        EnterpriseNumber zinneke = EnterpriseNumber.withCheckDigits("08123456");
        EnterpriseNumber lumiere = EnterpriseNumber.withCheckDigits("04567890");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String userOfZinneke = persons.findByLogin("user.zinneke").orElseThrow().getPersonId();
        String administratorOfZinneke =
                persons.findByLogin("la.zinneke").orElseThrow().getPersonId();
        String ordinary = world.unreadMessageOf(zinneke.value(), false);
        actAs.person("user.zinneke", null);
        Message opened = consultation.open(ordinary, now).orElseThrow();
        assertEquals(userOfZinneke, opened.getReadBy(), "read by the caller, whoever the page names");
        actAs.person("la.zinneke", zinneke.value());
        assertEquals(
                userOfZinneke,
                consultation.open(ordinary, now.plusMinutes(5)).orElseThrow().getReadBy(),
                "the first reader stays");

        String registered = world.unreadMessageOf(zinneke.value(), true);
        Message closed = consultation.open(registered, now).orElseThrow();
        assertEquals(null, closed.getReadAt(), "registered mail is not read by being looked at");
        Message picked = consultation.pickUp(registered, now).orElseThrow();
        assertEquals(administratorOfZinneke, picked.getPickedUpBy());
        assertEquals(administratorOfZinneke, picked.getReadBy());
        assertEquals(
                List.of(ordinary),
                consultation.findAll(List.of(ordinary, "no-such-id"), now).stream()
                        .map(Message::getMessageId)
                        .toList());

        actAs.person("la.zinneke", lumiere.value());
        assertTrue(consultation.open(ordinary, now).isEmpty(), "the same person, acting for another enterprise");
        assertTrue(consultation.pickUp(registered, now).isEmpty());
        assertTrue(consultation.findAll(List.of(ordinary, registered), now).isEmpty());
        actAs.person("cam.zinneke", zinneke.value());
        assertTrue(
                RoleRefusal.isCauseOf(assertThrows(Exception.class, () -> consultation.open(ordinary, now))),
                "a Chief Access Manager has no e-Box by that role: the boundary refuses, whatever the page");
    }

    @Test
    void successfulApiCallsLeaveAnAuditRecordAndRefusedOnesNone() throws Exception {
        EnterpriseNumber zinneke = EnterpriseNumber.withCheckDigits("08123456");
        String token = developmentTokens.mint(
                "audit-test-client",
                zinneke,
                EnumSet.of(Scope.SUMMARY_OWN_EBOX, Scope.MESSAGES_FULL),
                Duration.ofMinutes(5));
        String api = base.toString() + "REST/ebox/enterprise/messageRegistry/v2";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> summary = http.send(
                HttpRequest.newBuilder(URI.create(api + "/ebox"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, summary.statusCode());
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(api + "/ebox/messages/none"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());

        actAs.person("ops.demo", null);
        List<AuditRecord> records = auditTrail.latest(10).stream()
                .filter(record -> "audit-test-client".equals(record.getClientId()))
                .toList();
        assertEquals(1, records.size(), "the failed read is not audited");
        AuditRecord record = records.get(0);
        assertEquals("GET", record.getRequestMethod());
        assertTrue(record.getRequestUrl().endsWith("/ebox"), record.getRequestUrl());
        assertEquals(200, record.getResponseCode());
        assertEquals(
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))),
                record.getSubjectTokenHashed());
        assertFalse(record.getDetails().contains(token), "the token itself is never kept");

        assertTrue(
                Arrays.stream(AuditTrail.class.getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()))
                        .allMatch(method -> method.getName().equals("append")
                                || method.getName().equals("latest")),
                "nothing in the application changes or deletes an audit record");
        if (world.isPostgres()) {
            assertTrue(world.databaseRefusesToChangeAuditRecord(record.getAuditId()), "PostgreSQL refuses it too");
        }
    }

    @Test
    void aPublicationIsAuditedOnceInItsOwnTransactionItsRetryTooAndARefusalNot() throws Exception {
        String client = "audit-publisher-" + System.nanoTime();
        String token = developmentTokens.mint(
                client,
                EnterpriseNumber.withCheckDigits("02067316"),
                EnumSet.of(Scope.PUBLICATION_SENDER),
                Duration.ofMinutes(5));
        byte[] pdf = onePagePdf();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> published = publishOverHttp(token, EnterpriseNumber.withCheckDigits("08123456"), pdf, key);
        assertEquals(201, published.statusCode(), published.body());
        String messageId = published.body().replaceAll(".*\"messageId\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> retried = publishOverHttp(token, EnterpriseNumber.withCheckDigits("08123456"), pdf, key);
        assertEquals(201, retried.statusCode(), retried.body());
        assertTrue(retried.body().contains(messageId), "the retry answers the first message");
        HttpResponse<String> refused = publishOverHttp(
                token,
                EnterpriseNumber.withCheckDigits("09999999"),
                pdf,
                UUID.randomUUID().toString());
        assertEquals(400, refused.statusCode(), "no such enterprise: " + refused.body());

        actAs.person("ops.demo", null);
        List<AuditRecord> records = auditTrail.latest(50).stream()
                .filter(record -> client.equals(record.getClientId()))
                .toList();
        assertEquals(
                2,
                records.size(),
                "the publication and its retry, once each (not again by the filter); the refusal none");
        String digest = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf));
        for (AuditRecord record : records) {
            assertEquals("POST", record.getRequestMethod());
            assertTrue(record.getRequestUrl().endsWith("/publishMessage"), record.getRequestUrl());
            assertEquals(201, record.getResponseCode());
            assertTrue(record.getDetails().contains("\"messageId\":\"" + messageId + "\""), record.getDetails());
            assertTrue(record.getDetails().contains(digest), record.getDetails());
        }
    }

    private HttpResponse<String> publishOverHttp(String token, EnterpriseNumber recipient, byte[] pdf, String key)
            throws Exception {
        String message = "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + recipient.value()
                + "\"},\"subject\":{\"nl\":\"Audit\"},\"messageTypeId\":\"dmfa-notice\","
                + "\"senderOrganizationId\":\""
                + EnterpriseNumber.withCheckDigits("02067316").value() + "\","
                + "\"senderApplicationId\":\"nsso-dmfa\",\"bodyMainContent\":false,"
                + "\"attachments\":[{\"httpPartName\":\"upfile1\",\"mainContent\":true}],\"replyAuthorized\":false}";
        Multipart form = new Multipart()
                .file("upfile1", "audit.pdf", "application/pdf", pdf)
                .text("messageToPublish", message);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "REST/ebox/enterprise/messageRegistry/v2/publishMessage"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", form.contentType())
                                .header("Idempotency-Key", key)
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publicationToAnEnterpriseThatNeverOpenedItsEboxSaysNoDigitalUser() throws Exception {
        EnterpriseNumber newcomer = EnterpriseNumber.withCheckDigits("05550" + (System.nanoTime() % 900 + 100));
        world.addEnterpriseThatNeverOpenedItsEbox(newcomer);
        StoredContent letter = contentStore.store(onePagePdf());
        actAs.apiClient("nsso", EnterpriseNumber.withCheckDigits("02067316"), Scope.PUBLICATION_SENDER);
        Publication.Result result = publication.publish(
                new Publication.Request(
                        EnterpriseNumber.withCheckDigits("02067316"),
                        "nsso-dmfa",
                        "dmfa-notice",
                        newcomer,
                        TranslatedText.of("Welkom", "Bienvenue", null, null),
                        null,
                        false,
                        false,
                        false,
                        null,
                        null,
                        null,
                        List.of(new Publication.NewAttachment(
                                null, "welcome.pdf", "application/pdf", letter, true, false)),
                        null,
                        "fingerprint"),
                OffsetDateTime.now(ZoneOffset.UTC));
        assertTrue(result.noDigitalUser(), "the message is kept, and the sender told to send on paper too");
        Publication.Result toZinneke = publication.publish(
                new Publication.Request(
                        EnterpriseNumber.withCheckDigits("02067316"),
                        "nsso-dmfa",
                        "dmfa-notice",
                        EnterpriseNumber.withCheckDigits("08123456"),
                        TranslatedText.of("Brief", null, null, null),
                        null,
                        false,
                        false,
                        false,
                        null,
                        null,
                        null,
                        List.of(new Publication.NewAttachment(
                                null, "letter.pdf", "application/pdf", letter, true, false)),
                        null,
                        "fingerprint"),
                OffsetDateTime.now(ZoneOffset.UTC));
        assertFalse(toZinneke.noDigitalUser());

        actAs.apiClient("finance", EnterpriseNumber.withCheckDigits("03083571"), Scope.PUBLICATION_SENDER);
        assertThrows(
                org.ebox.message.boundary.PublicationRefused.class,
                () -> publication.publish(
                        new Publication.Request(
                                EnterpriseNumber.withCheckDigits("02067316"),
                                "nsso-dmfa",
                                "dmfa-notice",
                                newcomer,
                                TranslatedText.of("Faux", null, null, null),
                                null,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                "fingerprint"),
                        OffsetDateTime.now(ZoneOffset.UTC)),
                "an institution publishes in its own name only, whatever the request says");
    }

    /** A real PDF: other tests read every stored PDF. */
    private static byte[] onePagePdf() throws java.io.IOException {
        try (PDDocument document = new PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void institutionReadsTheRepliesToItsOwnMessagesOnly() throws Exception {
        EnterpriseNumber zinneke = EnterpriseNumber.withCheckDigits("08123456");
        EnterpriseNumber nsso = EnterpriseNumber.withCheckDigits("02067316");
        EnterpriseNumber finance = EnterpriseNumber.withCheckDigits("03083571");
        String original = world.replyableMessageOf(zinneke.value(), nsso.value());
        StoredContent document = contentStore.store(onePagePdf());
        actAs.person("user.zinneke", null);
        Reply reply = replies.send(
                original,
                "+32 2 555 01 01",
                "Notre déclaration corrigée est jointe.",
                new Replies.Document("correction.pdf", "application/pdf", document),
                OffsetDateTime.now(ZoneOffset.UTC));
        org.junit.jupiter.api.Assertions.assertThrows(
                org.ebox.message.boundary.PublicationRefused.class,
                () -> replies.send(
                        world.messageNotAllowingReplies(zinneke.value()),
                        null,
                        "No",
                        null,
                        OffsetDateTime.now(ZoneOffset.UTC)),
                "a message without the reply arrow cannot be answered");

        String api = base.toString() + "REST/ebox/enterprise/extensions/v1/replies";
        String nssoToken =
                developmentTokens.mint("nsso", nsso, EnumSet.of(Scope.PUBLICATION_SENDER), Duration.ofMinutes(5));
        HttpResponse<String> list = get(api + "?pageSize=100", nssoToken);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(reply.getReplyId()), list.body());
        assertTrue(list.body().contains("Notre déclaration corrigée est jointe."));
        HttpResponse<String> content = get(api + "/" + reply.getReplyId() + "/attachment/content", nssoToken);
        assertEquals(200, content.statusCode());

        String financeToken =
                developmentTokens.mint("fin", finance, EnumSet.of(Scope.PUBLICATION_SENDER), Duration.ofMinutes(5));
        assertTrue(!get(api, financeToken).body().contains(reply.getReplyId()), "not another institution's");
        assertEquals(404, get(api + "/" + reply.getReplyId(), financeToken).statusCode());
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
