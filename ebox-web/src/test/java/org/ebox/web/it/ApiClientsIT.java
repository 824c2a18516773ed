package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * API clients registered through the operators' API (/apiClients) sign their own tokens: with the public key kept
 * for them, or with the key set they publish at their address. They act for the organisation registered, whatever
 * else they are; a key rotated out, or a revoked client, is refused at its next call; bad registrations are refused
 * with their reason and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientsIT {

    private static final String AGENCY =
            EnterpriseNumber.withCheckDigits("03000001").value();
    private static final String NSSO =
            EnterpriseNumber.withCheckDigits("02067316").value();
    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();

    @ArquillianResource
    URL base;

    private ContractClient api;
    private String operator;
    private String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.eboxWar();
    }

    @BeforeEach
    void operatorToken() {
        api = new ContractClient(base);
        operator = api.token(AGENCY, "ebox:operations");
        run = String.format("%06d", System.nanoTime() / 1000 % 1_000_000);
    }

    @Test
    void aClientWithItsPublicKeyPublishesForItsInstitutionUntilTheKeyIsRotatedOutAndTheClientRevoked() {
        String client = "nsso-payroll-" + run;
        ClientKeyPair first = new ClientKeyPair();
        String registration = registration(client, NSSO, "PUBLICATION", "PUBLIC_KEY", first.publicPem(), null);
        HttpResponse<String> registered = operations("POST", "/apiClients", registration);
        assertEquals(201, registered.statusCode(), registered.body());
        JsonNode view = json(registered.body());
        assertEquals(List.of("publicationsender", "referencedata"), texts(view.get("scopes")));
        assertEquals(first.keyId(), view.get("keys").get(0).get("keyId").asText());
        HttpResponse<String> retried = operations("POST", "/apiClients", registration);
        assertEquals(200, retried.statusCode(), "a retry registers nothing more: " + retried.body());

        HttpResponse<String> published = publish(first.token(client));
        assertEquals(201, published.statusCode(), published.body());
        String message = json(published.body()).get("messageId").asText();
        JsonNode read = json(api.get(api.token(ZINNEKE, "messagesfull"), "/ebox/messages/" + message)
                .body());
        assertEquals(NSSO, read.get("senderOrganizationId").asText(), "published as the institution registered");
        assertEquals(
                403, api.get(first.token(client), "/ebox").statusCode(), "a publication client never consults a box");

        ClientKeyPair second = new ClientKeyPair();
        HttpResponse<String> added = operations(
                "POST", "/apiClients/" + client + "/keys", "{\"publicKey\":" + quoted(second.publicJwk()) + "}");
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(second.keyId(), json(added.body()).get("keyId").asText());
        assertEquals(
                200, api.get(first.token(client), "/referenceData/messageTypes").statusCode(), "both keys count");
        assertEquals(
                204,
                operations("DELETE", "/apiClients/" + client + "/keys/" + first.keyId(), null)
                        .statusCode());
        assertEquals(401, publish(first.token(client)).statusCode(), "the key rotated out counts no more");
        assertEquals(
                200,
                api.get(second.token(client), "/referenceData/messageTypes").statusCode());
        HttpResponse<String> last = operations("DELETE", "/apiClients/" + client + "/keys/" + second.keyId(), null);
        assertEquals(409, last.statusCode(), last.body());
        assertEquals("LAST_KEY", json(last.body()).get("code").asText());

        assertEquals(204, operations("DELETE", "/apiClients/" + client, null).statusCode());
        assertEquals(
                401,
                api.get(second.token(client), "/referenceData/messageTypes").statusCode(),
                "revoked");
        assertEquals(204, operations("DELETE", "/apiClients/" + client, null).statusCode(), "again: nothing more");
        HttpResponse<String> afterwards = operations(
                "POST",
                "/apiClients/" + client + "/keys",
                "{\"publicKey\":" + quoted(new ClientKeyPair().publicPem()) + "}");
        assertEquals("CLIENT_REVOKED", json(afterwards.body()).get("code").asText(), afterwards.body());
        assertEquals(409, operations("POST", "/apiClients", registration).statusCode(), "a revoked id is not reused");
        JsonNode kept = json(operations("GET", "/apiClients/" + client, null).body());
        assertTrue(kept.get("revokedAt").isTextual(), kept.toString());
        assertEquals(2, kept.get("keys").size(), "revoked keys are kept: " + kept);
    }

    @Test
    void aClientWithAKeySetAddressIsCheckedAgainstTheKeysItPublishesThere() throws Exception {
        ClientKeyPair published = new ClientKeyPair();
        HttpServer keySet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = published.publicKeySet().getBytes(StandardCharsets.UTF_8);
        keySet.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keySet.start();
        try {
            String client = "zinneke-books-" + run;
            String url = "http://127.0.0.1:" + keySet.getAddress().getPort() + "/jwks.json";
            HttpResponse<String> registered = operations(
                    "POST", "/apiClients", registration(client, ZINNEKE, "CONSULTATION", "KEY_SET_URL", null, url));
            assertEquals(201, registered.statusCode(), registered.body());
            HttpResponse<String> box = api.get(published.token(client), "/ebox");
            assertEquals(200, box.statusCode(), box.body());
            assertEquals(
                    json(api.get(api.token(ZINNEKE, "summaryownebox"), "/ebox").body())
                            .get("numberOfMessages")
                            .asInt(),
                    json(box.body()).get("numberOfMessages").asInt(),
                    "the box of the enterprise registered");
            assertEquals(
                    401, api.get(new ClientKeyPair().token(client), "/ebox").statusCode(), "a key not published");
            assertEquals(
                    401,
                    api.get(published.token(client, Duration.ofHours(3)), "/ebox")
                            .statusCode(),
                    "a token of its own lives an hour at most");
        } finally {
            keySet.stop(0);
        }
    }

    @Test
    void badRegistrationsAreRefusedWithTheirReasonAndStoreNothing() throws Exception {
        String pem = new ClientKeyPair().publicPem();
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        Map<String, String> refusals = Map.of(
                registration("bad-digit-" + run, "0206731646", "PUBLICATION", "PUBLIC_KEY", pem, null),
                "ORGANIZATION_NUMBER_INVALID",
                registration("not-an-institution-" + run, ZINNEKE, "PUBLICATION", "PUBLIC_KEY", pem, null),
                "INSTITUTION_UNKNOWN",
                registration("private-" + run, NSSO, "PUBLICATION", "PUBLIC_KEY", privatePem, null),
                "KEY_PRIVATE",
                registration("no-key-" + run, NSSO, "PUBLICATION", "PUBLIC_KEY", "my key", null),
                "KEY_UNREADABLE",
                registration("plain-http-" + run, NSSO, "PUBLICATION", "KEY_SET_URL", null, "http://keys.example/"),
                "KEY_SET_URL_INVALID",
                registration("slash/" + run, NSSO, "PUBLICATION", "PUBLIC_KEY", pem, null),
                "CLIENT_ID_INVALID",
                "{\"clientId\":\"wide-" + run + "\",\"organizationNumber\":\"" + NSSO
                        + "\",\"purpose\":\"PUBLICATION\","
                        + "\"scopes\":[\"messagesfull\"],\"credential\":\"IDENTITY_PROVIDER\"}",
                "SCOPE_NOT_FOR_PURPOSE");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> answer = operations("POST", "/apiClients", refusal.getKey());
            assertEquals(400, answer.statusCode(), refusal.getValue() + ": " + answer.body());
            JsonNode status = json(answer.body());
            assertEquals(refusal.getValue(), status.get("code").asText(), answer.body());
            assertTrue(status.get("message").asText().length() > 20, "said in words: " + answer.body());
            String id = json(refusal.getKey()).get("clientId").asText();
            if (!id.contains("/")) {
                assertEquals(404, operations("GET", "/apiClients/" + id, null).statusCode(), "nothing stored: " + id);
            }
        }
        String taken = "taken-" + run;
        assertEquals(
                201,
                operations(
                                "POST",
                                "/apiClients",
                                registration(taken, NSSO, "PUBLICATION", "IDENTITY_PROVIDER", null, null))
                        .statusCode());
        HttpResponse<String> other = operations(
                "POST", "/apiClients", registration(taken, ZINNEKE, "CONSULTATION", "IDENTITY_PROVIDER", null, null));
        assertEquals(409, other.statusCode(), other.body());
        assertEquals("CLIENT_ID_TAKEN", json(other.body()).get("code").asText());
        HttpResponse<String> notKept =
                operations("POST", "/apiClients/" + taken + "/keys", "{\"publicKey\":" + quoted(pem) + "}");
        assertEquals("KEYS_NOT_KEPT", json(notKept.body()).get("code").asText(), notKept.body());
        assertEquals(404, operations("GET", "/apiClients/nobody-" + run, null).statusCode());
        assertEquals(
                403,
                api.operations(api.token(NSSO, "publicationsender"), "GET", "/apiClients", null)
                        .statusCode(),
                "only the operators' tokens");
    }

    private HttpResponse<String> publish(String token) {
        return api.publish(
                token,
                new Multipart()
                        .file("upfile1", "payslip.pdf", "application/pdf", PublicationApiIT.pdf("Payslip " + run))
                        .text(
                                "messageToPublish",
                                PublicationApiIT.message(
                                        "Loonstrook " + run, List.of(PublicationApiIT.attachment("upfile1", true)))),
                null);
    }

    private HttpResponse<String> operations(String method, String path, String json) {
        return api.operations(operator, method, path, json);
    }

    static String registration(
            String clientId,
            String organization,
            String purpose,
            String credential,
            String publicKey,
            String keySetUrl) {
        return "{\"clientId\":" + quoted(clientId) + ",\"organizationNumber\":\"" + organization + "\",\"purpose\":\""
                + purpose + "\",\"credential\":\"" + credential + "\""
                + (publicKey == null ? "" : ",\"publicKey\":" + quoted(publicKey))
                + (keySetUrl == null ? "" : ",\"keySetUrl\":" + quoted(keySetUrl)) + "}";
    }

    static String quoted(String text) {
        return "\""
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r") + "\"";
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
