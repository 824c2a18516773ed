package org.ebox.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** File names that institutions chose, made safe for a download header and for a ZIP opened on any system. */
public final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /**
     * The Content-Disposition value (RFC 6266): an ASCII name for old clients and the exact name, UTF-8 encoded
     * (RFC 8187), for the others.
     */
    public static String contentDisposition(boolean asAttachment, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        return (asAttachment ? "attachment" : "inline") + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A name that Windows, macOS and Linux all accept: no path, no reserved characters or device names, no control
     * characters, no trailing dot or space, at most 120 characters (the extension kept).
     */
    public static String safe(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
                .replaceAll("[. ]+$", "")
                .strip();
        if (name.isEmpty() || name.matches("\\.+")) {
            name = "document";
        }
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (base.toUpperCase().matches("CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]")) {
            name = "_" + name;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /** The name with accents taken off and anything else outside printable ASCII replaced. */
    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    }
}
