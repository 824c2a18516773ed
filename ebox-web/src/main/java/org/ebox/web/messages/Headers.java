package org.ebox.web.messages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.ebox.platform.ContentStore;
import org.ebox.platform.FileNames;
import org.ebox.platform.StoredContent;

/** The headers of every file the pages hand out. */
final class Headers {

    private Headers() {}

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
            response.setHeader(
                    "Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'none'");
        }
        response.setHeader("Cache-Control", "private, no-store");
    }

    /**
     * Streams one stored file, to view ({@code download} false: a PDF may then be shown inside our own pages, the
     * message's detail) or to save, with its digest so that a client can check what it received.
     */
    static void sendFile(
            HttpServletResponse response,
            ContentStore store,
            StoredContent content,
            String mediaType,
            String fileName,
            boolean download)
            throws IOException {
        forFile(response, mediaType, content.sizeInBytes());
        if (!download && "application/pdf".equals(mediaType)) {
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("Content-Disposition", FileNames.contentDisposition(download, fileName));
        response.setHeader("Digest", "sha-256=" + content.digestBase64());
        try (InputStream in = store.open(content);
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
