package org.ebox.web.it;

import jakarta.batch.api.chunk.listener.AbstractItemReadListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crash in the middle of a chunk, for the test job nightly-run-interrupted.xml: the n-th item read throws, once.
 * The items read before it in the same chunk are then never written by that execution.
 */
@Dependent
@Named("crashOnce")
public class CrashOnce extends AbstractItemReadListener {

    private static final AtomicInteger READS = new AtomicInteger();
    private static volatile int crashAt;

    /** The next execution crashes when it reads its n-th item. */
    public static void atItem(int n) {
        READS.set(0);
        crashAt = n;
    }

    @Override
    public void afterRead(Object item) {
        if (crashAt > 0 && READS.incrementAndGet() == crashAt) {
            crashAt = 0;
            throw new IllegalStateException("Simulated crash after reading " + item);
        }
    }
}
