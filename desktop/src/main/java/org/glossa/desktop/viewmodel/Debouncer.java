package org.glossa.desktop.viewmodel;

import java.time.Duration;
import java.util.Objects;

/** Runs the last action it was given once nothing new came for a while (typing pauses, idle autosave). */
public final class Debouncer {

    private final Scheduler scheduler;
    private final Duration delay;
    private Runnable cancel = () -> { };

    public Debouncer(Scheduler scheduler, Duration delay) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    public void trigger(Runnable action) {
        cancel.run();
        cancel = scheduler.schedule(delay, action);
    }

    public void cancel() {
        cancel.run();
        cancel = () -> { };
    }
}
