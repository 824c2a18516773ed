package org.ebox.web.rest.operations;

import org.ebox.common.entity.TranslatedText;

/** A name in the four languages of the service, as the operators' API writes it. */
public record FourLanguages(String nl, String fr, String de, String en) {

    static FourLanguages of(TranslatedText text) {
        return new FourLanguages(text.getNl(), text.getFr(), text.getDe(), text.getEn());
    }

    /** The names given; none at all is a name missing in every language, which the rules refuse. */
    static TranslatedText text(FourLanguages names) {
        return names == null
                ? TranslatedText.of(null, null, null, null)
                : TranslatedText.of(names.nl, names.fr, names.de, names.en);
    }
}
