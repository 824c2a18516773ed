package org.ebox.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.ebox.web.config.auth.IdentityProvider;
import org.ebox.web.i18n.Language;

/**
 * Ends the login and the session, and says where to go next: a page in the language the person was using, which
 * the link carries since the session that held it is gone (logout from any page, the denied access information).
 * A person who signed in through the identity provider goes by the provider's logout endpoint first, which ends the
 * provider's session too (RP-initiated logout) and sends the browser back to that page.
 */
@ApplicationScoped
public class SessionEnd {

    @Inject
    IdentityProvider provider;

    /** The address to redirect to; {@code query} without '?', or null. */
    public String endThenGoTo(HttpServletRequest request, Language language, String page, String query)
            throws ServletException {
        String code = language.getCode();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(ProviderSignInServlet.ID_TOKEN);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        String pageAndQuery = page + Language.withLanguage(query, code);
        if (idToken instanceof String token) {
            return provider.logoutRequest(token, pageAndQuery)
                    .map(Object::toString)
                    .orElse(request.getContextPath() + pageAndQuery);
        }
        return request.getContextPath() + pageAndQuery;
    }
}
