package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An API client for tests: gets development tokens, calls the API, and checks every answer against the official
 * contract file with a standard OpenAPI validator, unknown fields included.
 */
public final class ContractClient {

    public static final String BASE_PATH = "/REST/ebox/enterprise/messageRegistry/v2";
    public static final String OPERATIONS_PATH = "/REST/ebox/operations/v1";

    private static final OpenApiInteractionValidator CONTRACT = OpenApiInteractionValidator.createForSpecificationUrl(
                    Objects.requireNonNull(ContractClient.class.getResource("/contract/messageRegistry-v2.1.yaml"))
                            .toString())
            .withBasePathOverride(BASE_PATH)
            .withLevelResolver(LevelResolver.create()
                    // Clients generated from the contract reject fields it does not name: so do we.
                    .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                    // Our requests are the tests' own, sometimes wrong on purpose; only answers are judged.
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A call that gets no answer fails the test instead of hanging the build. */
    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String root;

    public ContractClient(URL deployment) {
        String url = deployment.toString();
        this.root = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A development token for this enterprise and these scopes (short names). */
    public String token(String enterpriseNumber, String scopes) {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(root + "/dev/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("enterprise=" + enterpriseNumber + "&scope="
                                + URLEncoder.encode(scopes, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, response.body());
        return json(response.body()).get("access_token").asText();
    }

    public HttpResponse<String> get(String token, String path) {
        return call(token, "GET", path, null, null);
    }

    public HttpResponse<byte[]> getBytes(String token, String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + BASE_PATH + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> publish(String token, Multipart form, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + BASE_PATH + "/publishMessage"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> patch(String token, String path, String json) {
        return call(token, "PATCH", path, json, "application/merge-patch+json");
    }

    public HttpResponse<String> call(String token, String method, String path, String body, String contentType) {
        return callAt(BASE_PATH + path, token, method, body, contentType);
    }

    /** A call of the operators' API (JSON), beside the contract's. */
    public HttpResponse<String> operations(String token, String method, String path, String json) {
        return callAt(OPERATIONS_PATH + path, token, method, json, json == null ? null : "application/json");
    }

    /** A file posted to the operators' API, such as a KBO extract's zip. */
    public HttpResponse<String> operationsUpload(String token, String path, java.nio.file.Path file, String type) {
        try {
            return send(
                    HttpRequest.newBuilder(URI.create(root + OPERATIONS_PATH + path))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", type)
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofFile(file))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> callAt(String path, String token, String method, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json");
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fails with the validator's findings when the answer is not what the contract says for this path. */
    public static void assertMatchesContract(String method, String path, HttpResponse<String> response) {
        ValidationReport report =
                check(method, path, response.statusCode(), response.headers().map(), response.body());
        assertTrue(
                !report.hasErrors(),
                method + " " + path + " (" + response.statusCode() + ") breaks the contract:\n"
                        + report.getMessages().stream().map(Object::toString).collect(Collectors.joining("\n"))
                        + "\nbody: " + response.body());
    }

    /**
     * Fails unless the answer is the contract's StatusMessage with status 400 and code INVALID_INPUT, its message for
     * people: no exception class, no stack frame, no package of ours or of the server.
     */
    public static void assertRefusedAsInvalidInput(
            String method, String path, HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() == 400, what + ": " + response.statusCode() + " " + response.body());
        assertMatchesContract(method, path, response);
        JsonNode status = json(response.body());
        assertTrue("INVALID_INPUT".equals(status.get("code").asText()), what + ": " + response.body());
        assertTrue(
                !status.get("message")
                        .asText()
                        .matches("(?s).*(Exception|\\bat [\\w$.]+\\(|\\b(java|jakarta|org|com|fish|sun)\\.[a-z]).*"),
                what + " tells internals: " + response.body());
    }

    /** What the contract validator finds in an answer. */
    static ValidationReport check(
            String method, String path, int status, Map<String, List<String>> headers, String body) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), BASE_PATH + pathOnly);
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(answer::withHeader);
        return CONTRACT.validate(request.build(), answer.build());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(TIMEOUT)
                            .build(),
                    handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
