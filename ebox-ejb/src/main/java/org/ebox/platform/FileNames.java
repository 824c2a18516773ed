package org.ebox.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** File names that institutions chose, made safe for a download header and for a ZIP opened on any system. */
public final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {}

    /**
     * The Content-Disposition value (RFC 6266) of the name made {@link #safe}: an ASCII name for old clients and the
     * exact safe name, UTF-8 encoded (RFC 8187), for the others.
     */
    public static String contentDisposition(boolean asAttachment, String fileName) {
        // Made safe here, not by each caller: a name from an institution may hold CR/LF, quotes or a path.
        String name = safe(fileName);
        return (asAttachment ? "attachment" : "inline") + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A name that Windows, macOS and Linux all accept: no path, no reserved characters or device names, no control
     * or invisible formatting characters, no trailing dot or space, at most 120 characters (the extension kept).
     */
    public static String safe(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Unicode controls and formatting too: C1 controls, line separators, and bidi overrides that make
        // "invoice" + U+202E + "fdp.exe" look like a PDF; full-width slashes, which Windows' best-fit mapping
        // turns into real ones; lone surrogates, which no encoding can write.
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}<>:\"|?*\\uFF0F\\uFF3C]", "_")
                .strip()
                .replaceAll("[. ]+$", "");
        // Windows reserves these names whatever the extensions after them ("con.tar.gz" too).
        String base = name.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (base.matches("CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[1-9\u00B9\u00B2\u00B3]|LPT[1-9\u00B9\u00B2\u00B3]")) {
            name = "_" + name;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int cut = MAX_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut).replaceAll("[. ]+$", "") + extension;
        }
        if (name.isEmpty() || name.matches("\\.+")) {
            name = "document";
        }
        return name;
    }

    /** The name with accents taken off and anything else outside printable ASCII replaced. */
    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\"", "_")
                .replace("\\", "_");
    }
}
