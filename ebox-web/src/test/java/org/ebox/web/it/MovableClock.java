package org.ebox.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the tests that deploy it: stands still at the instant a test sets, so that a test can stand
 * on a given night (the days the clocks change, day 15 after a publication) instead of waiting for it; or, when none
 * is set, runs with the wall clock, ahead of it by what the tests moved it on (the next time step of an authenticator
 * app, instead of waiting 30 seconds for it).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private static volatile Instant now;
    private static volatile Duration ahead = Duration.ZERO;

    /** From now on the service's time is this instant. */
    public static void setTo(Instant instant) {
        now = instant;
    }

    /** From now on the service's time runs this much further ahead of the wall clock. */
    public static synchronized void moveOn(Duration by) {
        ahead = ahead.plus(by);
    }

    /** The service's time now. */
    public static Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now().plus(ahead) : fixed;
    }

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return MovableClock.instant();
            }
        };
    }
}
