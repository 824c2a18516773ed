package org.ebox.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DesignationsTest {

    @Test
    void someoneNewsAddressBecomesTheirLoginSoItIsNoLongerThanALogin() {
        String longest = "a".repeat(89) + "@example.be";
        assertEquals(100, longest.length());
        assertEquals(longest, Designations.loginAddress(" " + longest + " "));
        AccessRefused refused = assertThrows(AccessRefused.class, () -> Designations.loginAddress("a" + longest));
        assertEquals(AccessRefused.Reason.INVALID_EMAIL, refused.reason());
    }

    @Test
    void namesAreRequiredAndAtMostAHundredCharacters() {
        assertEquals("Chloé", Designations.name("  Chloé "));
        for (String wrong : new String[] {null, "", "   ", "x".repeat(101)}) {
            AccessRefused refused = assertThrows(AccessRefused.class, () -> Designations.name(wrong));
            assertEquals(AccessRefused.Reason.NAMES_MISSING, refused.reason());
        }
    }

    @Test
    void theLanguageOfAnInvitationIsOneOfTheServicesElseEnglish() {
        assertEquals("nl", Designations.language("nl"));
        assertEquals("en", Designations.language("es"));
        assertEquals("en", Designations.language(null));
    }
}
