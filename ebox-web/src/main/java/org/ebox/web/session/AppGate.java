package org.ebox.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ebox.access.boundary.PersonDirectory.EnterpriseRole;
import org.ebox.platform.security.Roles;
import org.ebox.web.config.http.RequestPaths;

/**
 * The gate of every logged-in page, on the server. First, pages the person may not see for the enterprise acted for
 * answer 404, as if they did not exist (the container roles come from that enterprise). The boundaries behind the pages
 * check the same roles again, so a page this gate let through by mistake still cannot read or change. Then, the steps
 * of a first login come before any other page, in the guide's order: the access-information screen, the choice of
 * enterprise for a person with several, and the 'go fully digital' screen for an administrator of an enterprise that
 * has not consented.
 */
@WebFilter(urlPatterns = "/app/*")
public class AppGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String WELCOME = "/app/welcome/";
    public static final String ACCESS_INFORMATION = WELCOME + "access-information.xhtml";
    public static final String CHOOSE_ENTERPRISE = WELCOME + "enterprise.xhtml";
    public static final String FULLY_DIGITAL = WELCOME + "fully-digital.xhtml";

    /** Where the person goes once the steps are done: the page first asked for. */
    public static final String SESSION_AFTER_WELCOME = AppGate.class.getName() + ".after";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The path the container mapped, not the raw URI: %-escapes, "//", "/./", "/../" and ";x" all lead to it.
        String page = RequestPaths.of(request);
        if (!currentUser.isKnown()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> step = pendingStep();
        if (step.isPresent() && !page.equals(step.get())) {
            if (!page.startsWith(WELCOME) && "GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(SESSION_AFTER_WELCOME, page + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(request.getContextPath() + step.get());
            return;
        }
        if (!mayOpen(request, page) || (page.startsWith(WELCOME) && step.isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Pages kept for some roles of the enterprise acted for. */
    static boolean mayOpen(HttpServletRequest request, String page) {
        if (page.startsWith("/app/access/")) {
            return request.isUserInRole(Roles.ACCESS_MANAGER);
        }
        if (page.equals(FULLY_DIGITAL)) {
            return request.isUserInRole(Roles.ENTERPRISE_ADMINISTRATOR);
        }
        if (page.startsWith("/app/operations/")) {
            return request.isUserInRole(Roles.PLATFORM_OPERATOR);
        }
        if (page.startsWith("/app/management") || page.startsWith("/app/messages/")) {
            return request.isUserInRole(Roles.EBOX_READER);
        }
        return true;
    }

    /** The first step of a first login still to be taken, if any. */
    private Optional<String> pendingStep() {
        if (!currentUser.isAccessInformationConfirmed()) {
            return Optional.of(ACCESS_INFORMATION);
        }
        if (currentUser.isEnterpriseChoicePending()) {
            return Optional.of(CHOOSE_ENTERPRISE);
        }
        Optional<EnterpriseRole> current = currentUser.getCurrent();
        if (current.isPresent()
                && !current.get().enterprise().isFullyDigital()
                && currentUser.isAdministrator()
                && !currentUser.hasPassedFullyDigital(
                        current.get().enterprise().getEnterpriseNumber().value())) {
            return Optional.of(FULLY_DIGITAL);
        }
        return Optional.empty();
    }
}
