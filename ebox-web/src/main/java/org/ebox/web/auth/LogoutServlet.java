package org.ebox.web.auth;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ebox.web.i18n.Language;

/**
 * POST /logout: the logout of the pages without the e-Box's top bar (access information, error pages), whose Faces
 * forms could not post back (an error page's view lives under WEB-INF). A POST, so that no other site's link or
 * image logs a person out; SameOriginChanges refuses one sent from another origin.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionEnd sessionEnd;

    @Inject
    transient Language language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.sendRedirect(sessionEnd.endThenGoTo(request, language, "/login.xhtml", LogoutBacking.LOGGED_OUT));
    }
}
