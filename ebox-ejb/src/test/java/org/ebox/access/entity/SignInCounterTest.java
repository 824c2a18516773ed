package org.ebox.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ebox.access.entity.SignInCounter.Scope;
import org.junit.jupiter.api.Test;

class SignInCounterTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00+01:00");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final SignInCounter counter = new SignInCounter("key", Scope.LOGIN_FROM_ADDRESS, NOW, WINDOW);

    @Test
    void theLimitReachedBlocksForTheGivenTimeAndStartsCountingAnew() {
        for (int failure = 1; failure < 5; failure++) {
            counter.countFailure(NOW.plusSeconds(failure), WINDOW, 5, WINDOW);
            assertTrue(counter.blockedAt(NOW.plusSeconds(failure)).isEmpty(), "after " + failure);
        }
        counter.countFailure(NOW.plusSeconds(5), WINDOW, 5, WINDOW);
        assertEquals(Optional.of(NOW.plusSeconds(5).plus(WINDOW)), counter.blockedAt(NOW.plusSeconds(5)));
        assertTrue(counter.blockedAt(NOW.plusMinutes(15)).isPresent());
        assertTrue(counter.blockedAt(NOW.plusSeconds(5).plus(WINDOW)).isEmpty(), "the block ends");
        assertEquals(0, counter.failuresAt(NOW.plusSeconds(6), WINDOW));
    }

    @Test
    void failuresOfAWindowThatEndedAreForgotten() {
        counter.countFailure(NOW, WINDOW, 5, WINDOW);
        counter.countFailure(NOW.plusMinutes(1), WINDOW, 5, WINDOW);
        assertEquals(2, counter.failuresAt(NOW.plusMinutes(14), WINDOW));
        assertEquals(0, counter.failuresAt(NOW.plusMinutes(15), WINDOW), "the window runs from its first failure");
        for (int failure = 0; failure < 4; failure++) {
            counter.countFailure(NOW.plusMinutes(15), WINDOW, 5, WINDOW);
        }
        assertTrue(counter.blockedAt(NOW.plusMinutes(15)).isEmpty(), "four failures in the new window: not yet");
        assertEquals(4, counter.failuresAt(NOW.plusMinutes(15), WINDOW));
    }

    @Test
    void withoutALimitFailuresAreCountedButNeverBlock() {
        for (int failure = 0; failure < 50; failure++) {
            counter.countFailure(NOW.plusSeconds(failure), WINDOW, 0, WINDOW);
        }
        assertTrue(counter.blockedAt(NOW.plusSeconds(50)).isEmpty());
        assertEquals(50, counter.failuresAt(NOW.plusSeconds(50), WINDOW));
        assertEquals(NOW.plusSeconds(49), counter.getLastFailureAt());
    }

    @Test
    void aCompleteLoginForgivesTheFailuresAndIsRemembered() {
        counter.countFailure(NOW, WINDOW, 5, WINDOW);
        counter.countFailure(NOW, WINDOW, 5, WINDOW);
        assertFalse(counter.signedInSince(NOW.minusDays(30)));
        counter.signedIn(NOW.plusMinutes(1), Duration.ofDays(30));
        assertEquals(0, counter.failuresAt(NOW.plusMinutes(1), WINDOW));
        assertTrue(counter.signedInSince(NOW));
        assertFalse(counter.signedInSince(NOW.plusMinutes(1)));
        for (int failure = 0; failure < 4; failure++) {
            counter.countFailure(NOW.plusMinutes(2), WINDOW, 5, WINDOW);
        }
        assertTrue(counter.blockedAt(NOW.plusMinutes(2)).isEmpty(), "four failures after the login: not yet");
    }

    @Test
    void aCounterIsKeptAsLongAsAnythingInItCountsAndNoLonger() {
        assertEquals(NOW.plus(WINDOW), counter.getExpiresAt(), "a new counter: its window");
        counter.countFailure(NOW.plusMinutes(10), WINDOW, 5, WINDOW);
        assertEquals(NOW.plus(WINDOW), counter.getExpiresAt(), "the window runs from when the counter began");
        for (int failure = 0; failure < 4; failure++) {
            counter.countFailure(NOW.plusMinutes(11), WINDOW, 5, WINDOW);
        }
        assertEquals(NOW.plusMinutes(11).plus(WINDOW), counter.getExpiresAt(), "until the block ends");
        counter.signedIn(NOW.plusMinutes(30), Duration.ofDays(30));
        assertEquals(NOW.plusMinutes(30).plusDays(30), counter.getExpiresAt(), "the known address is remembered");
    }
}
