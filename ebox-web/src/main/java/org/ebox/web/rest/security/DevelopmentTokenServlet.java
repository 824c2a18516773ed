package org.ebox.web.rest.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.ebox.enterprise.entity.EnterpriseNumber;

/**
 * POST /dev/token: mints a token to try the API in the default run, e.g.
 * {@code curl -d enterprise=0812345603 -d scope="summaryownebox messagesfull referencedata" localhost:8080/dev/token}.
 * Answers 404, as if it did not exist, unless development tokens are on.
 */
@WebServlet("/dev/token")
public class DevelopmentTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DevelopmentTokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!tokens.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String enterprise = request.getParameter("enterprise");
        if (enterprise == null || !EnterpriseNumber.isValid(enterprise)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "enterprise: a valid ten-digit enterprise number");
            return;
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        String written =
                Optional.ofNullable(request.getParameter("scope")).orElse("summaryownebox messagesfull referencedata");
        for (String scope : written.trim().split("\\s+")) {
            Optional<Scope> known = Scope.parse(scope);
            if (known.isEmpty()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown scope: " + scope);
                return;
            }
            scopes.add(known.get());
        }
        String clientId = Optional.ofNullable(request.getParameter("client_id")).orElse("demo-client");
        String token = tokens.mint(clientId, new EnterpriseNumber(enterprise), scopes, DevelopmentTokens.LIFETIME);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("access_token", token)
                        .add("token_type", "Bearer")
                        .add("expires_in", DevelopmentTokens.LIFETIME.toSeconds())
                        .build()
                        .toString());
    }
}
