package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.assertMatchesContract;
import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The e-Box with a real identity provider: Keycloak, started by {@code ./ebox keycloak test} from the realm of
 * server-config/keycloak, and the e-Box (Payara Micro, the demo world) configured for it as the README tells an
 * agency to. People sign in through Keycloak in Chromium (password and one-time code: the level "substantial"),
 * land in their enterprise's e-Box and log out of both; the API takes tokens Keycloak issued by client credentials
 * with a signed client assertion (private_key_jwt) and refuses any other; a key rotated at Keycloak counts without
 * a restart of the e-Box.
 *
 * <p>Not an Arquillian test: both servers are those the command started. The build runs it only when named
 * ({@code -Dit.test=KeycloakIT}, with {@code ebox.keycloak.url}, {@code ebox.keycloak.home} and {@code
 * ebox.keycloak.ebox}); the default failsafe run leaves it out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();
    private static final String NSSO =
            EnterpriseNumber.withCheckDigits("02067316").value();
    private static final String SCOPE = "scope:document:management:consult:ws-eboxrestentreprise:";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private static String keycloak;
    private static String realm;
    private static String ebox;
    private static Path home;
    private static Properties secrets;
    private static ContractClient api;
    private static ChromeDriver browser;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        keycloak = System.getProperty("ebox.keycloak.url", "http://127.0.0.1:18180");
        realm = keycloak + "/realms/ebox";
        ebox = System.getProperty("ebox.keycloak.ebox", "http://127.0.0.1:8380");
        home = Path.of(System.getProperty("ebox.keycloak.home", "data/keycloak"));
        secrets = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("secrets/env"))) {
            secrets.load(in);
        }
        api = new ContractClient(new URL(ebox + "/"));
        browser = Browser.start();
    }

    @AfterAll
    static void stopIt() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aPersonSignsInThroughTheProviderWithTwoFactorsAndLandsInTheirEnterprisesEbox() {
        browser.get(ebox + "/login.xhtml?lang=en");
        Browser.waitFor(browser, By.id("provider-login"));
        assertTrue(Browser.text(browser, "provider-login").contains("Keycloak"), "the login page offers the provider");
        assertTrue(
                browser.findElements(By.id("login:username")).isEmpty(),
                "the e-Box's own login is closed (ebox.login.local.enabled=false in ./ebox keycloak test)");
        Accessibility.assertClean(browser, "login page with the provider's button");
        Browser.screenshot(browser, "keycloak-login-page");
        // A protected page goes straight to the provider where only the provider signs in.
        browser.get(ebox + "/app/home.xhtml?lang=en");
        signInAtKeycloak("user.zinneke", true);
        assertEquals(
                "Brasserie Zinneke SRL",
                Browser.waitFor(browser, By.id("enterprise-name")).getText().trim(),
                "the enterprise of the person's designation");
        assertTrue(browser.getCurrentUrl().startsWith(ebox + "/app/home.xhtml"), browser.getCurrentUrl());
        Browser.screenshot(browser, "keycloak-signed-in-home");
        assertTrue(
                browser.findElements(By.id("menu-security")).isEmpty(),
                "no e-Box login factors to set up: the provider keeps them");
        browser.get(ebox + "/app/security.xhtml?lang=en");
        assertEquals(404, Browser.status(browser));
        browser.get(ebox + "/app/home.xhtml?lang=en");
    }

    @Test
    @Order(2)
    void loggingOutEndsTheEboxSessionAndTheProvidersSession() {
        Browser.waitFor(browser, By.id("logoutForm:logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("loggedOut=true"));
        assertTrue(browser.getCurrentUrl().startsWith(ebox + "/login.xhtml"), browser.getCurrentUrl());
        browser.get(ebox + "/app/home.xhtml?lang=en");
        // The provider asks for the password again: its session ended too.
        Browser.waitFor(browser, By.id("username"));
        assertTrue(browser.getCurrentUrl().startsWith(realm), browser.getCurrentUrl());
    }

    @Test
    @Order(3)
    void aSignInThatSkippedTheSecondFactorDoesNotOpenTheEbox() {
        forgetEverySession();
        browser.get(ebox + "/oidc/login");
        Browser.waitFor(browser, By.id("username"));
        String asked = browser.getCurrentUrl();
        assertTrue(asked.contains("acr_values=substantial"), "the e-Box asks for its level: " + asked);
        // The person (or anyone between browser and provider) lowers the level asked for: password only.
        browser.get(asked.replace("acr_values=substantial", "acr_values=low"));
        signInAtKeycloak("la.zinneke", false);
        Browser.waitFor(browser, By.id("provider-refused"));
        assertTrue(browser.getCurrentUrl().startsWith(ebox + "/login.xhtml"), browser.getCurrentUrl());
        assertTrue(Browser.text(browser, "provider-refused").contains("level of security"));
        Browser.screenshot(browser, "keycloak-level-too-low");
        // Still not signed in: a protected page goes to the provider, which asks for the second factor now.
        browser.get(ebox + "/app/home.xhtml?lang=en");
        Browser.waitFor(browser, By.id("otp"));
        assertTrue(browser.getCurrentUrl().startsWith(realm), browser.getCurrentUrl());
    }

    @Test
    @Order(4)
    void aPersonTheEboxDoesNotKnowIsToldWhomToAsk() {
        forgetEverySession();
        browser.get(ebox + "/login.xhtml?lang=fr");
        Browser.waitFor(browser, By.id("provider-login")).click();
        signInAtKeycloak("stranger.demo", true);
        Browser.waitFor(browser, By.id("provider-refused"));
        assertTrue(
                Browser.text(browser, "provider-refused").contains("Gestionnaire d'accès principal"),
                Browser.text(browser, "provider-refused"));
        Accessibility.assertClean(browser, "login page, unknown person");
        Browser.screenshot(browser, "keycloak-unknown-person-fr");
        Widths.use(browser, Widths.PHONE);
        try {
            Widths.assertNoSidewaysScrolling(browser, "login page with the provider's button, phone width");
            Browser.screenshot(browser, "keycloak-unknown-person-fr-390");
        } finally {
            Widths.reset(browser);
        }
    }

    @Test
    @Order(5)
    void theProvidersBackChannelLogoutEndsTheEboxSession() throws Exception {
        forgetEverySession();
        browser.get(ebox + "/login.xhtml?lang=en");
        Browser.waitFor(browser, By.id("provider-login")).click();
        signInAtKeycloak("cola.zinneke", true);
        Browser.waitFor(browser, By.id("enterprise-name"));
        String user = json(admin("GET", "/users?exact=true&username=cola.zinneke", null))
                .get(0)
                .get("id")
                .asText();
        admin("POST", "/users/" + user + "/logout", null);
        Wait.until(
                () -> {
                    browser.get(ebox + "/app/home.xhtml?lang=en");
                    return !browser.getCurrentUrl().startsWith(ebox + "/app/");
                },
                Duration.ofSeconds(20),
                "the e-Box session ends with the provider's");
    }

    @Test
    @Order(6)
    void theApiTakesTheProvidersTokensGotWithASignedClientAssertion() throws Exception {
        String publisher = token("institution-nsso", "publicationsender");
        String subject = "Keycloak " + UUID.randomUUID();
        HttpResponse<String> published = api.publish(
                publisher,
                new Multipart()
                        .file("upfile1", "notice.pdf", "application/pdf", NightlyWorld.pdf(subject))
                        .text("messageToPublish", message(subject)),
                UUID.randomUUID().toString());
        assertEquals(201, published.statusCode(), published.body());
        assertMatchesContract("POST", "/publishMessage", published);
        String id = json(published.body()).get("messageId").asText();

        String reader = token("company-zinneke-software", "messagesfull");
        HttpResponse<String> message = api.get(reader, "/ebox/messages/" + id);
        assertEquals(200, message.statusCode(), message.body());
        assertMatchesContract("GET", "/ebox/messages/" + id, message);
        assertEquals(subject, json(message.body()).get("subject").get("nl").asText());
        assertEquals(
                200,
                api.get(token("company-zinneke-software", "summaryownebox"), "/ebox")
                        .statusCode());
        assertEquals(
                403,
                api.get(reader, "/ebox").statusCode(),
                "a token without the summary scope may not read the summary");

        String finance = token(
                new ClientSecretBasic(
                        new ClientID("institution-fps-finance"),
                        new Secret(secrets.getProperty("EBOX_KC_FPS_CLIENT_SECRET"))),
                "referencedata");
        HttpResponse<String> types = api.get(finance, "/referenceData/messageTypes");
        assertEquals(200, types.statusCode(), "a client that proves itself with a secret: " + types.body());
        assertMatchesContract("GET", "/referenceData/messageTypes", types);
    }

    @Test
    @Order(7)
    void tokensOfAnotherIssuerForAnotherAudienceOrExpiredAreRefused() throws Exception {
        RSAKey outsider = new RSAKeyGenerator(2048).keyID("outsider").generate();
        assertEquals(
                401,
                api.get(signedBy(outsider, "https://idp.elsewhere.example"), "/ebox")
                        .statusCode());
        assertEquals(401, api.get(signedBy(outsider, realm), "/ebox").statusCode(), "the realm's name, not its key");

        String otherAudience = token(
                new ClientSecretBasic(
                        new ClientID("zinneke-other-audience"),
                        new Secret(secrets.getProperty("EBOX_KC_OTHER_CLIENT_SECRET"))),
                "summaryownebox");
        assertEquals(401, api.get(otherAudience, "/ebox").statusCode(), "a token for another audience");

        String client = clientId("company-zinneke-software");
        admin("PUT", "/clients/" + client, "{\"attributes\":{\"access.token.lifespan\":\"1\"}}");
        String shortLived;
        try {
            shortLived = token("company-zinneke-software", "summaryownebox");
        } finally {
            admin("PUT", "/clients/" + client, "{\"attributes\":{\"access.token.lifespan\":\"\"}}");
        }
        // One second of life, two of clock skew allowed (ebox.api.jwt.clock-skew-seconds in ./ebox keycloak test).
        Thread.sleep(4_000);
        assertEquals(401, api.get(shortLived, "/ebox").statusCode(), "an expired token");
    }

    @Test
    @Order(9)
    void theAgencysOperationsClientCallsTheOperatorsApiAndNoOtherClientDoes() throws Exception {
        String operations = token("agency-operations", "ebox:operations");
        HttpResponse<String> types = operators(operations, "/messageTypes");
        assertEquals(200, types.statusCode(), types.body());
        assertTrue(json(types.body()).get("items").size() > 0, types.body());
        HttpResponse<String> publisher = operators(token("institution-nsso", "publicationsender"), "/messageTypes");
        assertEquals(403, publisher.statusCode(), "a publication token is no operator's: " + publisher.body());
    }

    @Test
    @Order(10)
    void aProviderClientTheOperatorRevokesIsRefusedAtItsNextCallThoughItsTokensStillComeFromTheProvider()
            throws Exception {
        String finance = token(
                new ClientSecretBasic(
                        new ClientID("institution-fps-finance"),
                        new Secret(secrets.getProperty("EBOX_KC_FPS_CLIENT_SECRET"))),
                "referencedata");
        assertEquals(200, api.get(finance, "/referenceData/messageTypes").statusCode());
        HttpResponse<String> revoked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        ebox + "/REST/ebox/operations/v1/apiClients/institution-fps-finance"))
                                .header("Authorization", "Bearer " + token("agency-operations", "ebox:operations"))
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(204, revoked.statusCode(), revoked.body());
        assertEquals(
                401,
                api.get(finance, "/referenceData/messageTypes").statusCode(),
                "the token the provider issued before the revocation");
        String fresh = token(
                new ClientSecretBasic(
                        new ClientID("institution-fps-finance"),
                        new Secret(secrets.getProperty("EBOX_KC_FPS_CLIENT_SECRET"))),
                "referencedata");
        assertEquals(401, api.get(fresh, "/referenceData/messageTypes").statusCode(), "and the one it issues after");
    }

    private static HttpResponse<String> operators(String token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ebox + "/REST/ebox/operations/v1" + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(8)
    void aKeyRotatedAtTheProviderCountsWithoutARestartAndTheOneRotatedOutStopsCounting() throws Exception {
        String before = token("company-zinneke-software", "summaryownebox");
        assertEquals(200, api.get(before, "/ebox").statusCode());
        List<String> oldKeys = keyProviders();

        String realmId = json(admin("GET", "", null)).get("id").asText();
        admin(
                "POST",
                "/components",
                "{\"name\":\"rotated-in\",\"providerId\":\"rsa-generated\",\"providerType\":"
                        + "\"org.keycloak.keys.KeyProvider\",\"parentId\":\"" + realmId + "\",\"config\":"
                        + "{\"priority\":[\"500\"],\"keySize\":[\"2048\"],\"active\":[\"true\"],"
                        + "\"enabled\":[\"true\"],\"algorithm\":[\"RS256\"]}}");
        String after = token("company-zinneke-software", "summaryownebox");
        assertTrue(
                !SignedJWT.parse(after)
                        .getHeader()
                        .getKeyID()
                        .equals(SignedJWT.parse(before).getHeader().getKeyID()),
                "Keycloak signs with the new key");
        assertEquals(200, api.get(after, "/ebox").statusCode(), "the new key counts at once");

        for (String old : oldKeys) {
            admin("DELETE", "/components/" + old, null);
        }
        // The e-Box keeps the provider's keys 10 s (ebox.api.jwt.jwks-cache-seconds in ./ebox keycloak test).
        Wait.until(
                () -> api.get(before, "/ebox").statusCode() == 401,
                Duration.ofSeconds(40),
                "a token signed by the key rotated out is refused");
        assertEquals(200, api.get(after, "/ebox").statusCode(), "the new key still counts");
    }

    /** Every cookie of the browser, Keycloak's (whose path is the realm's) as well as the e-Box's. */
    private static void forgetEverySession() {
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Keycloak's login form, then its one-time code form when the level asked for needs it. */
    private static void signInAtKeycloak(String username, boolean withCode) {
        Browser.waitFor(browser, By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        if (withCode) {
            Browser.waitFor(browser, By.id("otp")).sendKeys(demoCode());
            browser.findElement(By.id("kc-login")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(ebox));
    }

    /** The demo people's code now: Keycloak keys TOTP with the secret's own bytes; we compute it as an app would. */
    private static String demoCode() {
        byte[] secret = secrets.getProperty("EBOX_KC_DEMO_OTP_SECRET").getBytes(StandardCharsets.UTF_8);
        return AuthenticatorCodes.codeAt(new Base32().encodeAsString(secret), Instant.now());
    }

    /** A token from Keycloak's token endpoint by client credentials, the client proving itself with its key. */
    private static String token(String client, String scope) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        char[] password = secrets.getProperty("EBOX_KC_KEYSTORE_PASSWORD").toCharArray();
        try (InputStream in = Files.newInputStream(home.resolve("clients/" + client + ".p12"))) {
            keys.load(in, password);
        }
        PrivateKey key = (PrivateKey) keys.getKey(client, password);
        return token(
                new PrivateKeyJWT(new ClientID(client), tokenEndpoint(), JWSAlgorithm.RS256, key, null, null), scope);
    }

    private static String token(ClientAuthentication client, String scope) throws Exception {
        TokenResponse answer = TokenResponse.parse(new TokenRequest(
                        tokenEndpoint(),
                        client,
                        new ClientCredentialsGrant(),
                        // The contract's scopes by their short names; the e-Box's own ones whole.
                        new Scope(scope.contains(":") ? scope : SCOPE + scope))
                .toHTTPRequest()
                .send());
        assertTrue(
                answer.indicatesSuccess(),
                () -> "Keycloak refused the token: " + answer.toErrorResponse().getErrorObject());
        return answer.toSuccessResponse().getTokens().getAccessToken().getValue();
    }

    private static URI tokenEndpoint() {
        return URI.create(realm + "/protocol/openid-connect/token");
    }

    /** A token with every claim right but signed by a key Keycloak never had. */
    private static String signedBy(RSAKey key, String issuer) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .audience("ebox-enterprise")
                        .subject("forger")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(300)))
                        .claim("scope", SCOPE + "summaryownebox")
                        .claim("urn:be:fgov:kbo-bce:organization:cbe-number", ZINNEKE)
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String message(String subject) {
        return "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + ZINNEKE + "\"},"
                + "\"subject\":{\"nl\":\"" + subject + "\",\"fr\":\"" + subject + "\"},"
                + "\"messageTypeId\":\"dmfa-notice\",\"senderOrganizationId\":\"" + NSSO + "\","
                + "\"senderApplicationId\":\"nsso-dmfa\",\"bodyMainContent\":false,"
                + "\"attachments\":[{\"httpPartName\":\"upfile1\",\"mainContent\":true}],\"replyAuthorized\":true}";
    }

    private static String clientId(String client) throws Exception {
        return json(admin("GET", "/clients?clientId=" + client, null))
                .get(0)
                .get("id")
                .asText();
    }

    /** The ids of the realm's RSA key providers as they are now. */
    private static List<String> keyProviders() throws Exception {
        JsonNode providers = json(admin("GET", "/components?type=org.keycloak.keys.KeyProvider", null));
        List<String> ids = new java.util.ArrayList<>();
        providers.forEach(provider -> {
            if (provider.get("providerId").asText().equals("rsa-generated")) {
                ids.add(provider.get("id").asText());
            }
        });
        assertTrue(!ids.isEmpty(), "the realm signs with a generated RSA key");
        return ids;
    }

    /** A call of Keycloak's admin REST API on the e-Box realm, as the master realm's administrator. */
    private static String admin(String method, String path, String body) throws Exception {
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", secrets.getProperty("KC_BOOTSTRAP_ADMIN_PASSWORD")))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/ebox" + path))
                .header(
                        "Authorization",
                        "Bearer " + json(login.body()).get("access_token").asText())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() / 100 == 2, method + " " + path + ": " + answer.statusCode() + answer.body());
        return answer.body();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }
}
