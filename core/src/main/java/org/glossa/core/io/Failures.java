package org.glossa.core.io;

import java.io.IOException;

/** What a failure of another thread (a task's cause, a worker's recorded failure) becomes on the thread that waits. */
public final class Failures {
    private Failures() {
    }

    /**
     * {@code failure} to throw where only {@link IOException}s are declared: an unchecked one is thrown as it is, an
     * {@code IOException} returned as it is, any other checked one returned wrapped with {@code message}. Use as
     * {@code throw Failures.asIOException(cause, "…")}.
     */
    public static IOException asIOException(Throwable failure, String message) {
        if (failure instanceof RuntimeException r) throw r;
        if (failure instanceof Error e) throw e;
        if (failure instanceof IOException io) return io;
        return new IOException(message, failure);
    }
}
