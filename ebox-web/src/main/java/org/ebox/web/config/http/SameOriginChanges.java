package org.ebox.web.config.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The second layer against cross-site request forgery, beside the Faces ViewState (OWASP's "verifying origin with
 * standard headers"): a browser's change (POST, PUT, PATCH, DELETE) whose Origin, else Referer, names another site is
 * refused with 403 before any page or servlet sees it. A request with neither header is let through to the
 * ViewState check, as the few clients that send neither are no browsers acting for a person. The API is not
 * concerned: it takes bearer tokens only, never the browser's cookie. The e-Box's own origin is the request's, or the
 * public address it is published under behind a proxy ({@code ebox.public-url}).
 */
public class SameOriginChanges extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    @ConfigProperty(name = "ebox.public-url")
    Optional<String> publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CHANGES.contains(request.getMethod())
                && !RequestPaths.isApi(RequestPaths.of(request))
                && !fromOwnOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromOwnOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return true;
            }
            origin = originOf(referer);
        }
        String claimed = normalised(origin);
        return claimed != null
                && (claimed.equals(ownOrigin(request))
                        || publicUrl
                                .map(SameOriginChanges::originOf)
                                .map(SameOriginChanges::normalised)
                                .filter(claimed::equals)
                                .isPresent());
    }

    private static String ownOrigin(HttpServletRequest request) {
        return normalised(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host:port of an address, or null when it has none ("null" origins, opaque or broken addresses). */
    static String originOf(String address) {
        try {
            URI uri = URI.create(address.trim());
            return uri.getScheme() == null || uri.getHost() == null
                    ? null
                    : uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The origin with its default port written out and in lower case, so that equal origins compare equal. */
    static String normalised(String origin) {
        if (origin == null) {
            return null;
        }
        try {
            URI uri = URI.create(origin.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
