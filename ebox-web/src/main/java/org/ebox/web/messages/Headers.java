package org.ebox.web.messages;

import jakarta.servlet.http.HttpServletResponse;

/** The headers of every file the pages hand out. */
final class Headers {

    private Headers() {
    }

    /**
     * The declared type, never guessed by the browser (publication checked it against the content); every type but
     * PDF in a sandbox without scripts, so that a file that is a page cannot run as one of ours (Chromium's PDF
     * viewer refuses to work in a sandbox, and a PDF is no page); private, as it is one enterprise's.
     */
    static void forFile(HttpServletResponse response, String mediaType, long length) {
        response.setContentType(mediaType);
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!"application/pdf".equals(mediaType)) {
            response.setHeader("Content-Security-Policy",
                    "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'none'");
        }
        response.setHeader("Cache-Control", "private, no-store");
    }
}
