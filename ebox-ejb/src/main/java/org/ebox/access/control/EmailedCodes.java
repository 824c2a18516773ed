package org.ebox.access.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.ebox.common.control.Sha256;

/**
 * The codes mailed for the second step of a login: six random digits, kept only as a salted SHA-256 digest and
 * compared with {@link MessageDigest#isEqual}, in a time that does not depend on how much of the code was right.
 * Not the container's password hash: a six-digit code has too few values for a slow hash to protect it once the table
 * is read, it lives ten minutes and takes three attempts; what matters is that the comparison is ours and in
 * constant time, and that a wrong code costs the server no PBKDF2 work.
 */
public final class EmailedCodes {

    private static final String SCHEME = "sha256";
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmailedCodes() {}

    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** What is stored for a code: {@code sha256:<salt>:<digest>}, both in Base64. */
    public static String digestOf(String code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(digest(salt, code));
    }

    /** Whether the code typed is the one whose digest was stored; anything but six digits never is. */
    public static boolean matches(String typed, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (typed == null || !typed.matches("\\d{6}") || parts.length != 3 || !parts[0].equals(SCHEME)) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return MessageDigest.isEqual(base64.decode(parts[2]), digest(base64.decode(parts[1]), typed));
    }

    private static byte[] digest(byte[] salt, String code) {
        MessageDigest sha256 = Sha256.digest();
        sha256.update(salt);
        return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
    }
}
