package org.glossa.desktop.viewmodel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the last action it was given once nothing new came for a while (typing pauses, idle autosave). With a
 * maximum wait, it also runs it when that much time has passed since the first trigger it has not run yet, so that
 * triggers that never pause (continuous typing) cannot put the action off for ever.
 */
public final class Debouncer {

    private static final Runnable NOTHING = () -> { };

    private final Scheduler scheduler;
    private final Duration delay;
    private final Optional<Duration> maxWait;
    private Runnable cancelQuiet = NOTHING;
    private Runnable cancelDeadline = NOTHING;
    private Runnable pending;

    /** Runs the action {@code delay} after the last trigger. */
    public Debouncer(Scheduler scheduler, Duration delay) {
        this(scheduler, delay, Optional.empty());
    }

    /** Runs the action {@code delay} after the last trigger, or {@code maxWait} after the first, whichever is first. */
    public Debouncer(Scheduler scheduler, Duration delay, Duration maxWait) {
        this(scheduler, delay, Optional.of(maxWait));
    }

    private Debouncer(Scheduler scheduler, Duration delay, Optional<Duration> maxWait) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.maxWait = maxWait;
        if (maxWait.isPresent() && maxWait.get().compareTo(delay) < 0) {
            throw new IllegalArgumentException("the maximum wait " + maxWait.get() + " is shorter than the delay "
                    + delay);
        }
    }

    public void trigger(Runnable action) {
        pending = Objects.requireNonNull(action, "action");
        cancelQuiet.run();
        cancelQuiet = scheduler.schedule(delay, this::fire);
        if (maxWait.isPresent() && cancelDeadline == NOTHING) cancelDeadline = scheduler.schedule(maxWait.get(), this::fire);
    }

    public void cancel() {
        cancelQuiet.run();
        cancelDeadline.run();
        cancelQuiet = NOTHING;
        cancelDeadline = NOTHING;
        pending = null;
    }

    private void fire() {
        Runnable action = pending;
        cancel();
        if (action != null) action.run();
    }
}
