package org.ebox.web.health;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.ebox.web.config.http.RequestPaths;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The MicroProfile Health endpoints ({@code /health}, {@code /health/live}, {@code /health/ready},
 * {@code /health/started}), answered by the e-Box itself from its {@link HealthCheck} beans, in the specification's
 * JSON: 200 when every check is UP, else 503.
 *
 * <p>Why not Payara's own endpoint, which server-config switches off: it answers UP with no checks while the
 * application is still deploying (it counts the EJB timer service's internal application as one deployed), so a
 * load balancer would send requests too early. This one exists only once the e-Box has started (before, the path
 * answers 404: not ready), and its readiness is the database's answer.
 */
@WebServlet("/health/*")
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(HealthEndpoint.class.getName());

    private static final JsonWriterFactory JSON = Json.createWriterFactory(Map.of());

    @Inject
    @Liveness
    transient Instance<HealthCheck> liveness;

    @Inject
    @Readiness
    transient Instance<HealthCheck> readiness;

    @Inject
    @Startup
    transient Instance<HealthCheck> startup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<HealthCheck> checks = switch (RequestPaths.of(request)) {
            case "/health", "/health/" ->
                Stream.of(liveness, readiness, startup)
                        .flatMap(Instance::stream)
                        .toList();
            case "/health/live" -> liveness.stream().toList();
            case "/health/ready" -> readiness.stream().toList();
            case "/health/started" -> startup.stream().toList();
            default -> null;
        };
        if (checks == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = call(check);
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            results.add(toJson(result));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.createWriter(response.getWriter())
                .writeObject(Json.createObjectBuilder()
                        .add("status", up ? "UP" : "DOWN")
                        .add("checks", results)
                        .build());
    }

    /** A check that fails is DOWN, as the specification has it, and the reason goes to the log, not to the caller. */
    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health check failed: " + check.getClass().getName(), e);
            return HealthCheckResponse.named(check.getClass().getSimpleName())
                    .down()
                    .build();
        }
    }

    private static JsonObjectBuilder toJson(HealthCheckResponse result) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", result.getName())
                .add("status", result.getStatus().name());
        result.getData().filter(data -> !data.isEmpty()).ifPresent(data -> {
            JsonObjectBuilder values = Json.createObjectBuilder();
            data.forEach((key, value) -> {
                if (value instanceof Long number) {
                    values.add(key, number);
                } else if (value instanceof Boolean flag) {
                    values.add(key, flag);
                } else {
                    values.add(key, String.valueOf(value));
                }
            });
            json.add("data", values);
        });
        return json;
    }
}
