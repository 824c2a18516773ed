package org.ebox.web.config.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are Faces pages; shown for a failed POST, Faces would take the failed form's fields (its ViewState
 * among them) for a postback of the error page itself, fail to restore it, and leave the server's own report. So the
 * error pages see every request as a fresh GET without parameters: this filter on the ERROR dispatch of the error
 * pages, and FailureAnswers' own forward to the start-again page through the same wrapper.
 */
public class FreshErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new AsFreshGet(request), response);
    }

    /** The request as a GET with no form or query parameters. */
    static final class AsFreshGet extends HttpServletRequestWrapper {

        AsFreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
