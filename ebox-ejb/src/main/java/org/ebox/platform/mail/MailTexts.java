package org.ebox.platform.mail;

import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the service's mails in one of its languages (English when the language is not one of them). */
public final class MailTexts {

    private MailTexts() {}

    public static ResourceBundle in(String language) {
        // No fallback to the server's own locale: an English reader gets English on a French server.
        return ResourceBundle.getBundle(
                "org.ebox.platform.mail.mails",
                Locale.forLanguageTag(language == null ? "en" : language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
