package org.ebox.web.auth;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.ebox.web.i18n.Language;

/**
 * Ends the login and the session, and says where to go next: a page in the language the person was using, which
 * the link carries since the session that held it is gone (logout from any page, the denied access information).
 */
public final class SessionEnd {

    private SessionEnd() {}

    /** The address to redirect to; {@code query} without '?', or null. */
    public static String endThenGoTo(HttpServletRequest request, Language language, String page, String query)
            throws ServletException {
        String code = language.getCode();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return request.getContextPath() + page + Language.withLanguage(query, code);
    }
}
