package org.ebox.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the tests that deploy it: stands still at the instant a test sets, so that a test can stand
 * on a given night (the days the clocks change, day 15 after a publication) instead of waiting for it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private static volatile Instant now;

    /** From now on the service's time is this instant. */
    public static void setTo(Instant instant) {
        now = instant;
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
                Instant fixed = now;
                return fixed == null ? Instant.now() : fixed;
            }
        };
    }
}
