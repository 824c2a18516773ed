package org.ebox.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    @Test
    void aTokenHas256RandomBitsInTheUrlSafeAlphabet() {
        String token = InvitationTokens.newToken();
        assertTrue(InvitationTokens.looksLikeToken(token), token);
        assertNotEquals(token, InvitationTokens.newToken());
    }

    @Test
    void theStoredDigestFindsTheTokenAgainButIsNotTheToken() {
        String token = InvitationTokens.newToken();
        assertEquals(InvitationTokens.digestOf(token), InvitationTokens.digestOf(token));
        assertEquals(64, InvitationTokens.digestOf(token).length());
        assertFalse(InvitationTokens.digestOf(token).contains(token));
    }

    @Test
    void textsOfAnotherShapeAreNoTokens() {
        assertFalse(InvitationTokens.looksLikeToken(null));
        assertFalse(InvitationTokens.looksLikeToken("short"));
        assertFalse(InvitationTokens.looksLikeToken("a".repeat(42) + "/"));
        assertFalse(InvitationTokens.looksLikeToken("a".repeat(44)));
    }
}
