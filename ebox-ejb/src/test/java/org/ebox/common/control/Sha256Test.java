package org.ebox.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** FIPS 180-2's example: "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void fingerprintIsTheStandardsLowerCaseHex() {
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aDigestFedInPartsEndsAtTheSameFingerprint() {
        MessageDigest digest = Sha256.digest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ABC, Sha256.hex(digest));
    }
}
