package org.ebox.bench;

import java.util.Arrays;

/** Times of repeated calls, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

    private double[] millis;
    private int count;

    private Latencies(int samples) {
        this.millis = new double[Math.max(1, samples)];
    }

    private void add(double sample) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = sample;
    }

    /** Calls the action {@code warmUp} times untimed, then {@code samples} times timed. */
    static Latencies of(int warmUp, int samples, Runnable action) {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        Latencies latencies = new Latencies(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            action.run();
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        return latencies;
    }

    /** Calls the action again and again for this long, each call timed. */
    static Latencies during(java.time.Duration duration, Runnable action) {
        Latencies latencies = new Latencies(1024);
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            action.run();
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        return latencies;
    }

    /** The value below which {@code percent} per cent of the samples lie. */
    double percentile(double percent) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
