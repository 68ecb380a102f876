package org.glossa.core.mt;

import java.io.InterruptedIOException;

/** At most {@code perSecond} requests a second: a request waits for its slot. Thread-safe. */
public final class RateLimit {
    private final long intervalNanos;
    private long next = System.nanoTime();

    public RateLimit(double perSecond) {
        if (perSecond <= 0) throw new IllegalArgumentException("requests per second must be positive");
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
    }

    /** Waits until the next request may go. */
    public void acquire() throws InterruptedIOException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait <= 0) return;
        try {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to send a machine translation request");
        }
    }
}
