package org.ebox.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.demo.DemoData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser without the browser, for walks over many addresses: a cookie jar, requests sent exactly as
 * spelt (no normalising of the path), redirects followed only when asked, and forms read with jsoup and posted back
 * with their hidden fields (the Faces ViewState among them) and the same Origin a browser sends.
 */
final class WebClient {

    private final String root;
    private final HttpClient http;

    WebClient(String base) {
        this.root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** scheme://host:port of the e-Box, as a browser's Origin header names it. */
    String origin() {
        URI uri = URI.create(root);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /** A GET of the path exactly as written (it may hold %-escapes, "//", "/./", ";x"). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields, String origin) {
        return post(path, fields, origin, Map.of());
    }

    /** A post with headers of its own, e.g. those of a Faces ajax request. */
    HttpResponse<String> post(String path, Map<String, String> fields, String origin, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(fields)));
        headers.forEach(request::header);
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    /** Follows the redirects of an answer, as a browser would, to the page that ends them. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            URI next = current.uri().resolve(location);
            current = send(HttpRequest.newBuilder(next).GET());
        }
        return current;
    }

    /** The fields a form of the page would post: its inputs with their values, and the named button pressed. */
    static Map<String, String> form(HttpResponse<String> page, String formId, String button) {
        Document document = Jsoup.parse(page.body());
        Element form = document.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on " + page.uri() + ": " + page.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((!type.equals("checkbox") && !type.equals("submit")) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        if (button != null) {
            fields.put(button, "");
        }
        return fields;
    }

    /** The path the form posts to, from its action, without the context path (this client's root has it). */
    String action(HttpResponse<String> page, String formId) {
        String action = page.uri()
                .resolve(Jsoup.parse(page.body()).getElementById(formId).attr("action"))
                .getRawPath();
        String context = URI.create(root).getRawPath();
        return action.startsWith(context) ? action.substring(context.length()) : action;
    }

    /** The name of the first button of the form whose text contains the words. */
    static String buttonNamed(HttpResponse<String> page, String formId, String words) {
        return Jsoup.parse(page.body()).getElementById(formId).select("button[name]").stream()
                .filter(button -> button.text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + words + "' in " + formId))
                .attr("name");
    }

    /**
     * A new session of a demo person, logged in through the two real steps (password, then the code of the demo
     * authenticator app, for a time step the person has not used yet), past the choice of enterprise (Zinneke).
     */
    static WebClient loggedIn(String base, String login, DemoWorld world) {
        WebClient browser = new WebClient(base);
        HttpResponse<String> loginPage = browser.get("/login.xhtml");
        Map<String, String> password = form(loginPage, "login", "login:submit");
        password.put("login:username", login);
        password.put("login:password", DemoData.DEMO_PASSWORD);
        HttpResponse<String> codePage =
                browser.follow(browser.post(browser.action(loginPage, "login"), password, browser.origin()));
        Map<String, String> code = form(codePage, "code", "code:submit");
        code.put("code:value", nextAppCode(login, world));
        HttpResponse<String> landed =
                browser.follow(browser.post(browser.action(codePage, "code"), code, browser.origin()));
        if (landed.uri().getPath().endsWith("/app/welcome/enterprise.xhtml")) {
            Map<String, String> choice = form(landed, "choose", buttonNamed(landed, "choose", "Zinneke"));
            landed = browser.follow(browser.post(browser.action(landed, "choose"), choice, browser.origin()));
        }
        if (landed.statusCode() != 200 || !landed.uri().getPath().contains("/app/")) {
            throw new AssertionError(
                    login + " did not get past the login: " + landed.uri() + " " + landed.statusCode());
        }
        return browser;
    }

    /**
     * The app's code for a time step the person has not used yet, by the service's clock, moved on to the next step
     * when both usable ones are spent (this runs inside the service, beside its clock).
     */
    private static String nextAppCode(String login, DemoWorld world) {
        Long last = world.lastAppCodeStepOf(login);
        long now = MovableClock.instant().getEpochSecond() / 30;
        long step = last == null ? now : Math.max(now, last + 1);
        if (step > now + 1) {
            MovableClock.moveOn(java.time.Duration.ofSeconds((step - now) * 30));
        }
        return AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, Instant.ofEpochSecond(step * 30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
