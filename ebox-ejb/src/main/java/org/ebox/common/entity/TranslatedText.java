package org.ebox.common.entity;

import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A text given in the service's languages, as the contract's TranslatedString (nl, fr, de) plus English.
 * Institutions may leave languages out; {@link #in(Locale)} falls back so a reader never sees an empty label.
 */
@Embeddable
public class TranslatedText {

    private String nl;
    private String fr;
    private String de;
    private String en;

    protected TranslatedText() {}

    public TranslatedText(String nl, String fr, String de, String en) {
        this.nl = nl;
        this.fr = fr;
        this.de = de;
        this.en = en;
    }

    public static TranslatedText of(String nl, String fr, String de, String en) {
        return new TranslatedText(nl, fr, de, en);
    }

    /** The text in the reader's language, else in English, French, Dutch or German, the first one present. */
    public String in(Locale locale) {
        String wanted = switch (locale == null ? "en" : locale.getLanguage()) {
            case "nl" -> nl;
            case "fr" -> fr;
            case "de" -> de;
            default -> en;
        };
        if (present(wanted)) {
            return wanted;
        }
        return Stream.of(en, fr, nl, de)
                .filter(TranslatedText::present)
                .findFirst()
                .orElse("");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public String getNl() {
        return nl;
    }

    public String getFr() {
        return fr;
    }

    public String getDe() {
        return de;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranslatedText that
                && Objects.equals(nl, that.nl)
                && Objects.equals(fr, that.fr)
                && Objects.equals(de, that.de)
                && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nl, fr, de, en);
    }
}
