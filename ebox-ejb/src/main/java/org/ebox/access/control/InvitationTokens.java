package org.ebox.access.control;

import java.security.SecureRandom;
import java.util.Base64;
import org.ebox.common.control.Sha256;

/**
 * The token of an invitation's link: 256 random bits, in the URL-safe Base64 alphabet. Only its SHA-256 digest is
 * stored, which finds the invitation again; with so many bits no salt or slow hash is needed, since nobody can try
 * the tokens one by one.
 */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private InvitationTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The digest stored for a token; anything that is not a token of this shape has none worth looking up. */
    public static String digestOf(String token) {
        return Sha256.hex(token == null ? "" : token.strip());
    }

    /** Whether the text has a token's shape at all (43 characters of the URL-safe alphabet). */
    public static boolean looksLikeToken(String token) {
        return token != null && token.strip().matches("[A-Za-z0-9_-]{43}");
    }
}
