package org.ebox.access.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ebox.access.entity.SignInCounter;
import org.ebox.access.entity.SignInCounter.Scope;
import org.ebox.common.control.Sha256;

/**
 * How failed sign-in steps slow guessing down without letting anyone lock a person out (ASVS 2.2.1). A failure is a
 * wrong password, a login nobody has (counted exactly like a wrong password, so that the answers cannot tell them
 * apart), or a wrong code; each counts once for the client address, once for the login typed, and once for that
 * login from that address. With N = {@code ebox.login.max-failures} and T = {@code ebox.login.lockout-minutes}:
 * <ul>
 * <li><b>A login from one address</b>: N failures within T block that login from that address for T; even the right
 * password is refused there. From any other address the person still gets in.</li>
 * <li><b>One address</b>: {@code ebox.login.max-failures-per-address} failures within T, over every login, block the
 * address for T for every login: one machine cannot try a few passwords on each of many logins.</li>
 * <li><b>One login from everywhere</b>: never blocked, only slowed down. Once 2N failures within T came from several
 * addresses (one address alone is blocked at N first), the login takes one attempt per T/N after its last failure
 * (three minutes with the defaults), so that addresses by the hundred still get no more than some sixty guesses an
 * hour. An address from which the person completed a login in the last {@value #KNOWN_ADDRESS_DAYS} days is not
 * slowed down: the person's own place keeps working while strangers guess.</li>
 * </ul>
 * A complete login forgives the failures of that login from that address only: the person's success says nothing
 * about the others guessing. An IPv6 client counts by its /64, the block one subscriber gets. The answers while
 * blocked or slowed down are the same "locked until" for every login, known or not.
 */
public final class SignInThrottling {

    static final long KNOWN_ADDRESS_DAYS = 30;
    private static final int MAX_CLIENT_LENGTH = 64;
    private static final Duration KNOWN_ADDRESS = Duration.ofDays(KNOWN_ADDRESS_DAYS);

    private final int maxFailures;
    private final Duration lockout;
    private final int maxFailuresPerAddress;

    /** What one sign-in step counts on: the digests of its three counters' subjects. */
    public record Keys(String clientAddress, String login, String loginFromAddress) {}

    /** The three counters of one sign-in step, each either stored or new. */
    public record Counters(SignInCounter clientAddress, SignInCounter login, SignInCounter loginFromAddress) {}

    public SignInThrottling(int maxFailures, Duration lockout, int maxFailuresPerAddress) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    /** The counters a step of this login from this client counts on. */
    public static Keys keysOf(String login, String clientAddress) {
        String typed = login == null ? "" : login.trim();
        String client = clientOf(clientAddress);
        return new Keys(
                digest(Scope.CLIENT_ADDRESS, client),
                digest(Scope.LOGIN, typed),
                digest(Scope.LOGIN_FROM_ADDRESS, typed + "\n" + client));
    }

    /** Until when a step is refused without being checked, if it is. */
    public Optional<OffsetDateTime> throttledUntil(Counters counters, OffsetDateTime now) {
        Optional<OffsetDateTime> until = later(
                counters.clientAddress().blockedAt(now),
                counters.loginFromAddress().blockedAt(now));
        SignInCounter login = counters.login();
        if (!counters.loginFromAddress().signedInSince(now.minus(KNOWN_ADDRESS))
                && login.failuresAt(now, lockout) >= 2 * maxFailures) {
            OffsetDateTime next = login.getLastFailureAt().plus(backOff());
            if (next.isAfter(now)) {
                until = later(until, Optional.of(next));
            }
        }
        return until;
    }

    public void countFailure(Counters counters, OffsetDateTime now) {
        counters.clientAddress().countFailure(now, lockout, maxFailuresPerAddress, lockout);
        counters.login().countFailure(now, lockout, 0, lockout);
        counters.loginFromAddress().countFailure(now, lockout, maxFailures, lockout);
    }

    public void signedIn(Counters counters, OffsetDateTime now) {
        counters.loginFromAddress().signedIn(now, KNOWN_ADDRESS);
    }

    /** How long a new counter is kept when nothing is counted on it. */
    public Duration window() {
        return lockout;
    }

    /** The pause a login slowed down takes between attempts: N attempts per T, as fast as one address may try. */
    Duration backOff() {
        return lockout.dividedBy(maxFailures);
    }

    /**
     * The client as counted (and as a challenge keeps it): an IPv4 address as it is; an IPv6 address by its first 64
     * bits, since one subscriber gets a whole /64 and could otherwise take a new address for every guess. Applied to
     * its own answer it answers the same.
     */
    public static String clientOf(String remoteAddress) {
        String address = remoteAddress == null ? "" : remoteAddress.trim();
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+(%[\\w.-]+)?")) {
            return address.length() <= MAX_CLIENT_LENGTH ? address : address.substring(0, MAX_CLIENT_LENGTH);
        }
        try {
            // An IPv6 literal (hex digits, colons, dots) is parsed, never looked up in the DNS.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static String digest(Scope scope, String subject) {
        return Sha256.hex(scope + "\n" + subject);
    }

    private static Optional<OffsetDateTime> later(Optional<OffsetDateTime> one, Optional<OffsetDateTime> other) {
        if (one.isEmpty()) {
            return other;
        }
        return other.isPresent() && other.get().isAfter(one.get()) ? other : one;
    }
}
