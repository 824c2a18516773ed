package org.ebox.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits (up to an hour) for a condition; a bench measures, so it never gives up early. */
final class Wait {

    private Wait() {}

    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited an hour");
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }
}
