package org.ebox.web.config.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer carries, set before the page or servlet writes, which may set stricter ones of its own (a
 * file's sandbox). Scripts of pages are governed by PrimeFaces' own policy (primefaces.CSP in web.xml: only scripts
 * of this origin and those with the page's nonce; no inline handler, no eval); this policy adds the rest, and both
 * are enforced together. Everything but the pages' static resources carries personal or company data, so nothing
 * else may be stored by a browser or a proxy: the Back button after logout shows no company's page.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * For pages, beside PrimeFaces' script-src (so no default-src, which would stand for script-src too and refuse
     * the nonces): no plugins, no framing, forms, connections, images and styles of this origin only.
     */
    static final String PAGE_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
            + " connect-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline';"
            + " frame-src 'self'; worker-src 'self'";

    /**
     * A page's forms may lead to the agency's identity provider too, where one is configured: the logout form's answer
     * redirects there (RP-initiated logout), and a browser applies form-action to a form's redirects as well.
     */
    private static final class Provider {
        static final String PAGE_POLICY_WITH_PROVIDER = pagePolicy(ConfigProvider.getConfig()
                .getOptionalValue("ebox.oidc.issuer", String.class)
                .map(SameOriginChanges::originOf)
                .orElse(null));
    }

    /** The page policy, its forms allowed to lead to the identity provider's origin as well, when there is one. */
    static String pagePolicy(String providerOrigin) {
        return providerOrigin == null
                ? PAGE_POLICY
                : PAGE_POLICY.replace("form-action 'self';", "form-action 'self' " + providerOrigin + ";");
    }

    /** For the servlets' files and archives, which may add a sandbox of their own: nothing frames them. */
    static final String FILE_POLICY = "frame-ancestors 'none'";

    /** For the API: nothing runs, nothing frames it. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(),"
            + " magnetometer=(), microphone=(), payment=(), usb=()";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on an answer. Called by the authentication mechanism, which sees every request before any
     * filter (and answers some itself: a refused token, the way to the login page); as a filter, on the ERROR dispatch
     * of error pages, and by FailureAnswers after it resets a response.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = RequestPaths.of(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!RequestPaths.isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            if (RequestPaths.isPage(path)) {
                response.setHeader("Content-Security-Policy", Provider.PAGE_POLICY_WITH_PROVIDER);
            } else if (RequestPaths.isApi(path)) {
                response.setHeader("Content-Security-Policy", DATA_POLICY);
            } else {
                response.setHeader("Content-Security-Policy", FILE_POLICY);
            }
        }
    }
}
