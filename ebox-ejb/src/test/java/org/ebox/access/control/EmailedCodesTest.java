package org.ebox.access.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailedCodesTest {

    @Test
    void aStoredCodeMatchesItselfAndNoOtherCode() {
        String stored = EmailedCodes.digestOf("042917");
        assertTrue(EmailedCodes.matches("042917", stored));
        for (String other : new String[] {"042918", "142917", "04291", "0429170", "04291a", "", null}) {
            assertFalse(EmailedCodes.matches(other, stored), "" + other);
        }
    }

    @Test
    void theCodeItselfIsNeverStoredAndTheSameCodeIsStoredDifferentlyEachTime() {
        String once = EmailedCodes.digestOf("042917");
        String again = EmailedCodes.digestOf("042917");
        assertFalse(once.contains("042917"));
        assertNotEquals(once, again, "a salt of its own");
        assertTrue(EmailedCodes.matches("042917", again));
    }

    @Test
    void aStoredValueOfAnotherFormMatchesNothing() {
        assertFalse(EmailedCodes.matches("042917", null));
        assertFalse(EmailedCodes.matches("042917", "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA=="));
        assertFalse(EmailedCodes.matches("042917", "sha256:only-two-parts"));
    }

    @Test
    void newCodesAreSixDigits() {
        for (int i = 0; i < 100; i++) {
            assertTrue(EmailedCodes.newCode().matches("\\d{6}"));
        }
    }
}
