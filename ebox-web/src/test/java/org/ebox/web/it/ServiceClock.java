package org.ebox.web.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The client side of {@link ServiceClockServlet}: the service's time, and moving it on. */
final class ServiceClock {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServiceClock() {}

    /** The service's time in epoch seconds; null where the service's clock cannot be moved (full Payara Server). */
    static Long now(String base) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/test-only/service-clock")));
        return answer.statusCode() == 200 ? Long.valueOf(answer.body().trim()) : null;
    }

    /** The last app-code step the person used, as the service recorded it (any test's login counts). */
    static long lastStepOf(String base, String login) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(base + "/test-only/service-clock?lastStepOf="
                        + java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8))));
        return Long.parseLong(answer.body().trim());
    }

    static void moveOn(String base, long seconds) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(base + "/test-only/service-clock?seconds=" + seconds))
                // A change from the service's own origin, as its pages make them.
                .header("Origin", URI.create(base).resolve("/").toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The service's clock did not move: " + answer.statusCode());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
