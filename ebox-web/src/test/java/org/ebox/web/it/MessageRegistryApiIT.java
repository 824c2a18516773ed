package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.assertMatchesContract;
import static org.ebox.web.it.ContractClient.assertRefusedAsInvalidInput;
import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The consultation side of the Message Registry API over HTTP, every answer checked against the official contract:
 * summary, listing with paging and filters, message, attachments and content, body, masking, reference data, and the
 * token and scope rules. Runs on the demo world.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessageRegistryApiIT {

    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();
    private static final String PEETERS =
            EnterpriseNumber.withCheckDigits("07654321").value();
    private static final String CONSULT = "summaryownebox messagesfull referencedata";

    @ArquillianResource
    URL base;

    private ContractClient api;
    private String zinneke;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.eboxWar();
    }

    @BeforeEach
    void client() {
        api = new ContractClient(base);
        zinneke = api.token(ZINNEKE, CONSULT);
    }

    @Test
    void summaryOfTheOwnBoxMatchesTheContractAndItsListing() {
        HttpResponse<String> summary = api.get(zinneke, "/ebox");
        assertEquals(200, summary.statusCode(), summary.body());
        assertMatchesContract("GET", "/ebox", summary);
        JsonNode ebox = json(summary.body());
        JsonNode all = json(api.get(zinneke, "/ebox/messages?pageSize=1").body());
        assertEquals(all.get("totalItems").asInt(), ebox.get("numberOfMessages").asInt());
        JsonNode unread = json(
                api.get(zinneke, "/ebox/messages?pageSize=1&readStatus=false").body());
        assertEquals(
                unread.get("totalItems").asInt(),
                ebox.get("numberOfUnreadMessages").asInt());
        assertTrue(ebox.get("eboxSize").asDouble() > 0);
        assertTrue(ebox.has("lastConsultationDate"), "the listings above consulted the box");
        java.time.OffsetDateTime consulted =
                java.time.OffsetDateTime.parse(ebox.get("lastConsultationDate").asText());
        assertTrue(
                consulted.isAfter(java.time.OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)), consulted.toString());
    }

    @Test
    void pagesCoverTheWholeBoxNewestFirstWithoutOverlap() {
        Set<String> seen = new HashSet<>();
        String previousReceipt = null;
        int total = -1;
        for (int page = 1; page <= 3; page++) {
            String path = "/ebox/messages?page=" + page + "&pageSize=100";
            HttpResponse<String> response = api.get(zinneke, path);
            assertMatchesContract("GET", path, response);
            JsonNode body = json(response.body());
            total = body.get("totalItems").asInt();
            for (JsonNode message : body.get("items")) {
                assertTrue(seen.add(message.get("messageId").asText()), "no message on two pages");
                String receipt = message.get("receiptDate").asText();
                assertTrue(
                        previousReceipt == null
                                || !Instant.parse(toInstant(receipt))
                                        .isAfter(Instant.parse(toInstant(previousReceipt))),
                        "newest first");
                previousReceipt = receipt;
            }
        }
        assertEquals(total, seen.size());
        assertTrue(total >= 200);
    }

    @Test
    void filtersCombineWithAnd() {
        String path = "/ebox/messages?pageSize=100&readStatus=false&registeredMail=true";
        HttpResponse<String> response = api.get(zinneke, path);
        assertMatchesContract("GET", path, response);
        JsonNode both = json(response.body());
        assertTrue(both.get("totalItems").asInt() > 0);
        for (JsonNode message : both.get("items")) {
            assertFalse(message.get("readStatus").asBoolean());
            assertTrue(message.get("registeredMail").asBoolean());
        }
        int registered = json(api.get(zinneke, "/ebox/messages?registeredMail=true")
                        .body())
                .get("totalItems")
                .asInt();
        assertTrue(both.get("totalItems").asInt() <= registered);

        JsonNode masked = json(
                api.get(zinneke, "/ebox/messages?visible=false&pageSize=100").body());
        assertTrue(masked.get("totalItems").asInt() > 0);
        masked.get("items")
                .forEach(message -> assertFalse(message.get("visible").asBoolean()));

        JsonNode type = json(api.get(zinneke, "/ebox/messages?messageTypeId=vat-assessment&pageSize=100")
                .body());
        type.get("items")
                .forEach(message -> assertEquals(
                        "vat-assessment", message.get("messageTypeId").asText()));

        String nsso = EnterpriseNumber.withCheckDigits("02067316").value();
        JsonNode fromNsso = json(api.get(zinneke, "/ebox/messages?pageSize=100&senderOrganizationId=" + nsso)
                .body());
        assertTrue(fromNsso.get("totalItems").asInt() > 0);
        fromNsso.get("items")
                .forEach(message ->
                        assertEquals(nsso, message.get("senderOrganizationId").asText()));
        JsonNode dmfa = json(api.get(zinneke, "/ebox/messages?pageSize=100&senderApplicationId=nsso-dmfa")
                .body());
        assertTrue(
                dmfa.get("totalItems").asInt() > 0
                        && dmfa.get("totalItems").asInt()
                                < fromNsso.get("totalItems").asInt(),
                "one of the NSSO's two applications");
        dmfa.get("items")
                .forEach(message -> assertEquals(
                        "nsso-dmfa", message.get("senderApplicationId").asText()));
    }

    @Test
    void expiryFiltersSplitTheBoxAtABelgianDay() {
        int total = json(api.get(zinneke, "/ebox/messages?pageSize=1").body())
                .get("totalItems")
                .asInt();
        String day = java.time.LocalDate.now(org.ebox.common.entity.BelgianTime.ZONE)
                .plusDays(30)
                .toString();
        JsonNode soon = json(api.get(zinneke, "/ebox/messages?pageSize=100&expiredBefore=" + day)
                .body());
        int later = json(api.get(
                                zinneke,
                                "/ebox/messages?pageSize=1&expiredAfter="
                                        + java.time.LocalDate.parse(day).minusDays(1))
                        .body())
                .get("totalItems")
                .asInt();
        assertEquals(total, soon.get("totalItems").asInt() + later);
        assertTrue(soon.get("totalItems").asInt() >= 8, "the demo's messages expiring within a week");
        soon.get("items")
                .forEach(message -> assertTrue(
                        OffsetDateTime.parse(message.get("expirationDate").asText())
                                .isBefore(java.time.LocalDate.parse(day)
                                        .atStartOfDay(java.time.ZoneId.of("Europe/Brussels"))
                                        .toOffsetDateTime()
                                        .plusSeconds(1))));
    }

    @Test
    void dateFiltersCountWholeBelgianDays() {
        JsonNode all = json(api.get(zinneke, "/ebox/messages?pageSize=1").body());
        int total = all.get("totalItems").asInt();
        String newest = all.get("items").get(0).get("receiptDate").asText().substring(0, 10);
        int before = json(api.get(zinneke, "/ebox/messages?receivedBefore=" + newest)
                        .body())
                .get("totalItems")
                .asInt();
        int onOrAfter = json(api.get(
                                zinneke,
                                "/ebox/messages?receivedAfter="
                                        + java.time.LocalDate.parse(newest).minusDays(1))
                        .body())
                .get("totalItems")
                .asInt();
        assertEquals(total, before + onOrAfter, "before a day and after the day before it split the box");
        assertTrue(onOrAfter >= 1);
    }

    @Test
    void textSearchIgnoresCaseAndAccentsInTheAskedLanguage() {
        String path = "/ebox/messages?q=DECLARATION%20DMFA&qlang=fr&pageSize=100";
        HttpResponse<String> response = api.get(zinneke, path);
        assertMatchesContract("GET", path, response);
        JsonNode found = json(response.body());
        assertTrue(found.get("totalItems").asInt() > 0, "'declaration' finds 'déclaration'");
        for (JsonNode message : found.get("items")) {
            assertTrue(
                    message.get("subject").get("fr").asText().contains("déclaration DmfA"),
                    message.get("subject").toString());
        }
        int corrections = json(api.get(zinneke, "/ebox/messages?messageTypeId=dmfa-correction")
                        .body())
                .get("totalItems")
                .asInt();
        assertEquals(corrections, found.get("totalItems").asInt(), "exactly the DmfA corrections say so in French");
        assertEquals(
                0,
                json(api.get(zinneke, "/ebox/messages?q=declaration%20dmfa&qlang=nl")
                                .body())
                        .get("totalItems")
                        .asInt(),
                "the Dutch subjects say 'aangifte'");
        assertEquals(
                0,
                json(api.get(zinneke, "/ebox/messages?q=100%25&qlang=fr").body())
                        .get("totalItems")
                        .asInt(),
                "% is a character to find, not a wildcard");
    }

    @Test
    void serverServesItsOwnOpenApiDocumentWithTheContractsPaths() throws Exception {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> document = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/openapi"))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        for (String path : List.of(
                "/ebox/messages/{messageId}/attachments/{attachmentId}/content",
                "/publishMessage",
                "/searchMessageStatus",
                "/referenceData/messageTypes")) {
            assertTrue(document.body().contains(ContractClient.BASE_PATH + path), path);
        }
    }

    @Test
    void criteriaThatMatchNothingGiveAnEmptyList() {
        String path = "/ebox/messages?receivedAfter=2060-03-05";
        HttpResponse<String> response = api.get(zinneke, path);
        assertEquals(200, response.statusCode());
        assertMatchesContract("GET", path, response);
        assertEquals(0, json(response.body()).get("totalItems").asInt());
        assertEquals(0, json(response.body()).get("items").size(), "an empty list, never null");
    }

    @Test
    void malformedCriteriaAnswer400WithAStatusMessage() {
        for (String query : List.of(
                "pageSize=101",
                "pageSize=0",
                "page=0",
                "page=x",
                "receivedBefore=01-07-2026",
                "readStatus=maybe",
                "q=dmfa",
                "q=dmfa&qlang=en")) {
            String path = "/ebox/messages?" + query;
            HttpResponse<String> response = api.get(zinneke, path);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            assertMatchesContract("GET", path, response);
            assertEquals("INVALID_INPUT", json(response.body()).get("code").asText());
        }
    }

    @Test
    void aPageBeyondIntRangeAnswers400NotA500() {
        // 2147483647 is an int, but its first item (page - 1) * pageSize is not: the offset the database is given.
        for (String query : List.of(
                "page=2147483647",
                "page=2147483647&pageSize=1",
                "page=21474838&pageSize=100",
                "page=2147483648",
                "page=99999999999999999999",
                "pageSize=2147483648",
                "page=-1",
                "pageSize=-25",
                "page=-2147483648",
                "page=1e3",
                "page=%20")) {
            for (String listing : List.of("/ebox/messages", "/referenceData/messageTypes")) {
                String path = listing + "?" + query;
                assertRefusedAsInvalidInput("GET", path, api.get(zinneke, path), path);
            }
        }
    }

    @Test
    void theFarthestPageTheApiTakesAnswersAnEmptyList() {
        String path = "/ebox/messages?page=21474837&pageSize=100";
        HttpResponse<String> response = api.get(zinneke, path);
        assertEquals(200, response.statusCode(), response.body());
        assertMatchesContract("GET", path, response);
        assertEquals(0, json(response.body()).get("items").size());
        assertTrue(json(response.body()).get("totalItems").asInt() >= 200, "the box is not empty, the page is");
        assertEquals(
                200,
                api.get(zinneke, "/referenceData/messageTypes?page=21474837&pageSize=100")
                        .statusCode());
    }

    @Test
    void aMalformedJsonBodyOnPatchMessagesAnswers400InvalidInput() {
        String id = visibleMessage();
        String mask = "{\"items\":[{\"messageId\":\"" + id + "\",\"visible\":false}]}";
        for (String body : List.of(
                mask.substring(0, mask.length() - 2),
                "{items:[{messageId:\"" + id + "\",visible:false}]}",
                "{\"items\":[{\"messageId\":\"" + id + "\",\"visible\":false,}]}",
                mask + "}",
                mask + " trailing",
                "not json",
                "{")) {
            assertRefusedAsInvalidInput("PATCH", "/ebox/messages", api.patch(zinneke, "/ebox/messages", body), body);
        }
        assertTrue(visible(id), "nothing was masked");
    }

    @Test
    void aPatchBodyOfTheWrongJsonTypeAnswers400InvalidInput() {
        String id = visibleMessage();
        String item = "{\"messageId\":\"" + id + "\",\"visible\":false}";
        for (String body : List.of(
                "[" + item + "]",
                "\"mask\"",
                "42",
                "null",
                "{\"items\":" + item + "}",
                "{\"items\":\"" + id + "\"}",
                "{\"items\":[\"" + id + "\"]}",
                "{\"items\":[{\"messageId\":{\"id\":\"" + id + "\"},\"visible\":false}]}",
                "{\"items\":[{\"messageId\":\"" + id + "\",\"visible\":\"no\"}]}",
                "{\"items\":[{\"messageId\":\"" + id + "\",\"visible\":0}]}",
                "{\"items\":[" + item + "],\"totalItems\":\"one\"}")) {
            assertRefusedAsInvalidInput("PATCH", "/ebox/messages", api.patch(zinneke, "/ebox/messages", body), body);
        }
        assertTrue(visible(id), "nothing was masked");
    }

    @Test
    void messageAttachmentsAndContentAgreeAndOpeningTheMainContentReadsTheMessage() throws Exception {
        JsonNode unread = json(api.get(zinneke, "/ebox/messages?readStatus=false&pageSize=1")
                        .body())
                .get("items")
                .get(0);
        String id = unread.get("messageId").asText();
        HttpResponse<String> detail = api.get(zinneke, "/ebox/messages/" + id);
        assertMatchesContract("GET", "/ebox/messages/" + id, detail);
        JsonNode attachments = json(detail.body()).get("attachments");
        assertTrue(attachments.get("totalItems").asInt() >= 1);

        HttpResponse<String> list = api.get(zinneke, "/ebox/messages/" + id + "/attachments");
        assertMatchesContract("GET", "/ebox/messages/" + id + "/attachments", list);
        JsonNode main = json(list.body()).get("items").get(0);
        assertTrue(main.get("mainContent").asBoolean());
        String attachmentPath = "/ebox/messages/" + id + "/attachments/"
                + main.get("attachmentId").asText();
        HttpResponse<String> one = api.get(zinneke, attachmentPath);
        assertMatchesContract("GET", attachmentPath, one);

        HttpResponse<byte[]> content = api.getBytes(zinneke, attachmentPath + "/content");
        assertEquals(200, content.statusCode());
        assertEquals(
                "application/pdf", content.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(content.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains(main.get("fileName").asText()));
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(content.body());
        assertEquals(
                main.get("digest").get("digestValue").asText(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(sha256));
        assertEquals((long) Math.round(main.get("size").asDouble() * 1024), content.body().length);
        assertTrue(new String(content.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));

        assertTrue(
                json(api.get(zinneke, "/ebox/messages/" + id).body())
                        .get("readStatus")
                        .asBoolean(),
                "opening the main content reads the message");
    }

    @Test
    void bodyComesInTheContractsThreeLanguages() {
        String id = json(api.get(zinneke, "/ebox/messages?pageSize=1&messageTypeId=vat-assessment")
                        .body())
                .get("items")
                .get(0)
                .get("messageId")
                .asText();
        HttpResponse<String> body = api.get(zinneke, "/ebox/messages/" + id + "/body");
        assertEquals(200, body.statusCode());
        assertMatchesContract("GET", "/ebox/messages/" + id + "/body", body);
        JsonNode text = json(body.body());
        assertTrue(text.get("nl").asText().startsWith("Geachte"));
        assertTrue(text.get("fr").asText().startsWith("Madame"));
        assertTrue(text.get("de").asText().startsWith("Sehr geehrte"));
    }

    @Test
    void anotherEnterprisesMessageAnswers404AsIfItDidNotExist() {
        String id = json(api.get(zinneke, "/ebox/messages?pageSize=1&visible=true")
                        .body())
                .get("items")
                .get(0)
                .get("messageId")
                .asText();
        String peeters = api.token(PEETERS, CONSULT);
        for (String path : List.of(
                "/ebox/messages/" + id,
                "/ebox/messages/" + id + "/attachments",
                "/ebox/messages/" + id + "/body",
                "/ebox/messages/does-not-exist")) {
            HttpResponse<String> response = api.get(peeters, path);
            assertEquals(404, response.statusCode(), path);
            assertMatchesContract("GET", path, response);
        }
        HttpResponse<String> patch =
                api.patch(peeters, "/ebox/messages", "{\"items\":[{\"messageId\":\"" + id + "\",\"visible\":false}]}");
        assertEquals(404, patch.statusCode());
        assertTrue(
                json(api.get(zinneke, "/ebox/messages/" + id).body())
                        .get("visible")
                        .asBoolean(),
                "another enterprise cannot mask it");
    }

    @Test
    void maskingIsAllOrNothing() {
        JsonNode two = json(api.get(zinneke, "/ebox/messages?pageSize=2&visible=true")
                        .body())
                .get("items");
        String first = two.get(0).get("messageId").asText();
        String second = two.get(1).get("messageId").asText();

        HttpResponse<String> refused = api.patch(
                zinneke,
                "/ebox/messages",
                "{\"items\":[{\"messageId\":\"" + first
                        + "\",\"visible\":false},{\"messageId\":\"unknown-id\",\"visible\":false}]}");
        assertEquals(404, refused.statusCode());
        assertMatchesContract("PATCH", "/ebox/messages", refused);
        assertTrue(
                json(api.get(zinneke, "/ebox/messages/" + first).body())
                        .get("visible")
                        .asBoolean(),
                "nothing changed");

        HttpResponse<String> masked = api.patch(
                zinneke,
                "/ebox/messages",
                "{\"items\":[{\"messageId\":\"" + first + "\",\"visible\":false},{\"messageId\":\"" + second
                        + "\",\"visible\":false}]}");
        assertEquals(200, masked.statusCode(), masked.body());
        assertFalse(json(api.get(zinneke, "/ebox/messages/" + first).body())
                .get("visible")
                .asBoolean());
        assertFalse(json(api.get(zinneke, "/ebox/messages/" + second).body())
                .get("visible")
                .asBoolean());

        api.patch(
                zinneke,
                "/ebox/messages",
                "{\"items\":[{\"messageId\":\"" + first + "\",\"visible\":true},{\"messageId\":\"" + second
                        + "\",\"visible\":true}]}");
        assertTrue(json(api.get(zinneke, "/ebox/messages/" + first).body())
                .get("visible")
                .asBoolean());

        HttpResponse<String> malformed =
                api.patch(zinneke, "/ebox/messages", "{\"items\":[{\"messageId\":\"" + first + "\"}]}");
        assertEquals(400, malformed.statusCode());
    }

    @Test
    void referenceDataMatchesTheContractAndMayBeCachedForTwoDays() {
        for (String path : List.of(
                "/referenceData/messageTypes",
                "/referenceData/senderApplications",
                "/referenceData/senderOrganizations",
                "/referenceData/messageTypes/vat-assessment",
                "/referenceData/senderApplications/nsso-dmfa",
                "/referenceData/senderOrganizations/"
                        + EnterpriseNumber.withCheckDigits("02067316").value())) {
            HttpResponse<String> response = api.get(zinneke, path);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertMatchesContract("GET", path, response);
            assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age=172800"), path);
        }
        JsonNode types = json(
                api.get(zinneke, "/referenceData/messageTypes?pageSize=100").body());
        assertEquals(7, types.get("totalItems").asInt());
        JsonNode vat = json(
                api.get(zinneke, "/referenceData/messageTypes/vat-assessment").body());
        assertEquals("year", vat.get("validityPeriod").get("validityPeriodUnit").asText());
        assertEquals(
                404, api.get(zinneke, "/referenceData/messageTypes/unknown").statusCode());
    }

    @Test
    void senderOrganizationsShowTheirLogosAsPngImages() {
        String nsso = EnterpriseNumber.withCheckDigits("02067316").value();
        JsonNode organization = json(
                api.get(zinneke, "/referenceData/senderOrganizations/" + nsso).body());
        JsonNode logo = organization.get("organizationLogos").get(0);
        assertEquals("image/png", logo.get("mediaType").asText());
        String href = logo.get("contentHref").asText();
        HttpResponse<byte[]> image = api.getBytes(
                zinneke, href.substring(href.indexOf(ContractClient.BASE_PATH) + ContractClient.BASE_PATH.length()));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals((byte) 0x89, image.body()[0]);
        assertEquals("PNG", new String(image.body(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals((long) Math.round(logo.get("size").asDouble() * 1024), image.body().length);
        assertEquals(
                404,
                api.getBytes(zinneke, "/referenceData/senderOrganizations/" + nsso + "/images/unknown/content")
                        .statusCode());
    }

    @Test
    void tokenWithoutTheOperationsScopeIsRefused403() {
        String referenceOnly = api.token(ZINNEKE, "referencedata");
        for (String path : List.of("/ebox", "/ebox/messages")) {
            HttpResponse<String> response = api.get(referenceOnly, path);
            assertEquals(403, response.statusCode(), path);
            JsonNode status = json(response.body());
            assertEquals("INSUFFICIENT_SCOPE", status.get("code").asText());
            assertTrue(status.has("id") && status.has("message"));
        }
        String messagesOnly = api.token(ZINNEKE, "messagesfull");
        assertEquals(403, api.get(messagesOnly, "/referenceData/messageTypes").statusCode());
        assertEquals(200, api.get(messagesOnly, "/ebox/messages").statusCode());
    }

    @Test
    void missingMalformedForeignOrExpiredTokensAreRefused401() throws Exception {
        HttpResponse<String> none = api.get(null, "/ebox");
        assertEquals(401, none.statusCode());
        assertMatchesContract("GET", "/ebox", none);
        assertEquals(401, api.get("not-a-token", "/ebox").statusCode());

        RSAKey foreignKey = new RSAKeyGenerator(2048).generate();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("ebox-development")
                .audience("ebox-enterprise")
                .claim("scope", "scope:document:management:consult:ws-eboxrestentreprise:summaryownebox")
                .claim("urn:be:fgov:kbo-bce:organization:cbe-number", ZINNEKE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
        assertEquals(401, api.get(sign(claims.build(), foreignKey), "/ebox").statusCode(), "signed by another key");

        String[] parts = zinneke.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                                .replace(ZINNEKE, PEETERS)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                401,
                api.get(parts[0] + "." + otherPayload + "." + parts[2], "/ebox").statusCode(),
                "a token whose enterprise was changed");
    }

    private String visibleMessage() {
        return json(api.get(zinneke, "/ebox/messages?pageSize=1&visible=true").body())
                .get("items")
                .get(0)
                .get("messageId")
                .asText();
    }

    private boolean visible(String messageId) {
        return json(api.get(zinneke, "/ebox/messages/" + messageId).body())
                .get("visible")
                .asBoolean();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String toInstant(String contractDateTime) {
        return java.time.OffsetDateTime.parse(contractDateTime).toInstant().toString();
    }
}
