package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
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
import org.ebox.enterprise.control.KboFile;
import org.ebox.enterprise.control.KboTestExtract;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An e-Box started without demo data (by {@code ./ebox setup test}, which has made its first operator with
 * {@code ./ebox first-operator} and hands over the link it printed), taken from nothing to its first publication: the
 * operator sets up their sign-in through the link and registers the agency's scripts as an API client on the API
 * clients page; the scripts, with tokens they sign themselves, onboard an institution with an application and a
 * message type, import enterprises from a KBO extract and then an update extract, designate a Chief Access Manager and
 * register the institution's API client; the Chief Access Manager accepts the invitation and designates a user; the
 * institution publishes, and the user reads the message in the browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstOperatorIT {

    private static final String PASSWORD = "the very first operator of all";
    private static final String OPERATOR = "first.operator@agency.example";
    private static final Pattern LINK =
            Pattern.compile("(https?://\\S+/invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}&lang=[a-z]{2})");

    private static final String AGENCY =
            EnterpriseNumber.withCheckDigits("03000001").value();
    private static final String INSTITUTION =
            EnterpriseNumber.withCheckDigits("02400001").value();
    private static final EnterpriseNumber ENTERPRISE = EnterpriseNumber.withCheckDigits("07770001");
    private static final String SCRIPTS = "agency-onboarding-scripts";

    private static ChromeDriver browser;
    private static String ebox;
    private static MailFolder mail;
    private static String operatorSecret;
    private static final ClientKeyPair SCRIPTS_KEY = new ClientKeyPair();

    @BeforeAll
    static void startTheBrowser() {
        ebox = System.getProperty("ebox.setup.ebox", "http://127.0.0.1:8480");
        mail = new MailFolder(Path.of(System.getProperty("ebox.setup.mail", "data/setup-test/mail")));
        browser = Browser.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theFirstOperatorSetsUpTheirSignInThroughTheCommandsLinkAndTheSetupClosesBehindThem() throws Exception {
        String link = System.getProperty("ebox.setup.link");
        assertTrue(link != null && link.startsWith(ebox + "/invitation.xhtml?token="), "the command's link: " + link);
        browser.get(link);
        assertEquals(
                "Richten Sie Ihre Anmeldung ein",
                Browser.waitFor(browser, By.tagName("h1")).getText());
        assertTrue(
                Browser.text(browser, "invitation-intro")
                        .startsWith("Frieda Erste, Sie sind der erste Plattformbetreiber"),
                Browser.text(browser, "invitation-intro"));
        Accessibility.assertClean(browser, "the first operator's invitation");
        Browser.screenshot(browser, "first-operator-invitation-de");
        operatorSecret = Browser.text(browser, "secret").replace(" ", "");
        accept(OPERATOR, operatorSecret);
        signIn(OPERATOR, operatorSecret);
        Browser.waitFor(browser, By.id("menu-institutions")).click();
        Browser.waitFor(browser, By.id("menu-register"));
        Browser.screenshot(browser, "first-operator-institutions");

        HttpResponse<String> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ebox + "/setup/first-operator"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "token=anything&email=late%40agency.example&givenName=Late&familyName=Comer"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), "once an operator exists, the setup path is closed: " + again.body());
        browser.get(link);
        assertTrue(Browser.waitFor(browser, By.id("invitation-refused")).isDisplayed(), "the link worked once");
    }

    @Test
    @Order(2)
    void theOperatorRegistersTheAgencysScriptsOnTheApiClientsPageAndAPrivateKeyIsRefused() throws Exception {
        browser.get(ebox + "/app/operations/api-clients.xhtml?lang=fr");
        assertEquals(
                "Clients de l’API", Browser.waitFor(browser, By.tagName("h1")).getText());
        assertTrue(Browser.waitFor(browser, By.id("no-clients")).isDisplayed(), "an empty e-Box has no client");
        Accessibility.assertClean(browser, "the API clients page, empty");
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String privateKey = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        registerOnThePage(privateKey);
        assertTrue(error().startsWith("C’est une clé privée"), error());
        Browser.screenshot(browser, "api-clients-private-key-fr");
        registerOnThePage(SCRIPTS_KEY.publicPem());
        assertEquals("Le client " + SCRIPTS + " est enregistré.", info());
        WebElement row = Browser.waitFor(browser, By.cssSelector("tr.api-client[data-client='" + SCRIPTS + "']"));
        assertTrue(row.getText().contains("API des opérateurs de l’agence"), row.getText());
        assertTrue(row.getText().contains(SCRIPTS_KEY.keyId().substring(0, 12)), row.getText());
        assertTrue(
                browser.findElement(By.id("change-table")).getText().contains(SCRIPTS),
                "the registration is a change record on the page");
        Accessibility.assertClean(browser, "the API clients page with a client");
        Browser.screenshot(browser, "api-clients-fr");
        for (String language : List.of("en", "nl", "de")) {
            browser.get(ebox + "/app/operations/api-clients.xhtml?lang=" + language);
            Browser.waitFor(browser, By.id("client-table"));
            Browser.screenshot(browser, "api-clients-" + language);
        }
        Widths.use(browser, Widths.PHONE);
        try {
            Widths.assertNoSidewaysScrolling(browser, "API clients page");
            Browser.screenshot(browser, "api-clients-en-phone");
        } finally {
            Widths.reset(browser);
        }
    }

    @Test
    @Order(3)
    void fromAnEmptyEboxTheAgencysScriptsOnboardAnInstitutionWhoseFirstMessageAUserInvitedByTheirCamReads(
            @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        ContractClient api = new ContractClient(URI.create(ebox + "/").toURL());
        String scripts = SCRIPTS_KEY.token(SCRIPTS);

        // An institution, its application and a message type; a wrong check digit first.
        String institution = "{\"shortName\":" + names("Payroll Office") + ",\"longName\":"
                + names("The Payroll Office of the Agency") + ",\"contact\":\"desk@payroll.example\"}";
        HttpResponse<String> wrongDigit = api.operations(scripts, "PUT", "/institutions/0240000100", institution);
        assertEquals(400, wrongDigit.statusCode(), wrongDigit.body());
        assertEquals("NUMBER", json(wrongDigit.body()).get("code").asText());
        assertEquals(
                201,
                api.operations(scripts, "PUT", "/institutions/" + INSTITUTION, institution)
                        .statusCode());
        assertEquals(
                201,
                api.operations(
                                scripts,
                                "POST",
                                "/institutions/" + INSTITUTION + "/applications",
                                "{\"applicationId\":\"payroll\",\"name\":" + names("Payroll") + "}")
                        .statusCode());
        HttpResponse<String> type = api.operations(
                scripts,
                "PUT",
                "/messageTypes/payslip",
                "{\"name\":" + names("Payslip") + ",\"validityPeriod\":{\"validityPeriodNumber\":1,"
                        + "\"validityPeriodUnit\":\"YEAR\"},\"registeredMailAllowed\":false,\"repliesAllowed\":true,"
                        + "\"senderApplicationIds\":[\"payroll\"]}");
        assertEquals(201, type.statusCode(), type.body());

        // The register: a full extract, one of whose lines is cut short, then an update extract that renames.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        String dotted = ENTERPRISE.formatted();
        JsonNode full = imported(
                api,
                scripts,
                KboTestExtract.full(1, today)
                        .enterprise(dotted)
                        .name(dotted, "Premier Client")
                        .raw(KboFile.ENTERPRISE, "\"0777.000.297\",\"AC\"")
                        .write(Files.createDirectories(folder.resolve("full"))));
        assertEquals("APPLIED", full.get("status").asText(), full.toString());
        assertEquals(1, full.get("enterprisesCreated").asInt(), full.toString());
        assertEquals(1, full.get("linesRejected").asInt(), "the truncated line: " + full);
        JsonNode update = imported(
                api,
                scripts,
                KboTestExtract.update(2, today)
                        .removal(KboFile.DENOMINATION, dotted)
                        .name(dotted, "Premier Client SRL")
                        .write(Files.createDirectories(folder.resolve("update"))));
        assertEquals("APPLIED", update.get("status").asText(), update.toString());
        assertEquals(0, update.get("linesRejected").asInt(), update.toString());
        assertEquals(1, update.get("enterprisesUpdated").asInt(), "renamed, so updated: " + update);

        // The enterprise's Chief Access Manager, invited by mail; the institution's own API client.
        String cam = "claire.chef@premier.example";
        HttpResponse<String> designated = api.operations(
                scripts,
                "PUT",
                "/enterprises/" + ENTERPRISE.value() + "/chiefAccessManager",
                "{\"person\":\"" + cam + "\",\"givenName\":\"Claire\",\"familyName\":\"Chef\",\"language\":\"fr\"}");
        assertEquals(200, designated.statusCode(), designated.body());
        assertTrue(json(designated.body()).get("invited").asBoolean(), designated.body());
        ClientKeyPair institutionKey = new ClientKeyPair();
        HttpResponse<String> client = api.operations(
                scripts,
                "POST",
                "/apiClients",
                ApiClientsIT.registration(
                        "payroll-office", INSTITUTION, "PUBLICATION", "PUBLIC_KEY", institutionKey.publicPem(), null));
        assertEquals(201, client.statusCode(), client.body());

        // The Chief Access Manager accepts and designates a user with the e-Box Administrator box.
        browser.manage().deleteAllCookies();
        browser.get(linkIn(mail.awaitBodyTo(cam)));
        assertEquals(
                "Créez votre connexion",
                Browser.waitFor(browser, By.tagName("h1")).getText());
        String camSecret = Browser.text(browser, "secret").replace(" ", "");
        accept(cam, camSecret);
        signIn(cam, camSecret);
        assertEquals(
                "Premier Client SRL",
                Browser.waitFor(browser, By.id("enterprise-name")).getText(),
                "named by the update extract");
        browser.get(ebox + "/app/access/users.xhtml?lang=en");
        String user = "ugo.usager@premier.example";
        type("designate:login", user);
        type("designate:givenName", "Ugo");
        type("designate:familyName", "Usager");
        new Select(browser.findElement(By.id("designate:language"))).selectByValue("nl");
        new Select(browser.findElement(By.id("designate:role"))).selectByValue("USER");
        browser.findElement(By.id("designate:box")).click();
        browser.findElement(By.id("designate:grant")).click();
        assertTrue(info().contains(user), info());
        browser.manage().deleteAllCookies();

        // The institution publishes with a token it signed itself.
        String subject = "Uw eerste loonstrook";
        HttpResponse<String> published = api.publish(
                institutionKey.token("payroll-office"),
                new Multipart()
                        .file("upfile1", "loonstrook.pdf", "application/pdf", PublicationApiIT.pdf(subject))
                        .text(
                                "messageToPublish",
                                "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + ENTERPRISE.value()
                                        + "\"},\"subject\":{\"nl\":\"" + subject
                                        + "\",\"fr\":\"Votre première fiche\"},"
                                        + "\"messageTypeId\":\"payslip\",\"senderOrganizationId\":\"" + INSTITUTION
                                        + "\",\"senderApplicationId\":\"payroll\",\"bodyMainContent\":false,"
                                        + "\"attachments\":[" + PublicationApiIT.attachment("upfile1", true)
                                        + "],\"replyAuthorized\":true}"),
                "first-payslip");
        assertEquals(201, published.statusCode(), published.body());

        // The user accepts their invitation and reads the message.
        browser.get(linkIn(mail.awaitBodyTo(user)));
        assertEquals(
                "Stel uw aanmelding in",
                Browser.waitFor(browser, By.tagName("h1")).getText());
        String userSecret = Browser.text(browser, "secret").replace(" ", "");
        accept(user, userSecret);
        signIn(user, userSecret);
        browser.get(ebox + "/app/messages/list.xhtml?lang=nl");
        WebElement link = Browser.waitFor(browser, By.cssSelector("a.subject-link"));
        assertEquals(subject, link.getText());
        Browser.screenshot(browser, "first-publication-list-nl");
        link.click();
        assertEquals(subject, Browser.waitFor(browser, By.tagName("h1")).getText());
        assertTrue(Browser.text(browser, "sender").contains("Payroll Office"), Browser.text(browser, "sender"));
        Browser.screenshot(browser, "first-publication-read-nl");
    }

    /** The import of this extract through the operators' API, once its batch job has ended it. */
    private static JsonNode imported(ContractClient api, String token, Path zip) {
        HttpResponse<String> started =
                api.operationsUpload(token, "/imports?fileName=" + zip.getFileName(), zip, "application/zip");
        assertEquals(202, started.statusCode(), started.body());
        String id = json(started.body()).get("importId").asText();
        Wait.until(
                () -> {
                    String status = json(api.operations(token, "GET", "/imports/" + id, null)
                                    .body())
                            .get("status")
                            .asText();
                    return !status.equals("READING") && !status.equals("APPLYING");
                },
                Duration.ofMinutes(1),
                "the import " + id + " to end");
        return json(api.operations(token, "GET", "/imports/" + id, null).body());
    }

    private static void registerOnThePage(String publicKey) {
        type("register:clientId", SCRIPTS);
        type("register:organization", AGENCY);
        new Select(browser.findElement(By.id("register:purpose"))).selectByValue("OPERATIONS");
        new Select(browser.findElement(By.id("register:credential"))).selectByValue("PUBLIC_KEY");
        type("register:publicKey", publicKey);
        browser.findElement(By.id("register:save")).click();
    }

    /** The invitation page's form: a password typed twice and the app's code, then the login page. */
    private static void accept(String login, String secret) {
        type("invitation:password", PASSWORD);
        type("invitation:repeated", PASSWORD);
        type("invitation:code", Logins.nextAppCode(browser, login, secret));
        browser.findElement(By.id("invitation:accept")).click();
        Browser.waitFor(browser, By.id("login:username"));
    }

    /** Signs in with what the invitation set up, past the first confirmations of someone new. */
    private static void signIn(String login, String secret) {
        Logins.password(browser, login, PASSWORD);
        Logins.appCode(browser, login, secret);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("accessInfo:confirm"))
                                .isEmpty()
                        || !driver.findElements(By.id("logoutForm:logout")).isEmpty());
        Browser.screenshot(browser, "signed-in-" + login.substring(0, login.indexOf('.')));
        if (!browser.findElements(By.id("accessInfo:confirm")).isEmpty()) {
            browser.findElement(By.id("accessInfo:confirm")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("fullyDigital:pass"))
                                .isEmpty()
                        || !driver.findElements(By.id("enterprise-name")).isEmpty()
                        || !driver.findElements(By.id("menu-institutions")).isEmpty());
        if (!browser.findElements(By.id("fullyDigital:pass")).isEmpty()) {
            browser.findElement(By.id("fullyDigital:pass")).click();
        }
    }

    private static String linkIn(String body) {
        Matcher matcher = LINK.matcher(body);
        assertTrue(matcher.find(), "an invitation link in the mail: " + body);
        assertFalse(body.contains(PASSWORD), "no password travels by mail");
        return matcher.group(1);
    }

    private static String names(String name) {
        return "{\"nl\":\"" + name + "\",\"fr\":\"" + name + "\",\"de\":\"" + name + "\",\"en\":\"" + name + "\"}";
    }

    private static void type(String id, String text) {
        WebElement field = Browser.waitFor(browser, By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String info() {
        return Browser.waitFor(browser, By.cssSelector("#messages .message-info"))
                .getText();
    }

    private static String error() {
        return Browser.waitFor(browser, By.cssSelector("#messages .message-error, #messages .ui-messages-error"))
                .getText();
    }
}
