package org.ebox.web.messages;

import java.text.NumberFormat;
import java.util.Locale;

/** Sizes of files as people read them, in the page's language: 12.3 KB, 1.2 MB. */
final class FileSizes {

    private FileSizes() {}

    static String readable(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024
                ? format.format(bytes / 1024.0) + " KB"
                : format.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
