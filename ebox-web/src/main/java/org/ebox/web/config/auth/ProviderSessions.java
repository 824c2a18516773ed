package org.ebox.web.config.auth;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Which session of the identity provider ({@code sid}) an e-Box session was signed in through, kept in the session
 * itself so that it moves with it to any node; the provider's back-channel logout ends it on every node through
 * {@link org.ebox.access.boundary.EndedProviderSessions}.
 */
public final class ProviderSessions {

    private static final String PROVIDER_SESSION = ProviderSessions.class.getName() + ".sid";

    private ProviderSessions() {}

    public static void opened(String providerSession, HttpSession session) {
        if (providerSession != null) {
            session.setAttribute(PROVIDER_SESSION, providerSession);
        }
    }

    /** The provider's session this e-Box session came from; empty for a sign-in with a password. */
    public static Optional<String> of(HttpSession session) {
        return session.getAttribute(PROVIDER_SESSION) instanceof String providerSession
                ? Optional.of(providerSession)
                : Optional.empty();
    }
}
