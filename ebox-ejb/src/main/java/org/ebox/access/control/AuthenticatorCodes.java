package org.ebox.access.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Codes of an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, the defaults every app uses),
 * computed by java-otp. A code of the step before or after now is accepted too, for clocks a little apart. The code
 * typed is compared with each of the three in constant time and all three are always compared, so that the time of
 * an answer tells nothing about how many digits were right, nor which step matched.
 */
public final class AuthenticatorCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP);

    private AuthenticatorCodes() {}

    /** A new random shared secret, in the Base32 form the apps take. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The code an app shows at this instant. */
    public static String codeAt(String base32Secret, Instant instant) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(base32Secret), instant);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable secret", e);
        }
    }

    /** The time step the code belongs to, if it is the code of the step of now or of a neighbouring one. */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long step = now.getEpochSecond() / STEP.toSeconds();
        OptionalLong matching = OptionalLong.empty();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (sameCode(codeAt(base32Secret, Instant.ofEpochSecond(candidate * STEP.toSeconds())), code)
                    && matching.isEmpty()) {
                matching = OptionalLong.of(candidate);
            }
        }
        return matching;
    }

    /** Two codes compared in a time that depends on their length only, never on where they first differ. */
    public static boolean sameCode(String expected, String typed) {
        return expected != null
                && typed != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8));
    }

    /** The address an app reads from a QR code or a link to enrol this secret. */
    public static String enrolmentUri(String issuer, String account, String base32Secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + base32Secret + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret), GENERATOR.getAlgorithm());
    }
}
