package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.web.rest.security.DevelopmentTokens;
import org.ebox.web.rest.security.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every answer carries and how bad requests are answered, over HTTP: the security headers of pages, the API and
 * files; the session cookie's attributes; the same-origin rule for browser changes; expired and forged views; and
 * answers that never show the server's insides.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");
    /** What a server's own error report shows: exception messages and classes, stack lines, the server's name. */
    private static final List<String> INSIDES = List.of(
            "Exception:", "Exception report", "\tat ", "Payara", "GlassFish", "org.ebox.", "java.lang.", "com.sun.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWarWithWebClient();
    }

    @EJB
    DemoWorld world;

    @Inject
    DevelopmentTokens developmentTokens;

    @ArquillianResource
    URL base;

    @Test
    void pagesCarryAStrictPolicyWhoseScriptsRunOnlyWithThePagesNonce() {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertCommonHeaders(login);
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream()
                .filter(policy -> policy.contains("script-src"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no script-src in " + policies));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
        Matcher nonce = NONCE.matcher(login.body());
        assertTrue(nonce.find(), "the page's scripts carry a nonce");
        assertTrue(scripts.contains("'nonce-" + nonce.group(1) + "'"), scripts + " names the page's nonce");
        assertTrue(
                policies.stream()
                        .anyMatch(policy -> policy.contains("frame-ancestors 'none'")
                                && policy.contains("object-src 'none'")
                                && policy.contains("form-action 'self'")),
                policies.toString());
        assertFalse(login.body().matches("(?s).*\\son(click|change|load)=.*"), "no inline event handler");

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        WebClient person = WebClient.loggedIn(base.toString(), "user.zinneke", world);
        for (String page : List.of("/app/home.xhtml", "/app/messages/list.xhtml?folder=inbox")) {
            HttpResponse<String> answer = person.get(page);
            assertEquals(200, answer.statusCode(), page);
            assertCommonHeaders(answer);
            assertTrue(
                    answer.headers().allValues("Content-Security-Policy").stream()
                            .anyMatch(policy -> policy.contains("frame-ancestors 'none'")),
                    page);
        }
        String ordinary = world.unreadMessageOf(ZINNEKE, false);
        HttpResponse<String> file = person.get(
                "/app/messages/file?message=" + ordinary + "&attachment=" + world.mainAttachmentOf(ordinary));
        assertEquals(200, file.statusCode());
        assertCommonHeaders(file);
    }

    @Test
    void apiAnswersCarryTheHeadersToo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String summary = base.toString() + "REST/ebox/enterprise/messageRegistry/v2/ebox";
        HttpResponse<String> refused =
                http.send(HttpRequest.newBuilder(URI.create(summary)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertCommonHeaders(refused);
        String token = developmentTokens.mint(
                "headers-test",
                new EnterpriseNumber(ZINNEKE),
                EnumSet.of(Scope.SUMMARY_OWN_EBOX),
                Duration.ofMinutes(5));
        HttpResponse<String> answered = http.send(
                HttpRequest.newBuilder(URI.create(summary))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answered.statusCode(), answered.body());
        assertCommonHeaders(answered);
        assertTrue(
                answered.headers()
                        .allValues("Content-Security-Policy")
                        .contains("default-src 'none'; frame-ancestors 'none'; sandbox"),
                answered.headers().map().toString());
    }

    @Test
    void aChangePostedFromAnotherSiteIsRefusedAndChangesNothing() {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        Map<String, String> fields = WebClient.form(login, "login", "login:submit");
        fields.put("login:username", "user.zinneke");
        fields.put("login:password", "wrong");
        HttpResponse<String> forged =
                anonymous.post(anonymous.action(login, "login"), fields, "http://attacker.example");
        assertEquals(403, forged.statusCode(), "a valid ViewState, posted from another Origin");
        assertNoInsides(forged);

        WebClient person = WebClient.loggedIn(base.toString(), "user.zinneke", world);
        String message = world.unreadMessageOf(ZINNEKE, false);
        String before = world.stateOf(ZINNEKE, List.of(message));
        HttpResponse<String> inbox = person.get("/app/messages/list.xhtml?folder=inbox");
        Map<String, String> mask = WebClient.form(inbox, "box", "box:mask");
        mask.put("selected", message);
        String action = person.action(inbox, "box");
        assertEquals(403, person.post(action, mask, "http://attacker.example").statusCode());
        assertEquals(403, person.post(action, mask, "null").statusCode(), "an opaque origin is another site");
        assertEquals(before, world.stateOf(ZINNEKE, List.of(message)), "nothing was masked");

        HttpResponse<String> own = person.post(action, mask, person.origin());
        assertTrue(own.statusCode() == 200 || own.statusCode() / 100 == 3, "the e-Box's own page: " + own.statusCode());
        assertFalse(before.equals(world.stateOf(ZINNEKE, List.of(message))), "from its own origin the change is made");
        HttpResponse<String> masked = person.get("/app/messages/list.xhtml?folder=masked");
        Map<String, String> show = WebClient.form(masked, "box", "box:show");
        show.put("selected", message);
        person.post(person.action(masked, "box"), show, person.origin());
        assertEquals(before, world.stateOf(ZINNEKE, List.of(message)), "made visible again");
    }

    @Test
    void aForgedOrStatelessViewStateGetsTheStartAgainPageInThePersonsLanguage() {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> login = anonymous.get("/login.xhtml?lang=fr");
        for (String viewState : List.of("-123:456", "stateless", "forged")) {
            Map<String, String> fields = WebClient.form(login, "login", "login:submit");
            fields.put("login:username", "user.zinneke");
            fields.put("login:password", "demo");
            fields.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> answer = anonymous.post(anonymous.action(login, "login"), fields, anonymous.origin());
            assertEquals(400, answer.statusCode(), viewState + ": " + answer.body());
            assertTrue(answer.body().contains("Page expirée"), viewState + ": in French");
            assertNoInsides(answer);
            assertCommonHeaders(answer);
        }
    }

    @Test
    void anAjaxRequestThatFailsIsToldToAskForItsPageAnewAndNamesNoException() {
        WebClient anonymous = new WebClient(base.toString());
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        Map<String, String> fields = WebClient.form(login, "login", null);
        fields.put("jakarta.faces.ViewState", "forged");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "login:submit");
        fields.put("jakarta.faces.partial.execute", "@all");
        HttpResponse<String> answer = anonymous.post(
                anonymous.action(login, "login"), fields, anonymous.origin(), Map.of("Faces-Request", "partial/ajax"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<redirect url=\"") && answer.body().contains("/login.xhtml"), answer.body());
        assertFalse(answer.body().contains("<error>"), answer.body());
        assertNoInsides(answer);
    }

    @Test
    void errorAnswersNeverShowTheServersInsides() {
        WebClient anonymous = new WebClient(base.toString());
        for (String path : List.of(
                "/no-such-page.xhtml", "/app/no-such-page.xhtml", "/WEB-INF/web.xml", "/app/%2e%2e/WEB-INF/web.xml")) {
            HttpResponse<String> answer = anonymous.follow(anonymous.get(path));
            assertTrue(
                    answer.statusCode() == 404
                            || answer.statusCode() == 400
                            || (answer.statusCode() == 200
                                    && answer.uri().getPath().endsWith("/login.xhtml")),
                    path + " -> " + answer.statusCode());
            assertNoInsides(answer);
        }
    }

    private static void assertCommonHeaders(HttpResponse<String> answer) {
        String where = answer.request().method() + " " + answer.uri() + " (" + answer.statusCode() + ")";
        assertEquals(
                "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals(
                "same-origin", answer.headers().firstValue("Referrer-Policy").orElse(null), where);
        assertTrue(answer.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), where);
        assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"), where);
        assertFalse(answer.headers().allValues("Content-Security-Policy").isEmpty(), where);
    }

    private static void assertNoInsides(HttpResponse<String> answer) {
        for (String inside : INSIDES) {
            assertFalse(answer.body().contains(inside), answer.uri() + " shows '" + inside + "': " + answer.body());
        }
    }
}
