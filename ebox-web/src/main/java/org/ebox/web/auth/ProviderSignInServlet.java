package org.ebox.web.auth;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;
import org.ebox.web.config.auth.EboxAuthenticationMechanism;
import org.ebox.web.config.auth.IdentityProvider;
import org.ebox.web.config.auth.IdentityProvider.Pending;
import org.ebox.web.config.auth.IdentityProvider.Refused;
import org.ebox.web.config.auth.IdentityProvider.SignedIn;
import org.ebox.web.config.auth.ProviderCredential;
import org.ebox.web.config.auth.ProviderSessions;
import org.ebox.web.i18n.Language;

/**
 * Sign-in through the agency's identity provider. GET /oidc/login sends the browser to the provider with a new
 * state, nonce and PKCE verifier kept in the session; GET /oidc/callback takes the provider's answer, has
 * {@link IdentityProvider} check it, and signs the person in through the application's authentication mechanism, as
 * the login form does (a new session id, the person's groups read anew on every request). A sign-in that fails ends
 * on the login page with the reason the person can act on: unknown to the e-Box, or a level of assurance too low.
 */
@WebServlet({ProviderSignInServlet.LOGIN, ProviderSignInServlet.CALLBACK})
public class ProviderSignInServlet extends HttpServlet {

    static final String LOGIN = "/oidc/login";
    static final String CALLBACK = "/oidc/callback";
    /** The session attribute that holds the ID token of the sign-in, for the logout at the provider. */
    static final String ID_TOKEN = ProviderSignInServlet.class.getName() + ".idToken";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProviderSignInServlet.class.getName());
    private static final String PENDING = ProviderSignInServlet.class.getName() + ".pending";

    @Inject
    transient IdentityProvider provider;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!provider.isConfigured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (LOGIN.equals(request.getServletPath())) {
                IdentityProvider.Redirect redirect = provider.authenticationRequest(language.getCode());
                request.getSession(true).setAttribute(PENDING, redirect.pending());
                response.sendRedirect(redirect.to().toString());
            } else {
                callback(request, response);
            }
        } catch (Refused refused) {
            LOG.warning(() -> "Sign-in through the identity provider refused: " + refused.getMessage()
                    + (refused.getCause() == null ? "" : " (" + refused.getCause() + ")"));
            toLoginPage(
                    request, response, refused.reason() == Refused.Reason.LEVEL_OF_ASSURANCE ? "assurance" : "failed");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException, Refused {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // one answer per sign-in: a replayed answer finds nothing pending
        }
        String query = request.getQueryString();
        SignedIn signedIn =
                provider.complete(URI.create(request.getRequestURL() + (query == null ? "" : "?" + query)), pending);
        ProviderCredential credential = new ProviderCredential(signedIn.account());
        AuthenticationStatus status = securityContext.authenticate(
                request, response, withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            toLoginPage(request, response, credential.known() ? "failed" : "unknown");
            return;
        }
        HttpSession signedInSession = request.getSession();
        signedInSession.setAttribute(ID_TOKEN, signedIn.idToken());
        ProviderSessions.opened(signedIn.sessionId(), signedInSession);
        // A fresh request after login: on the first one Payara may not see the roles yet (Payara issue 4734).
        Object requested = signedInSession.getAttribute(EboxAuthenticationMechanism.SESSION_REQUESTED_PAGE);
        signedInSession.removeAttribute(EboxAuthenticationMechanism.SESSION_REQUESTED_PAGE);
        response.sendRedirect(request.getContextPath()
                + (requested instanceof String page && page.startsWith("/app/") ? page : LoginBacking.HOME));
    }

    private void toLoginPage(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.sendRedirect(request.getContextPath() + "/login.xhtml?provider=" + why);
    }
}
