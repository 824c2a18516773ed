package org.ebox.web.config.http;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ebox.platform.security.RoleRefusal;

/**
 * How a failure under a page or servlet is answered, so that no answer shows an exception, a stack or the server's
 * own error report. A boundary that refused the caller's roles answers 404, as a page the role may not see does; a
 * view that expired, or a posted ViewState the server never issued, answers 400 with the page that offers to start
 * again, in the person's language; anything else goes to the generic error page of web.xml (500), and the log.
 */
public class FailureAnswers extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(FailureAnswers.class.getName());

    static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (RoleRefusal.isCauseOf(failure) || causedBy(failure, FileNotFoundException.class)) {
                // A boundary refused the caller's roles, or a page of that name does not exist (a post to one).
                LOG.fine(() -> "Answered 404: " + RequestPaths.of(request) + ": " + failure);
                response.reset();
                SecurityHeaders.apply(request, response);
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (causedBy(failure, ViewExpiredException.class)
                    || causedBy(failure, ProtectedViewException.class)) {
                response.reset();
                SecurityHeaders.apply(request, response);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                request.getRequestDispatcher(EXPIRED_PAGE).forward(new FreshErrorPages.AsFreshGet(request), response);
            } else {
                LOG.log(Level.SEVERE, "Failure answering " + RequestPaths.of(request), failure);
                throw failure;
            }
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
