package org.ebox.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PersonSignInTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00+01:00");

    private final Person person = new Person("p", "hash", "Pat", "Doe", "p@example.be", "fr");

    @Test
    void theFifthFailureInARowLocksUntilTheGivenTimeAndStartsCountingAnew() {
        for (int failure = 1; failure < 5; failure++) {
            person.failedSignInStep(5, NOW.plusMinutes(15));
            assertFalse(person.isLockedAt(NOW), "after " + failure);
        }
        person.failedSignInStep(5, NOW.plusMinutes(15));
        assertTrue(person.isLockedAt(NOW));
        assertTrue(person.isLockedAt(NOW.plusMinutes(14)));
        assertFalse(person.isLockedAt(NOW.plusMinutes(15)), "the lockout ends");
        assertEquals(0, person.getFailedLogins());
    }

    @Test
    void aCompleteLoginForgetsEarlierFailures() {
        person.failedSignInStep(5, NOW.plusMinutes(15));
        person.failedSignInStep(5, NOW.plusMinutes(15));
        person.signedIn();
        assertEquals(0, person.getFailedLogins());
        for (int failure = 1; failure < 5; failure++) {
            person.failedSignInStep(5, NOW.plusMinutes(15));
        }
        assertFalse(person.isLockedAt(NOW), "four failures after the login: not yet");
    }

    @Test
    void anAppCodesTimeStepServesOnceAndNeverAnEarlierOne() {
        person.enrolAuthenticatorApp("SECRET");
        assertTrue(person.useTotpStep(100));
        assertFalse(person.useTotpStep(100), "replay");
        assertFalse(person.useTotpStep(99), "an older code");
        assertTrue(person.useTotpStep(101));
    }

    @Test
    void aDenialOfTheAccessInformationIsNoConfirmation() {
        assertFalse(person.hasConfirmedAccessInformation());
        person.answerAccessInformation(false, NOW);
        assertFalse(person.hasConfirmedAccessInformation());
        assertEquals("DENIED", person.getAccessInfoAnswer());
        person.answerAccessInformation(true, NOW.plusDays(1));
        assertTrue(person.hasConfirmedAccessInformation());
        assertEquals(NOW.plusDays(1), person.getAccessInfoAnsweredAt());
    }
}
