package org.ebox.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.ebox.platform.ContentStore;
import org.ebox.platform.FileNames;
import org.ebox.platform.StoredContent;

/** Answers with a file of the content store, streamed in small buffers, never read into memory first. */
public final class StoredFiles {

    private StoredFiles() {}

    /** The file inline, with its media type and length. */
    public static Response.ResponseBuilder stream(ContentStore store, StoredContent content, String mediaType) {
        StreamingOutput bytes = out -> {
            try (InputStream in = store.open(content)) {
                in.transferTo(out);
            }
        };
        return Response.ok(bytes, mediaType).header("Content-Length", content.sizeInBytes());
    }

    /**
     * The file to save, under its name made safe by the web's own rule (FileNames): the sender chose it, so it may
     * hold a path, CR/LF or quotes; RFC 6266, UTF-8 encoded so that accents survive.
     */
    public static Response.ResponseBuilder download(
            ContentStore store, StoredContent content, String mediaType, String fileName) {
        return stream(store, content, mediaType)
                .header("Content-Disposition", FileNames.contentDisposition(true, fileName));
    }
}
