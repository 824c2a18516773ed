package org.ebox.web.auth;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The e-Box sessions opened by a sign-in through the identity provider, by the provider's session id ({@code sid}),
 * so that the provider's back-channel logout ends the e-Box session too. Kept in this node's memory, as its sessions
 * are; on several nodes, each node ends the sessions it holds ([cluster] moves sessions into the data grid).
 */
@WebListener
public class ProviderSessions implements HttpSessionListener {

    /** The session attribute that holds the provider's session id of the sign-in. */
    static final String PROVIDER_SESSION = ProviderSessions.class.getName() + ".sid";

    private static final Map<String, HttpSession> BY_PROVIDER_SESSION = new ConcurrentHashMap<>();

    static void opened(String providerSession, HttpSession session) {
        if (providerSession != null) {
            session.setAttribute(PROVIDER_SESSION, providerSession);
            BY_PROVIDER_SESSION.put(providerSession, session);
        }
    }

    /** Ends the e-Box session of this provider session, if this node holds one; whether it did. */
    static boolean end(String providerSession) {
        HttpSession session = BY_PROVIDER_SESSION.remove(providerSession);
        if (session == null) {
            return false;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
        return true;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object providerSession = event.getSession().getAttribute(PROVIDER_SESSION);
        if (providerSession instanceof String sid) {
            BY_PROVIDER_SESSION.remove(sid, event.getSession());
        }
    }
}
