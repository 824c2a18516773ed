package org.ebox.web.it;

import jakarta.annotation.Priority;
import jakarta.batch.api.chunk.ItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crash in the middle of a chunk of the real nightly run's delivery step, for the restart test: once armed, the
 * n-th item read in that step throws, once. The items read before it in the same chunk are then never written by that
 * execution. Or a pause there, for the lease test: the step waits until released. A decorator of every item reader of
 * the tests' deployment, idle unless armed.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 100)
public abstract class CrashOnce implements ItemReader {

    private static final AtomicInteger READS = new AtomicInteger();
    private static volatile int crashAt;
    private static volatile CountDownLatch held = new CountDownLatch(0);
    private static volatile CountDownLatch release = new CountDownLatch(0);

    @Inject
    @Delegate
    @Any
    ItemReader reader;

    @Inject
    StepContext step;

    /** The next delivery step crashes when it reads its n-th item. */
    public static void atItem(int n) {
        READS.set(0);
        crashAt = n;
    }

    /** The next delivery step waits before it reads its first item, until {@link #release()}. */
    public static void holdDelivery() {
        release = new CountDownLatch(1);
        held = new CountDownLatch(1);
    }

    /** Waits until the delivery step is held; false if it was not within the time. */
    public static boolean awaitHeld(Duration within) throws InterruptedException {
        return held.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static void release() {
        release.countDown();
    }

    @Override
    public Object readItem() throws Exception {
        if ("delivery".equals(step.getStepName()) && held.getCount() > 0) {
            held.countDown();
            release.await(2, TimeUnit.MINUTES);
        }
        Object item = reader.readItem();
        if (item != null
                && crashAt > 0
                && "delivery".equals(step.getStepName())
                && READS.incrementAndGet() == crashAt) {
            crashAt = 0;
            throw new IllegalStateException("Simulated crash after reading " + item);
        }
        return item;
    }
}
