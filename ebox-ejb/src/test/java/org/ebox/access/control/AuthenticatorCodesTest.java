package org.ebox.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AuthenticatorCodesTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfRfc6238sTestVectorsCutToSixDigits() {
        assertEquals("287082", AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("050471", AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111111)));
        assertEquals("005924", AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void codeOfTheStepBeforeOrAfterNowIsAcceptedButNotOneFurther() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = 1234567890L / 30;
        assertEquals(OptionalLong.of(step), AuthenticatorCodes.matchingStep(RFC_SECRET, "005924", now));
        String previous = AuthenticatorCodes.codeAt(RFC_SECRET, now.minusSeconds(30));
        String next = AuthenticatorCodes.codeAt(RFC_SECRET, now.plusSeconds(30));
        String twoAhead = AuthenticatorCodes.codeAt(RFC_SECRET, now.plusSeconds(60));
        assertEquals(OptionalLong.of(step - 1), AuthenticatorCodes.matchingStep(RFC_SECRET, previous, now));
        assertEquals(OptionalLong.of(step + 1), AuthenticatorCodes.matchingStep(RFC_SECRET, next, now));
        assertTrue(AuthenticatorCodes.matchingStep(RFC_SECRET, twoAhead, now).isEmpty());
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(1234567890);
        for (String notACode : new String[] {null, "", "05924", "0059245", "00592a", " 005924"}) {
            assertTrue(
                    AuthenticatorCodes.matchingStep(RFC_SECRET, notACode, now).isEmpty(), "" + notACode);
        }
    }

    @Test
    void codesAreTheSameOnlyWhenEveryCharacterIs() {
        assertTrue(AuthenticatorCodes.sameCode("005924", "005924"));
        for (String other : new String[] {"105924", "005925", "00592", "0059240", "", null}) {
            assertFalse(AuthenticatorCodes.sameCode("005924", other), "" + other);
        }
        assertFalse(AuthenticatorCodes.sameCode(null, "005924"));
    }

    @Test
    void newSecretsAreRandomBase32OfOneHundredSixtyBits() {
        String one = AuthenticatorCodes.newSecret();
        String two = AuthenticatorCodes.newSecret();
        assertTrue(one.matches("[A-Z2-7]{32}"), one);
        assertTrue(!one.equals(two));
        assertEquals(6, AuthenticatorCodes.codeAt(one, Instant.now()).length());
    }

    @Test
    void enrolmentUriCarriesIssuerAccountAndSecret() {
        assertEquals(
                "otpauth://totp/e-Box%20Enterprise:la.zinneke?secret=" + RFC_SECRET
                        + "&issuer=e-Box%20Enterprise&algorithm=SHA1&digits=6&period=30",
                AuthenticatorCodes.enrolmentUri("e-Box Enterprise", "la.zinneke", RFC_SECRET));
    }
}
