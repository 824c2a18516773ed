package org.ebox.message.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * The media types an attachment may have (the contract's list), and whether a file's content is what its sender
 * declares, recognised by Apache Tika from the bytes themselves. A PDF must start like a PDF; an Office file must be
 * the container its format uses; a text file must be text.
 */
public final class AttachmentMediaTypes {

    public static final List<String> ALLOWED = List.of(
            "application/pdf", "application/zip", "text/csv", "text/html", "text/plain", "text/xml",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.graphics",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final Set<String> ZIP_CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.graphics",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Set<String> OLE2_CONTAINERS = Set.of("application/x-tika-msoffice", "application/msword",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static final Set<String> TEXT = Set.of("text/plain", "text/html", "text/csv", "text/xml",
            "application/xml");

    /** What family of content each declared type must have. */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("application/pdf", Set.of("application/pdf")),
            Map.entry("application/zip", ZIP_CONTAINERS),
            Map.entry("application/vnd.oasis.opendocument.text", ZIP_CONTAINERS),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", ZIP_CONTAINERS),
            Map.entry("application/vnd.oasis.opendocument.presentation", ZIP_CONTAINERS),
            Map.entry("application/vnd.oasis.opendocument.graphics", ZIP_CONTAINERS),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP_CONTAINERS),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP_CONTAINERS),
            Map.entry("application/vnd.ms-excel", OLE2_CONTAINERS),
            Map.entry("application/vnd.ms-powerpoint", OLE2_CONTAINERS),
            Map.entry("application/msword", OLE2_CONTAINERS),
            Map.entry("text/csv", TEXT),
            Map.entry("text/html", TEXT),
            Map.entry("text/plain", TEXT),
            Map.entry("text/xml", TEXT));

    private static final Tika TIKA = new Tika();
    static final int HEAD_BYTES = 8 * 1024;

    private AttachmentMediaTypes() {
    }

    public static boolean isAllowed(String mediaType) {
        return ALLOWED.contains(mediaType);
    }

    /**
     * The type Tika recognises from the first {@value #HEAD_BYTES} bytes of the content. Every allowed type shows
     * itself there (PDF, ZIP and OLE2 signatures at the start, text in its first bytes); Tika would otherwise read and
     * match its rules against 64 KB, which the bench found to be half the CPU time of a publication.
     */
    public static String detect(InputStream content) throws IOException {
        return TIKA.detect(content.readNBytes(HEAD_BYTES));
    }

    public static boolean contentMatches(String declared, String detected) {
        return EXPECTED.getOrDefault(declared, Set.of()).contains(detected);
    }
}
