package org.ebox.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The language switch keeps what the page was showing: only its language changes. */
class LanguageTest {

    @Test
    void theSwitchKeepsEveryParameterOfThePageButTheLanguage() {
        assertEquals("?id=m-42&lang=fr", Language.withLanguage("id=m-42", "fr"));
        assertEquals(
                "?folder=masked&q=tax%20return&lang=nl",
                Language.withLanguage("folder=masked&lang=en&q=tax%20return", "nl"));
        assertEquals("?lang=de", Language.withLanguage(null, "de"));
        assertEquals("?lang=de", Language.withLanguage("lang=fr", "de"));
    }

    @Test
    void aParameterThatOnlyStartsLikeTheLanguageIsKept() {
        assertEquals("?language=x&lang=en", Language.withLanguage("language=x&lang=fr&", "en"));
    }

    @Test
    void anUnknownLanguageBecomesEnglish() {
        assertEquals("?id=1&lang=en", Language.withLanguage("id=1", "xx"));
    }
}
