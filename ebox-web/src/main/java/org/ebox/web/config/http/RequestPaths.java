package org.ebox.web.config.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request as the container mapped it (servlet path plus path info: decoded, with dot segments and
 * doubled slashes resolved, without ';' parameters), which is what decides the page or servlet that answers. Rules
 * are decided on this path, never on the raw request URI, which an attacker may spell in many ways.
 */
public final class RequestPaths {

    private RequestPaths() {}

    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? servletPath : servletPath + pathInfo;
    }

    /** A request for a page's scripts, styles or images, which carry no personal data. */
    public static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    public static boolean isApi(String path) {
        return path.startsWith("/REST/");
    }

    /** A Faces page (the Faces Servlet is mapped to *.xhtml). */
    public static boolean isPage(String path) {
        return path.endsWith(".xhtml") && !isStaticResource(path);
    }
}
