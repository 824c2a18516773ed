package org.ebox.web.i18n;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.platform.security.Roles;

/**
 * The language switch is a set of plain links (?lang=fr): they work without JavaScript, from the keyboard, and can be
 * bookmarked. This filter applies the choice before the page renders.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageParameter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @EJB
    PersonDirectory persons;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only links carry the choice: a form's body is left for Faces to read.
        String code = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (code != null && Language.SUPPORTED.contains(code)) {
            language.choose(code);
            // Remembered per person: the next login, and the person's mails, use it too.
            if (request.isUserInRole(Roles.PERSON)) {
                persons.preferLanguage(code);
            }
        }
        chain.doFilter(request, response);
    }
}
