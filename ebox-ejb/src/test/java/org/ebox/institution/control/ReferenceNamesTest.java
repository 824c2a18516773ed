package org.ebox.institution.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ebox.common.entity.TranslatedText;
import org.ebox.institution.control.OnboardingRefused.Reason;
import org.junit.jupiter.api.Test;

class ReferenceNamesTest {

    @Test
    void namesAreTakenTrimmedInAllFourLanguages() throws Exception {
        TranslatedText names = ReferenceNames.complete(TranslatedText.of(" RSZ ", "ONSS", "LSS", "NSSO\t"), 10);
        assertEquals("RSZ", names.getNl());
        assertEquals("NSSO", names.getEn());
    }

    @Test
    void aNameMissingInOneLanguageIsRefusedNamingTheLanguage() {
        OnboardingRefused refused = assertThrows(
                OnboardingRefused.class,
                () -> ReferenceNames.complete(TranslatedText.of("RSZ", "ONSS", "  ", "NSSO"), 10));
        assertEquals(Reason.NAME_MISSING, refused.reason());
        assertEquals("DE", refused.value());
    }

    @Test
    void aNameLongerThanItsColumnIsRefused() {
        OnboardingRefused refused = assertThrows(
                OnboardingRefused.class,
                () -> ReferenceNames.complete(TranslatedText.of("RSZ", "ONSS", "LSS", "N".repeat(11)), 10));
        assertEquals(Reason.NAME_TOO_LONG, refused.reason());
        assertEquals("EN", refused.value());
    }

    @Test
    void identifiersAreLettersDigitsDotsDashesAndUnderscoresUpToFifty() throws Exception {
        assertEquals("DmfA.attest_2-b", ReferenceNames.identifier(" DmfA.attest_2-b "));
        assertEquals("a".repeat(50), ReferenceNames.identifier("a".repeat(50)));
        for (String bad : new String[] {"", "a b", "a/b", "../x", "-x", "a".repeat(51), "é"}) {
            assertEquals(
                    Reason.IDENTIFIER,
                    assertThrows(OnboardingRefused.class, () -> ReferenceNames.identifier(bad))
                            .reason(),
                    bad);
        }
    }
}
