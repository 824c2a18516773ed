package org.ebox.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ebox.access.control.SignInThrottling.Counters;
import org.ebox.access.control.SignInThrottling.Keys;
import org.ebox.access.entity.SignInCounter;
import org.ebox.access.entity.SignInCounter.Scope;
import org.junit.jupiter.api.Test;

/** The rule with the defaults: 5 failures, 15 minutes, 20 failures per address. */
class SignInThrottlingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00+01:00");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final SignInThrottling throttling = new SignInThrottling(5, LOCKOUT, 20);

    /** The counters as the database would keep them, by key. */
    private final Map<String, SignInCounter> stored = new HashMap<>();

    @Test
    void failuresFromOneAddressDoNotLockThePersonOutFromAnother() {
        for (int failure = 1; failure < 5; failure++) {
            assertEquals(Optional.empty(), wrongPassword("ada", "198.51.100.7", NOW), "after " + failure);
        }
        assertEquals(
                Optional.of(NOW.plus(LOCKOUT)),
                wrongPassword("ada", "198.51.100.7", NOW),
                "the fifth failure blocks ada from that address");
        assertEquals(
                Optional.of(NOW.plus(LOCKOUT)),
                rightPassword("ada", "198.51.100.7", NOW.plusMinutes(14)),
                "even the right password, there");
        assertEquals(
                Optional.empty(),
                rightPassword("ada", "203.0.113.20", NOW.plusSeconds(1)),
                "from her own address she gets in");
        assertEquals(
                Optional.empty(),
                rightPassword("bob", "198.51.100.7", NOW.plusSeconds(1)),
                "and another login from the first address is not blocked by ada's count");
        assertEquals(Optional.empty(), rightPassword("ada", "198.51.100.7", NOW.plus(LOCKOUT)), "the block ends");
    }

    @Test
    void blockedStepsAreNotCountedSoTheBlockDoesNotGrowWithGuessing() {
        for (int failure = 0; failure < 5; failure++) {
            wrongPassword("ada", "198.51.100.7", NOW);
        }
        for (int minute = 1; minute < 15; minute++) {
            assertEquals(Optional.of(NOW.plus(LOCKOUT)), wrongPassword("ada", "198.51.100.7", NOW.plusMinutes(minute)));
        }
        assertEquals(
                Optional.empty(),
                wrongPassword("ada", "198.51.100.7", NOW.plus(LOCKOUT)),
                "after the block, counting starts anew");
    }

    @Test
    void tooManyFailuresFromOneAddressBlockItForEveryLogin() {
        for (int login = 0; login < 5; login++) {
            for (int failure = 0; failure < 4; failure++) {
                Optional<OffsetDateTime> answer = wrongPassword("guess" + login, "198.51.100.7", NOW);
                if (login < 4 || failure < 3) {
                    assertEquals(Optional.empty(), answer, "four failures per login stay under the login's limit");
                } else {
                    assertEquals(Optional.of(NOW.plus(LOCKOUT)), answer, "the twentieth failure of the address");
                }
            }
        }
        assertEquals(
                Optional.of(NOW.plus(LOCKOUT)),
                rightPassword("ada", "198.51.100.7", NOW.plusMinutes(1)),
                "a login that never failed is blocked from that address too");
        assertEquals(Optional.empty(), rightPassword("ada", "203.0.113.20", NOW.plusMinutes(1)), "not elsewhere");
    }

    @Test
    void failuresFromManyAddressesOnlySlowTheLoginDown() {
        for (int failure = 0; failure < 5; failure++) {
            wrongPassword("ada", "198.51.100.1", NOW);
            wrongPassword("ada", "198.51.100.2", NOW.plusSeconds(1));
        }
        OffsetDateTime last = NOW.plusSeconds(1);
        Duration backOff = LOCKOUT.dividedBy(5);
        assertEquals(
                Optional.of(last.plus(backOff)),
                rightPassword("ada", "198.51.100.3", last.plusSeconds(1)),
                "ten failures from two addresses: a third waits for the pause after the last failure");
        assertEquals(
                Optional.empty(),
                rightPassword("ada", "198.51.100.3", last.plus(backOff)),
                "then it may try: slowed down, not locked out");
        assertEquals(
                Optional.of(last.plus(backOff).plus(backOff)),
                wrongPassword("ada", "198.51.100.4", last.plus(backOff)),
                "a failure then is checked and counted, and answers when the next attempt may come");
        assertEquals(
                Optional.of(last.plus(backOff).plus(backOff)),
                rightPassword("ada", "198.51.100.5", last.plus(backOff).plusSeconds(1)),
                "each failure makes the next address wait again");
    }

    @Test
    void anAddressThePersonLoggedInFromIsNotSlowedDown() {
        signedIn("ada", "203.0.113.20", NOW.minusDays(29));
        for (int failure = 0; failure < 5; failure++) {
            wrongPassword("ada", "198.51.100.1", NOW);
            wrongPassword("ada", "198.51.100.2", NOW);
        }
        assertEquals(Optional.empty(), rightPassword("ada", "203.0.113.20", NOW.plusSeconds(1)));
        assertTrue(rightPassword("ada", "198.51.100.3", NOW.plusSeconds(1)).isPresent(), "a stranger waits");

        stored.clear();
        signedIn("ada", "203.0.113.20", NOW.minusDays(31));
        for (int failure = 0; failure < 5; failure++) {
            wrongPassword("ada", "198.51.100.1", NOW);
            wrongPassword("ada", "198.51.100.2", NOW);
        }
        assertTrue(
                rightPassword("ada", "203.0.113.20", NOW.plusSeconds(1)).isPresent(),
                "an address of more than 30 days ago is a stranger's again");
    }

    @Test
    void aCompleteLoginForgivesTheFailuresOfThatAddressOnly() {
        for (int failure = 0; failure < 4; failure++) {
            wrongPassword("ada", "203.0.113.20", NOW);
            wrongPassword("ada", "198.51.100.1", NOW);
        }
        signedIn("ada", "203.0.113.20", NOW);
        assertEquals(Optional.empty(), wrongPassword("ada", "203.0.113.20", NOW), "her address starts anew");
        assertEquals(
                Optional.of(NOW.plus(LOCKOUT)), wrongPassword("ada", "198.51.100.1", NOW), "the guesser's does not");
    }

    @Test
    void anUnknownLoginIsCountedByWhatWasTypedLikeAnyOther() {
        // The rule never asks whether a login exists: its counters are known by the login typed and the client.
        Keys keys = SignInThrottling.keysOf("nobody.at.all", "198.51.100.7");
        assertEquals(keys, SignInThrottling.keysOf(" nobody.at.all ", "198.51.100.7"), "spaces around are no login");
        assertEquals(
                3,
                List.of(keys.clientAddress(), keys.login(), keys.loginFromAddress()).stream()
                        .distinct()
                        .count());
        assertNotEquals(
                keys.login(),
                SignInThrottling.keysOf("Nobody.at.all", "198.51.100.7").login());
        assertEquals(
                keys.clientAddress(),
                SignInThrottling.keysOf("ada", "198.51.100.7").clientAddress());
        assertEquals(
                keys.login(),
                SignInThrottling.keysOf("nobody.at.all", "203.0.113.20").login());
        for (String key : List.of(keys.clientAddress(), keys.login(), keys.loginFromAddress())) {
            assertTrue(key.matches("[0-9a-f]{64}"), "a digest, no login or address in the clear: " + key);
        }
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndAnIpv4OneByItsAddress() {
        assertEquals("2001:db8:0:1::/64", SignInThrottling.clientOf("2001:db8:0:1:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:0:1::/64", SignInThrottling.clientOf("2001:0db8:0000:0001::1"));
        assertEquals("2001:db8:0:1::/64", SignInThrottling.clientOf("2001:db8:0:1::/64"), "the same once more");
        assertNotEquals(SignInThrottling.clientOf("2001:db8:0:2::1"), SignInThrottling.clientOf("2001:db8:0:1::1"));
        assertEquals("198.51.100.7", SignInThrottling.clientOf("198.51.100.7"));
        assertEquals("198.51.100.7", SignInThrottling.clientOf("::ffff:198.51.100.7"), "IPv4 in IPv6 is IPv4");
        assertEquals("", SignInThrottling.clientOf(null));
        assertEquals(64, SignInThrottling.clientOf("x".repeat(100)).length());
    }

    private Optional<OffsetDateTime> wrongPassword(String login, String address, OffsetDateTime at) {
        Counters counters = counters(login, address, at);
        Optional<OffsetDateTime> throttled = throttling.throttledUntil(counters, at);
        if (throttled.isPresent()) {
            return throttled;
        }
        throttling.countFailure(counters, at);
        return throttling.throttledUntil(counters, at);
    }

    private Optional<OffsetDateTime> rightPassword(String login, String address, OffsetDateTime at) {
        return throttling.throttledUntil(counters(login, address, at), at);
    }

    private void signedIn(String login, String address, OffsetDateTime at) {
        throttling.signedIn(counters(login, address, at), at);
    }

    private Counters counters(String login, String address, OffsetDateTime at) {
        Keys keys = SignInThrottling.keysOf(login, address);
        return new Counters(
                counter(keys.clientAddress(), Scope.CLIENT_ADDRESS, at),
                counter(keys.login(), Scope.LOGIN, at),
                counter(keys.loginFromAddress(), Scope.LOGIN_FROM_ADDRESS, at));
    }

    private SignInCounter counter(String key, Scope scope, OffsetDateTime at) {
        return stored.computeIfAbsent(key, made -> new SignInCounter(made, scope, at, throttling.window()));
    }
}
