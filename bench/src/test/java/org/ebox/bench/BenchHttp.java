package org.ebox.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ebox.access.control.AuthenticatorCodes;

/**
 * HTTP to the server the bench runs in, on its own port (BENCH_HTTP_PORT): API calls with development tokens, and a
 * browser's session of the JSF pages, logged in through the two real login steps. The bench's clients share the
 * server's JVM and its two cores, as a load generator on the same machine would share the cores.
 */
final class BenchHttp {

    static final String API = "/REST/ebox/enterprise/messageRegistry/v2";
    /** The context root of the bench's deployment, named after its archive (see {@link BenchDeployment}). */
    static final String CONTEXT = "/" + BenchDeployment.NAME;

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String root;
    private final HttpClient client;

    private BenchHttp(String root, HttpClient client) {
        this.root = root;
        this.client = client;
    }

    /** A client without a session, for the API of the server the bench runs in. */
    static BenchHttp api() {
        return api(benchServer());
    }

    /** A client without a session, for the API of the e-Box at this root address. */
    static BenchHttp api(String root) {
        return new BenchHttp(
                root,
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(TIMEOUT)
                        .build());
    }

    private static String benchServer() {
        return "http://127.0.0.1:" + System.getenv("BENCH_HTTP_PORT") + CONTEXT;
    }

    /**
     * A browser's session, logged in as this person with its password and the authenticator app's code of the
     * current time step (the person must have an app enrolled with this secret).
     */
    static BenchHttp loggedIn(String login, String password, String authenticatorSecret) {
        return loggedIn(benchServer(), login, password, authenticatorSecret);
    }

    /** A browser's session of the e-Box at this root address (a cluster's nginx), logged in as above. */
    static BenchHttp loggedIn(String root, String login, String password, String authenticatorSecret) {
        BenchHttp browser = new BenchHttp(
                root,
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(TIMEOUT)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build());
        String page = browser.page("/login.xhtml").body();
        String codePage = browser.form(
                        "/login.xhtml",
                        Map.of(
                                "login",
                                "login",
                                "login:username",
                                login,
                                "login:password",
                                password,
                                "login:submit",
                                ""),
                        page)
                .body();
        String code = AuthenticatorCodes.codeAt(authenticatorSecret, Instant.now());
        HttpResponse<String> home = browser.form(
                "/login-code.xhtml", Map.of("code", "code", "code:value", code, "code:submit", ""), codePage);
        if (!home.uri().getPath().startsWith(URI.create(root).getPath() + "/app/")) {
            throw new IllegalStateException("Login of " + login + " ended on " + home.uri());
        }
        return browser;
    }

    /** The same session (its cookies) at another root address: the same e-Box through another door. */
    BenchHttp at(String otherRoot) {
        return new BenchHttp(otherRoot, client);
    }

    /** An operator's "Start a run now" on the Nightly runs page, as the operator's browser sends it; the page shown. */
    String startNightlyRun() {
        String page = page("/app/operations/nightly-runs.xhtml").body();
        return form("/app/operations/nightly-runs.xhtml", Map.of("startForm", "startForm", "startForm:start", ""), page)
                .body();
    }

    /** A development token of this enterprise with these scopes (short names, space-separated). */
    String token(String enterpriseNumber, String scopes) {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(root + "/dev/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("enterprise=" + enterpriseNumber + "&scope="
                                + URLEncoder.encode(scopes, StandardCharsets.UTF_8))),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    HttpResponse<String> apiGet(String token, String path) {
        return expect200(send(
                HttpRequest.newBuilder(URI.create(root + API + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .GET(),
                HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> publish(String token, String contentType, byte[] body, String idempotencyKey) {
        return send(
                HttpRequest.newBuilder(URI.create(root + API + "/publishMessage"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", contentType)
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A call of the operators' API (/REST/ebox/operations/v1), with a body or none. */
    HttpResponse<String> operations(
            String token, String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "/REST/ebox/operations/v1" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> page(String path) {
        return expect200(
                send(HttpRequest.newBuilder(URI.create(root + path)).GET(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A form posted as a browser posts it; answers the response as a stream, for downloads. */
    HttpResponse<InputStream> postForStream(String path, List<Map.Entry<String, String>> fields) {
        return send(
                HttpRequest.newBuilder(URI.create(root + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields))),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /**
     * Posts a form of this page as a browser does: with the page's view state, and with PrimeFaces' CSP nonce, which
     * its script adds to every form (a postback without it is refused once the view keeps a nonce).
     */
    private HttpResponse<String> form(String path, Map<String, String> fields, String page) {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = CSP_NONCE.matcher(page);
        if (nonce.find()) {
            posted.put("primefaces.nonce", nonce.group(1));
        }
        return expect200(send(
                HttpRequest.newBuilder(URI.create(root + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(List.copyOf(posted.entrySet())))),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> expect200(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.timeout(TIMEOUT).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
