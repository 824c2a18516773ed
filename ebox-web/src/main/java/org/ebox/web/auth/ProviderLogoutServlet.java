package org.ebox.web.auth;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.ebox.access.boundary.EndedProviderSessions;
import org.ebox.web.config.auth.IdentityProvider;
import org.ebox.web.config.auth.IdentityProvider.Refused;

/**
 * POST /oidc/backchannel-logout: the identity provider says a session of its own ended (OpenID Connect Back-Channel
 * Logout 1.0); the e-Box session that sign-in opened ends too. The logout token is checked as an ID token is
 * (issuer, audience, signature, the back-channel event); a token that fails gets 400 and ends nothing. The ended
 * session is written to the shared database, where every node looks before it serves a session of the provider's.
 */
@WebServlet("/oidc/backchannel-logout")
public class ProviderLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProviderLogoutServlet.class.getName());

    @Inject
    transient IdentityProvider provider;

    @Inject
    transient EndedProviderSessions endedSessions;

    @Inject
    transient Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!provider.isConfigured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String token = request.getParameter("logout_token");
        if (token == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            endedSessions.end(provider.endedSession(token), OffsetDateTime.now(clock));
            LOG.info("Back-channel logout from the identity provider: its e-Box session ends, on every node");
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (Refused refused) {
            LOG.warning(() -> "Back-channel logout refused: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
