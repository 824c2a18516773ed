package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.ebox.enterprise.control.KboTestExtract;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operators' JSON API over HTTP (/REST/ebox/operations/v1): a token with the scope ebox:operations onboards an
 * institution, its logo, an application and message types, and a retry changes nothing more; bad input is refused
 * with the reason and stores nothing; every other token is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsApiIT {

    private static final String BASE_PATH = "/REST/ebox/operations/v1";

    /** The agency that runs the e-Box: its operators' client acts for it. */
    private static final String AGENCY =
            EnterpriseNumber.withCheckDigits("03000001").value();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    private String operator;
    private String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.eboxWar();
    }

    @BeforeEach
    void operatorToken() {
        operator = new ContractClient(base).token(AGENCY, "ebox:operations");
        // Identifiers of this run's own, apart from those of any earlier run on the same database.
        run = String.format("%06d", System.nanoTime() / 1000 % 1_000_000);
    }

    @Test
    void anOperatorsTokenOnboardsAnInstitutionAndARetryChangesNothingMore() throws Exception {
        String number = EnterpriseNumber.withCheckDigits("04" + run).value();
        String institution = "{\"shortName\":" + names("Agency " + run) + ",\"longName\":"
                + names("The agency of run " + run) + ",\"contact\":\"desk@agency.example\"}";
        HttpResponse<String> created = call("PUT", "/institutions/" + number, institution, "application/json");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(number, json(created.body()).get("organizationId").asText());
        HttpResponse<String> again = call("PUT", "/institutions/" + number, institution, "application/json");
        assertEquals(200, again.statusCode(), "a retry of the same change: " + again.body());
        assertEquals(1, institutionsNumbered(number), "one institution, whatever the retries");

        HttpResponse<String> svg = call(
                "PUT", "/institutions/" + number + "/logo", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/png");
        assertEquals(400, svg.statusCode(), svg.body());
        assertEquals("LOGO_NOT_AN_IMAGE", json(svg.body()).get("code").asText());
        HttpResponse<String> logo = send(HttpRequest.newBuilder(uri("/institutions/" + number + "/logo"))
                .header("Authorization", "Bearer " + operator)
                .header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png())));
        assertEquals(204, logo.statusCode(), logo.body());

        String application = "{\"applicationId\":\"api-app-" + run + "\",\"name\":" + names("Service " + run) + "}";
        assertEquals(
                201,
                call("POST", "/institutions/" + number + "/applications", application, "application/json")
                        .statusCode());
        HttpResponse<String> twice =
                call("POST", "/institutions/" + number + "/applications", application, "application/json");
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals("IDENTIFIER_TAKEN", json(twice.body()).get("code").asText());

        JsonNode listed = institution(number);
        assertFalse(listed.get("logoImageId").isNull(), listed.toString());
        assertEquals(
                "api-app-" + run,
                listed.get("applications").get(0).get("applicationId").asText());

        String type = "api-type-" + run;
        String definition = "{\"name\":" + names("Notice " + run) + ","
                + "\"validityPeriod\":{\"validityPeriodNumber\":6,\"validityPeriodUnit\":\"MONTH\"},"
                + "\"registeredMailAllowed\":true,\"repliesAllowed\":false,"
                + "\"senderApplicationIds\":[\"api-app-" + run + "\"]}";
        HttpResponse<String> defined = call("PUT", "/messageTypes/" + type, definition, "application/json");
        assertEquals(201, defined.statusCode(), defined.body());
        JsonNode saved = json(defined.body());
        assertEquals(6, saved.get("validityPeriod").get("validityPeriodNumber").asInt());
        assertEquals("api-app-" + run, saved.get("senderApplicationIds").get(0).asText());
        assertFalse(saved.get("repliesAllowed").asBoolean());
        assertFalse(saved.get("everPublished").asBoolean());

        JsonNode withdrawn = json(
                call("POST", "/messageTypes/" + type + "/withdraw", null, null).body());
        assertTrue(withdrawn.get("withdrawn").asBoolean());
        JsonNode reinstated = json(
                call("POST", "/messageTypes/" + type + "/reinstate", null, null).body());
        assertFalse(reinstated.get("withdrawn").asBoolean());
        assertEquals(204, call("DELETE", "/messageTypes/" + type, null, null).statusCode());
        assertEquals(404, call("DELETE", "/messageTypes/" + type, null, null).statusCode());
    }

    @Test
    void aMessageTypeMessagesWerePublishedWithIsRefusedDeletionAndCanBeWithdrawn() {
        HttpResponse<String> refused = call("DELETE", "/messageTypes/dmfa-notice", null, null);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("TYPE_PUBLISHED", json(refused.body()).get("code").asText());
        JsonNode types = json(call("GET", "/messageTypes", null, null).body());
        assertTrue(
                StreamSupport.stream(types.get("items").spliterator(), false)
                        .anyMatch(found -> found.get("messageTypeId").asText().equals("dmfa-notice")
                                && found.get("everPublished").asBoolean()),
                "the demo world's messages are of it");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndStoresNothing() {
        String number = EnterpriseNumber.withCheckDigits("05" + run).value();
        String wrongDigits = number.substring(0, 9) + (char) ('0' + (number.charAt(9) - '0' + 1) % 10);
        String good = "{\"shortName\":" + names("Office " + run) + ",\"longName\":" + names("Office " + run)
                + ",\"contact\":\"desk@office.example\"}";
        assertRefused(call("PUT", "/institutions/" + wrongDigits, good, "application/json"), 400, "NUMBER");
        assertRefused(
                call(
                        "PUT",
                        "/institutions/" + number,
                        good.replace("\"de\":\"Office " + run + "\"", "\"de\":\" \""),
                        "application/json"),
                400,
                "NAME_MISSING");
        assertRefused(
                call("PUT", "/institutions/" + number, good.replace("desk@office.example", "desk"), "application/json"),
                400,
                "CONTACT");
        assertRefused(
                call(
                        "PUT",
                        "/institutions/" + number,
                        good.replace("{\"shortName\"", "{\"extra\":1,\"shortName\""),
                        "application/json"),
                400,
                "INVALID_INPUT");
        assertEquals(0, institutionsNumbered(number), "nothing of the refused changes is stored");

        String week = "{\"name\":" + names("Weekly") + ","
                + "\"validityPeriod\":{\"validityPeriodNumber\":2,\"validityPeriodUnit\":\"WEEK\"}}";
        assertRefused(call("PUT", "/messageTypes/weekly-" + run, week, "application/json"), 400, "VALIDITY");
        assertRefused(
                call("PUT", "/messageTypes/bad%20id", week.replace("WEEK", "DAY"), "application/json"),
                400,
                "IDENTIFIER");
        assertRefused(
                call(
                        "PUT",
                        "/messageTypes/unknown-sender-" + run,
                        week.replace("WEEK", "DAY").replace("}}", "},\"senderApplicationIds\":[\"nobody\"]}"),
                        "application/json"),
                400,
                "UNKNOWN_APPLICATION");
        assertEquals(
                404,
                call("POST", "/messageTypes/unknown-sender-" + run + "/withdraw", null, null)
                        .statusCode(),
                "no type was made of the refused definition");
    }

    @Test
    void anOperatorsTokenDesignatesAChiefAccessManagerWhoIsInvitedOnceAndRefusalsChangeNothing() throws Exception {
        String number = EnterpriseNumber.withCheckDigits("06" + run).value();
        String path = "/enterprises/" + number + "/chiefAccessManager";
        String address = "chief." + run + "@api.example";
        String designation = "{\"person\":\"" + address + "\",\"givenName\":\"Chloé\",\"familyName\":\"Api\","
                + "\"language\":\"nl\"}";
        assertRefused(call("PUT", path, designation, "application/json"), 404, "NOT_FOUND");
        register(number);
        assertRefused(
                call("PUT", path, designation.replace("\"givenName\":\"Chloé\",", ""), "application/json"),
                400,
                "NAMES_MISSING");
        assertRefused(
                call("PUT", path, "{\"person\":\"nobody-" + run + "\"}", "application/json"), 400, "PERSON_UNKNOWN");
        assertEquals(
                0, json(call("GET", path, null, null).body()).get("totalItems").asInt(), "nothing designated");

        try (MailCatcher mail = MailCatcher.start()) {
            HttpResponse<String> designated = call("PUT", path, designation, "application/json");
            assertEquals(200, designated.statusCode(), designated.body());
            assertTrue(json(designated.body()).get("changed").asBoolean());
            assertTrue(json(designated.body()).get("invited").asBoolean());
            assertEquals(address, json(designated.body()).get("login").asText());
            assertTrue(MailCatcher.subject(mail.awaitMailTo(address, m -> true)).contains("uitgenodigd"));

            HttpResponse<String> again = call("PUT", path, designation, "application/json");
            assertEquals(200, again.statusCode(), again.body());
            assertFalse(json(again.body()).get("changed").asBoolean(), "a retry designates nobody twice");
            assertFalse(json(again.body()).get("invited").asBoolean(), "and mails nothing while the link works");
            assertEquals(1, mail.mailsTo(address).size());
        }
        JsonNode managers = json(call("GET", path, null, null).body());
        assertEquals(1, managers.get("totalItems").asInt());
        assertEquals(address, managers.get("items").get(0).get("login").asText());
        assertFalse(managers.get("items").get(0).get("hasSignIn").asBoolean(), "invited, not signed in yet");
    }

    @Test
    void anOperatorsTokenImportsTheNextUpdateExtractAndSetsDomainsAllOrNothing(@TempDir Path folder) throws Exception {
        assertRefused(
                upload(java.nio.file.Files.writeString(folder.resolve("no.zip"), "EnterpriseNumber\n")),
                400,
                "WRONG_FILE");
        int last = StreamSupport.stream(
                        json(call("GET", "/imports", null, null).body())
                                .get("items")
                                .spliterator(),
                        false)
                .filter(found -> found.get("status").asText().equals("APPLIED"))
                .mapToInt(found -> found.get("extractNumber").asInt())
                .max()
                .orElse(0);
        String number = EnterpriseNumber.withCheckDigits("07" + run).value();
        String dotted = number.substring(0, 4) + "." + number.substring(4, 7) + "." + number.substring(7);
        KboTestExtract extract = last == 0
                ? KboTestExtract.full(1, LocalDate.now(java.time.ZoneId.of("Europe/Brussels")))
                : KboTestExtract.update(last + 1, LocalDate.now(java.time.ZoneId.of("Europe/Brussels")));
        HttpResponse<String> started = upload(
                extract.enterprise(dotted).name(dotted, "Api Import " + run).write(folder));
        assertEquals(202, started.statusCode(), started.body());
        String importId = json(started.body()).get("importId").asText();
        JsonNode applied = awaitEnded(importId);
        assertEquals("APPLIED", applied.get("status").asText(), applied.toString());
        assertEquals(1, applied.get("enterprisesCreated").asInt());
        assertEquals(
                0,
                json(call("GET", "/imports/" + importId + "/rejections", null, null)
                                .body())
                        .get("items")
                        .size());
        assertEquals(404, call("GET", "/imports/no-such-import", null, null).statusCode());
        assertRefused(call("POST", "/imports/" + importId + "/cancel", null, null), 409, "NOT_FAILED");

        HttpResponse<String> domain =
                call("PUT", "/enterprises/" + dotted + "/domain", "{\"domain\":\"NSSO_EMPLOYER\"}", "application/json");
        assertEquals(200, domain.statusCode(), domain.body());
        assertEquals("NSSO_EMPLOYER", json(domain.body()).get("domain").asText());
        assertRefused(
                call("PUT", "/enterprises/" + number + "/domain", "{\"domain\":\"EVERYONE\"}", "application/json"),
                400,
                "INVALID_INPUT");
        assertEquals(
                404,
                call(
                                "PUT",
                                "/enterprises/"
                                        + EnterpriseNumber.withCheckDigits("08" + run)
                                                .value() + "/domain",
                                "{\"domain\":\"NSSO_EMPLOYER\"}",
                                "application/json")
                        .statusCode());

        String header = "EnterpriseNumber,Domain\n";
        assertRefused(
                call("PUT", "/domains", header + number + ",COMPANY_WITHOUT_STAFF\n12345,NSSO_EMPLOYER\n", "text/csv"),
                400,
                "DOMAIN_FILE");
        assertEquals(
                "NSSO_EMPLOYER",
                json(call(
                                        "PUT",
                                        "/enterprises/" + number + "/domain",
                                        "{\"domain\":\"NSSO_EMPLOYER\"}",
                                        "application/json")
                                .body())
                        .get("domain")
                        .asText(),
                "a file with a bad line changed nothing");
        HttpResponse<String> file = call("PUT", "/domains", header + number + ",COMPANY_WITHOUT_STAFF\n", "text/csv");
        assertEquals(200, file.statusCode(), file.body());
        assertEquals(1, json(file.body()).get("changed").asInt());
    }

    private HttpResponse<String> upload(Path zip) throws IOException {
        return send(HttpRequest.newBuilder(uri("/imports?fileName=" + zip.getFileName()))
                .header("Authorization", "Bearer " + operator)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofFile(zip)));
    }

    /** The import once the batch job has ended it, waiting up to a minute. */
    private JsonNode awaitEnded(String importId) {
        Wait.until(
                () -> {
                    String status = importOf(importId).get("status").asText();
                    return !status.equals("READING") && !status.equals("APPLYING");
                },
                Duration.ofMinutes(1),
                "the import " + importId + " to end");
        return importOf(importId);
    }

    private JsonNode importOf(String importId) {
        return json(call("GET", "/imports/" + importId, null, null).body());
    }

    /** An enterprise of the test's own in the register, as a KBO import would put it there. */
    private void register(String number) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/test-only/register"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("number=" + number + "&name=Api+" + run)));
        assertEquals(204, answer.statusCode(), answer.body());
    }

    @Test
    void tokensWithoutTheOperationsScopeAreRefused() {
        String sender = new ContractClient(base)
                .token(EnterpriseNumber.withCheckDigits("02067316").value(), "publicationsender referencedata");
        HttpResponse<String> institution = send(HttpRequest.newBuilder(uri("/institutions"))
                .header("Authorization", "Bearer " + sender)
                .GET());
        assertRefused(institution, 403, "INSUFFICIENT_SCOPE");
        HttpResponse<String> anonymous =
                send(HttpRequest.newBuilder(uri("/messageTypes")).GET());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response.body()).get("code").asText(), response.body());
        assertFalse(json(response.body()).get("message").asText().isBlank());
    }

    private long institutionsNumbered(String number) {
        JsonNode list = json(call("GET", "/institutions", null, null).body());
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .filter(found -> found.get("organizationId").asText().equals(number))
                .count();
    }

    private JsonNode institution(String number) {
        JsonNode list = json(call("GET", "/institutions", null, null).body());
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .filter(found -> found.get("organizationId").asText().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private static String names(String name) {
        return "{\"nl\":\"" + name + "\",\"fr\":\"" + name + "\",\"de\":\"" + name + "\",\"en\":\"" + name + "\"}";
    }

    private HttpResponse<String> call(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + operator)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + BASE_PATH + path);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
