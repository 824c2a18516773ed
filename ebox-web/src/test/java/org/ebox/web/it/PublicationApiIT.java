package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.assertMatchesContract;
import static org.ebox.web.it.ContractClient.assertRefusedAsInvalidInput;
import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /publishMessage over HTTP: an institution publishes and the enterprise sees the message; bad publications are
 * refused with the contract's StatusMessage and leave nothing behind, neither message nor file; retries with one
 * Idempotency-Key make one message, also when they arrive together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationApiIT {

    private static final String NSSO =
            EnterpriseNumber.withCheckDigits("02067316").value();
    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();
    private static final Path STORE = Path.of(System.getProperty("ebox.data.dir", "target/it-data"), "attachments");

    @ArquillianResource
    URL base;

    private ContractClient api;
    private String nsso;
    private String zinneke;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.eboxWar();
    }

    @BeforeEach
    void tokens() {
        api = new ContractClient(base);
        nsso = api.token(NSSO, "publicationsender");
        zinneke = api.token(ZINNEKE, "messagesfull");
    }

    @Test
    void publishedMessageReachesTheEnterpriseWithItsFileAndTheTypesExpiry() throws Exception {
        byte[] pdf = pdf("Notice 1");
        HttpResponse<String> response = api.publish(
                nsso,
                new Multipart()
                        .file("upfile1", "notice-1.pdf", "application/pdf", pdf)
                        .text("messageToPublish", message("Kennisgeving", List.of(attachment("upfile1", true)))),
                null);
        assertEquals(201, response.statusCode(), response.body());
        assertMatchesContract("POST", "/publishMessage", response);
        JsonNode status = json(response.body());
        String id = status.get("messageId").asText();

        JsonNode message = json(api.get(zinneke, "/ebox/messages/" + id).body());
        assertEquals("Kennisgeving", message.get("subject").get("nl").asText());
        assertEquals(NSSO, message.get("senderOrganizationId").asText());
        assertTrue(message.get("replyAuthorized").asBoolean());
        assertEquals(
                OffsetDateTime.parse(message.get("receiptDate").asText())
                        .plusYears(1)
                        .toInstant(),
                OffsetDateTime.parse(message.get("expirationDate").asText()).toInstant(),
                "dmfa-notice: one year");
        JsonNode file = message.get("attachments").get("items").get(0);
        assertEquals("notice-1.pdf", file.get("fileName").asText());
        assertEquals(
                base64Url(sha256(pdf)), file.get("digest").get("digestValue").asText());
        assertEquals(
                status.get("expirationDate").asText(),
                message.get("expirationDate").asText());
    }

    @Test
    void aFileNameWithAPathFromTheInstitutionIsDownloadedUnderItsLastNameOnly() throws Exception {
        HttpResponse<String> response = api.publish(
                nsso,
                new Multipart()
                        .file("upfile1", "../../etc/passwd.pdf", "application/pdf", pdf("Path"))
                        .text("messageToPublish", message("Path", List.of(attachment("upfile1", true)))),
                null);
        assertEquals(201, response.statusCode(), response.body());
        String id = json(response.body()).get("messageId").asText();
        String attachment = json(api.get(zinneke, "/ebox/messages/" + id + "/attachments")
                        .body())
                .get("items")
                .get(0)
                .get("attachmentId")
                .asText();
        HttpResponse<byte[]> content =
                api.getBytes(zinneke, "/ebox/messages/" + id + "/attachments/" + attachment + "/content");
        assertEquals(200, content.statusCode());
        assertEquals(
                "attachment; filename=\"passwd.pdf\"; filename*=UTF-8''passwd.pdf",
                content.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void partsMayComeInAnyOrderAndTheBodyMayBeTheMainContent() {
        HttpResponse<String> response = api.publish(
                nsso,
                new Multipart()
                        .text(
                                "messageToPublish",
                                message("Corps principal", List.of(attachment("annex", false)))
                                        .replace(
                                                "\"bodyMainContent\":false",
                                                "\"bodyMainContent\":true,"
                                                        + "\"bodyContent\":{\"fr\":\"Le corps est le contenu principal.\"}"))
                        .file("annex", "annex.txt", "text/plain", "Annex".getBytes(StandardCharsets.UTF_8)),
                null);
        assertEquals(201, response.statusCode(), response.body());
        String id = json(response.body()).get("messageId").asText();
        JsonNode body = json(api.get(zinneke, "/ebox/messages/" + id + "/body").body());
        assertEquals("Le corps est le contenu principal.", body.get("fr").asText());
        assertTrue(
                json(api.get(zinneke, "/ebox/messages/" + id).body())
                        .get("readStatus")
                        .asBoolean(),
                "reading the body that is the main content reads the message");
    }

    @Test
    void retriesWithOneIdempotencyKeyMakeOneMessageEvenWhenTheyArriveTogether() throws Exception {
        byte[] pdf = pdf("Retried");
        String form = message("Retried notice", List.of(attachment("upfile1", true)));
        int before = boxSize();
        String key = "retry-" + java.util.UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> retries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<HttpResponse<String>> retry = () -> api.publish(
                    nsso,
                    new Multipart()
                            .file("upfile1", "retried.pdf", "application/pdf", pdf)
                            .text("messageToPublish", form),
                    key);
            retries.add(pool.submit(retry));
        }
        Set<String> ids = new java.util.HashSet<>();
        for (Future<HttpResponse<String>> retry : retries) {
            HttpResponse<String> response = retry.get();
            assertEquals(201, response.statusCode(), response.body());
            ids.add(json(response.body()).get("messageId").asText());
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "every retry answers the first result");
        assertEquals(before + 1, boxSize(), "one message, not six");

        HttpResponse<String> otherPublication = api.publish(
                nsso,
                new Multipart()
                        .file("upfile1", "retried.pdf", "application/pdf", pdf)
                        .text("messageToPublish", form.replace("Retried notice", "Something else")),
                key);
        assertEquals(409, otherPublication.statusCode(), "the key of another publication");
    }

    @Test
    void badPublicationsAreRefusedClearlyAndLeaveNoMessageAndNoFile() throws Exception {
        byte[] pdf = pdf("Refused " + System.nanoTime());
        String one = message("Refused", List.of(attachment("upfile1", true)));
        Map<String, Multipart> cases = new LinkedHashMap<>();
        cases.put(
                "malformed JSON",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", "{\"recipient\":"));
        cases.put(
                "unknown field",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", one.replace("{\"recipient\"", "{\"colour\":\"red\",\"recipient\"")));
        cases.put("no messageToPublish", new Multipart().file("upfile1", "a.pdf", "application/pdf", pdf));
        cases.put("declared part missing", new Multipart().text("messageToPublish", one));
        cases.put(
                "undeclared part",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .file("upfile2", "b.pdf", "application/pdf", pdf)
                        .text("messageToPublish", one));
        cases.put(
                "duplicate part",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .file("upfile1", "b.pdf", "application/pdf", pdf)
                        .text("messageToPublish", one));
        List<String> seven = new ArrayList<>();
        Multipart sevenFiles = new Multipart();
        for (int i = 1; i <= 7; i++) {
            seven.add(attachment("upfile" + i, i == 1));
            sevenFiles.file("upfile" + i, "f" + i + ".pdf", "application/pdf", pdf);
        }
        cases.put("seven files", sevenFiles.text("messageToPublish", message("Seven", seven)));
        cases.put(
                "media type not allowed",
                new Multipart().file("upfile1", "a.png", "image/png", pdf).text("messageToPublish", one));
        cases.put(
                "not what it claims",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8))
                        .text("messageToPublish", one));
        cases.put(
                "oversized file",
                new Multipart()
                        .file("upfile1", "big.pdf", "application/pdf", bigPdf(3 * 1024 * 1024))
                        .text("messageToPublish", one));
        cases.put(
                "wrong check digits",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", one.replace(ZINNEKE, ZINNEKE.substring(0, 8) + "00")));
        cases.put(
                "unknown company",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text(
                                "messageToPublish",
                                one.replace(
                                        ZINNEKE,
                                        EnterpriseNumber.withCheckDigits("09999999")
                                                .value())));
        cases.put(
                "unknown message type",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", one.replace("dmfa-notice", "no-such-type")));
        cases.put(
                "another institution's type",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", one.replace("dmfa-notice", "vat-assessment")));
        cases.put(
                "another sender in the payload",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text(
                                "messageToPublish",
                                one.replace(
                                        "\"senderOrganizationId\":\"" + NSSO,
                                        "\"senderOrganizationId\":\""
                                                + EnterpriseNumber.withCheckDigits("03083571")
                                                        .value())));
        cases.put(
                "subject of 256 characters",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", message("x".repeat(256), List.of(attachment("upfile1", true)))));
        cases.put(
                "file name of 81 characters",
                new Multipart()
                        .file("upfile1", "n".repeat(77) + ".pdf", "application/pdf", pdf)
                        .text("messageToPublish", one));
        cases.put(
                "two main contents",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text(
                                "messageToPublish",
                                one.replace("\"bodyMainContent\":false", "\"bodyMainContent\":true")
                                        .replace(
                                                "\"replyAuthorized\"",
                                                "\"bodyContent\":{\"nl\":\"b\"},\"replyAuthorized\"")));
        cases.put(
                "no main content",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text("messageToPublish", message("None", List.of(attachment("upfile1", false)))));
        cases.put(
                "wrong digest",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text(
                                "messageToPublish",
                                one.replace(
                                        "\"mainContent\":true",
                                        "\"mainContent\":true,\"digest\":"
                                                + "{\"digestMethod\":\"sha_256\",\"digestValue\":\""
                                                + base64Url(sha256(new byte[1])) + "\"}")));
        cases.put(
                "business data value over 256 bytes",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text(
                                "messageToPublish",
                                one.replace(
                                        "\"replyAuthorized\"",
                                        "\"businessDataList\":[{\"key\":" + "\"k\",\"values\":[{\"fr\":\""
                                                + "é".repeat(129) + "\"}]}],\"replyAuthorized\"")));
        cases.put(
                "reply to a message that does not exist",
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf)
                        .text(
                                "messageToPublish",
                                one.replace(
                                        "\"replyAuthorized\"",
                                        "\"originalMessageId\":\"no-such-message\",\"replyAuthorized\"")));

        int messagesBefore = boxSize();
        long filesBefore = storedFiles();
        for (Map.Entry<String, Multipart> bad : cases.entrySet()) {
            HttpResponse<String> response = api.publish(nsso, bad.getValue(), null);
            assertTrue(
                    response.statusCode() >= 400 && response.statusCode() < 500,
                    bad.getKey() + ": " + response.statusCode() + " " + response.body());
            JsonNode status = json(response.body());
            assertTrue(status.has("id") && status.has("code") && status.has("message"), bad.getKey());
            assertTrue(!status.get("message").asText().isBlank(), bad.getKey());
        }
        assertEquals(messagesBefore, boxSize(), "no message was stored");
        assertEquals(filesBefore, storedFiles(), "no file was left in the store");
    }

    @Test
    void senderSeesTheReadStatusOfItsOwnMessagesOnly() throws Exception {
        String published = json(api.publish(
                                nsso,
                                new Multipart()
                                        .file("upfile1", "status.pdf", "application/pdf", pdf("Status"))
                                        .text(
                                                "messageToPublish",
                                                message("Status", List.of(attachment("upfile1", true)))),
                                null)
                        .body())
                .get("messageId")
                .asText();
        String demoMessageOfAnotherSender = json(api.get(
                                zinneke,
                                "/ebox/messages?pageSize=1&senderOrganizationId="
                                        + EnterpriseNumber.withCheckDigits("03083571")
                                                .value())
                        .body())
                .get("items")
                .get(0)
                .get("messageId")
                .asText();
        String body = "[" + status(published) + "," + status(demoMessageOfAnotherSender) + ","
                + status("no-such-message") + "]";
        HttpResponse<String> before = api.call(nsso, "POST", "/searchMessageStatus", body, "application/json");
        assertEquals(201, before.statusCode(), before.body());
        assertMatchesContract("POST", "/searchMessageStatus", before);
        JsonNode statuses = json(before.body());
        assertEquals(1, statuses.size(), "only the sender's own message is answered");
        assertEquals(published, statuses.get(0).get("messageId").asText());
        assertTrue(!statuses.get(0).get("readStatus").asBoolean());

        String attachment = json(api.get(zinneke, "/ebox/messages/" + published + "/attachments")
                        .body())
                .get("items")
                .get(0)
                .get("attachmentId")
                .asText();
        api.getBytes(zinneke, "/ebox/messages/" + published + "/attachments/" + attachment + "/content");
        JsonNode after =
                json(api.call(nsso, "POST", "/searchMessageStatus", "[" + status(published) + "]", "application/json")
                        .body());
        assertTrue(after.get(0).get("readStatus").asBoolean(), "read once the enterprise opened the main content");
    }

    @Test
    void aMalformedOrWrongTypeBodyOnSearchMessageStatusAnswers400InvalidInput() {
        String one = "[" + status("some-message") + "]";
        for (String body : List.of(
                one.substring(0, one.length() - 3),
                "[" + status("m") + ",]",
                one + "]",
                "not json",
                status("some-message"),
                "\"some-message\"",
                "42",
                "[42]",
                "[[" + status("m") + "]]",
                "[{\"messageId\":\"m\",\"eboxId\":\"" + ZINNEKE + "\"}]",
                "[{\"messageId\":[\"m\"],\"eboxId\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + ZINNEKE
                        + "\"}}]")) {
            assertRefusedAsInvalidInput(
                    "POST",
                    "/searchMessageStatus",
                    api.call(nsso, "POST", "/searchMessageStatus", body, "application/json"),
                    body);
        }
    }

    @Test
    void aPublicationWithInvalidUtf8InItsJsonIsRefusedAndNothingStored() throws Exception {
        byte[] pdf = pdf("Invalid UTF-8 " + System.nanoTime());
        int messagesBefore = boxSize();
        long filesBefore = storedFiles();
        // A lone continuation byte, a broken two-byte sequence, an overlong '/', an encoded surrogate: each would
        // otherwise become U+FFFD or worse, and the message be stored with words the institution never sent.
        byte[][] invalid = {
            {(byte) 0xFF},
            {(byte) 0xC3, (byte) 0x28},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        };
        List<String> marks = new ArrayList<>();
        for (byte[] bytes : invalid) {
            String mark = "utf8mark" + java.util.UUID.randomUUID().toString().replace("-", "");
            marks.add(mark);
            String[] around = message(mark + " SPLIT", List.of(attachment("upfile1", true)))
                    .split("SPLIT");
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            json.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
            json.writeBytes(bytes);
            json.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
            json.writeBytes(bytes);
            json.writeBytes(around[2].getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = api.publish(
                    nsso,
                    new Multipart()
                            .file("upfile1", "a.pdf", "application/pdf", pdf)
                            .json("messageToPublish", json.toByteArray()),
                    null);
            assertRefusedAsInvalidInput(
                    "POST",
                    "/publishMessage",
                    response,
                    java.util.HexFormat.of().formatHex(bytes));
        }
        assertEquals(messagesBefore, boxSize(), "no message was stored");
        assertEquals(filesBefore, storedFiles(), "no file was left in the store");
        for (String mark : marks) {
            assertEquals(
                    0,
                    json(api.get(zinneke, "/ebox/messages?q=" + mark + "&qlang=nl")
                                    .body())
                            .get("totalItems")
                            .asInt(),
                    "the publication is not found");
        }
    }

    @Test
    void aPublicationWhoseJsonHasAValueOfTheWrongTypeOrTrailingTextIsRefusedAndNothingStored() throws Exception {
        byte[] pdf = pdf("Wrong type " + System.nanoTime());
        int messagesBefore = boxSize();
        long filesBefore = storedFiles();
        String mark = "typemark" + java.util.UUID.randomUUID().toString().replace("-", "");
        String one = message(mark, List.of(attachment("upfile1", true)));
        for (String json : List.of(
                one.replace("\"replyAuthorized\":true", "\"replyAuthorized\":\"no\""),
                one.replace("\"replyAuthorized\":true", "\"replyAuthorized\":1"),
                one.replace("\"mainContent\":true", "\"mainContent\":\"true\""),
                one.replace("\"messageTypeId\":\"dmfa-notice\"", "\"messageTypeId\":42"),
                one + "{\"subject\":{\"nl\":\"second\"}}",
                one + " trailing")) {
            HttpResponse<String> response = api.publish(
                    nsso,
                    new Multipart()
                            .file("upfile1", "a.pdf", "application/pdf", pdf)
                            .text("messageToPublish", json),
                    null);
            assertRefusedAsInvalidInput("POST", "/publishMessage", response, json);
        }
        assertEquals(messagesBefore, boxSize(), "no message was stored");
        assertEquals(filesBefore, storedFiles(), "no file was left in the store");
        assertEquals(
                0,
                json(api.get(zinneke, "/ebox/messages?q=" + mark + "&qlang=nl").body())
                        .get("totalItems")
                        .asInt(),
                "the publication is not found");
    }

    private static String status(String messageId) {
        return "{\"messageId\":\"" + messageId + "\",\"eboxId\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\""
                + ZINNEKE + "\"}}";
    }

    @Test
    void eachFoldersTotalFollowsPublicationAndMaskingAndAgreesWithCountingTheBox() throws Exception {
        long inbox = folderTotal("true");
        long masked = folderTotal("false");
        HttpResponse<String> published = api.publish(
                nsso,
                new Multipart()
                        .file("upfile1", "counted.pdf", "application/pdf", pdf("Counted"))
                        .text("messageToPublish", message("Geteld", List.of(attachment("upfile1", true)))),
                null);
        assertEquals(201, published.statusCode(), published.body());
        String id = json(published.body()).get("messageId").asText();
        assertEquals(inbox + 1, folderTotal("true"), "a publication lands in the Inbox");
        assertEquals(masked, folderTotal("false"));

        String mask = "{\"items\":[{\"messageId\":\"" + id + "\",\"visible\":false}]}";
        for (int time = 1; time <= 2; time++) {
            assertEquals(200, api.patch(zinneke, "/ebox/messages", mask).statusCode());
            assertEquals(inbox, folderTotal("true"), "masked " + time + " times: moved once");
            assertEquals(masked + 1, folderTotal("false"), "masked " + time + " times: moved once");
        }
        assertEquals(
                200,
                api.patch(zinneke, "/ebox/messages", mask.replace("false", "true"))
                        .statusCode());
        assertEquals(inbox + 1, folderTotal("true"), "shown again");
        assertEquals(masked, folderTotal("false"));
    }

    /**
     * A folder's total as the listing gives it (from the box's counters), checked against the same folder counted
     * message by message (a date filter that keeps every message makes the e-Box count).
     */
    private long folderTotal(String visible) {
        long total = json(api.get(zinneke, "/ebox/messages?pageSize=1&visible=" + visible)
                        .body())
                .get("totalItems")
                .asLong();
        long counted = json(api.get(zinneke, "/ebox/messages?pageSize=1&receivedAfter=2000-01-01&visible=" + visible)
                        .body())
                .get("totalItems")
                .asLong();
        assertEquals(counted, total, "the counters of the folder visible=" + visible + " against counting it");
        return total;
    }

    @Test
    void consultationTokenMayNotPublish() throws Exception {
        HttpResponse<String> response = api.publish(
                api.token(NSSO, "messagesfull"),
                new Multipart()
                        .file("upfile1", "a.pdf", "application/pdf", pdf("x"))
                        .text("messageToPublish", message("x", List.of(attachment("upfile1", true)))),
                null);
        assertEquals(403, response.statusCode());
    }

    private int boxSize() {
        return json(api.get(zinneke, "/ebox/messages?pageSize=1").body())
                .get("totalItems")
                .asInt();
    }

    private static long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> !path.getParent().endsWith("incoming"))
                    .count();
        }
    }

    static String message(String subject, List<String> attachments) {
        return "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + ZINNEKE + "\"},"
                + "\"subject\":{\"nl\":\"" + subject + "\",\"fr\":\"" + subject + "\"},"
                + "\"messageTypeId\":\"dmfa-notice\",\"senderOrganizationId\":\"" + NSSO + "\","
                + "\"senderApplicationId\":\"nsso-dmfa\",\"bodyMainContent\":false,"
                + "\"attachments\":[" + String.join(",", attachments) + "],\"replyAuthorized\":true}";
    }

    static String attachment(String part, boolean main) {
        return "{\"httpPartName\":\"" + part + "\",\"mainContent\":" + main + "}";
    }

    static byte[] pdf(String title) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bigPdf(int size) {
        byte[] bytes = new byte[size];
        byte[] head = pdf("big");
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
