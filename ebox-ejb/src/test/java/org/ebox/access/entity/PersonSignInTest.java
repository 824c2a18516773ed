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
