package org.ebox.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The service's clock, injected where the time decides what is due (the nightly run): tests put a clock of their own
 * in its place, to stand on a given night, instead of waiting for the wall clock.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
