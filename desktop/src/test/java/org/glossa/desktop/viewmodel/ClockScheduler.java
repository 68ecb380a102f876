package org.glossa.desktop.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler on a clock the test moves: {@link #advance} runs what falls due, in time order. */
final class ClockScheduler implements Scheduler {

    private record Timer(Duration due, long order, Runnable action, boolean[] cancelled) {
    }

    private final List<Timer> timers = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long scheduled;

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        timers.add(new Timer(now.plus(delay), scheduled++, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock by {@code step}, running each timer that falls due (at its time) unless cancelled. */
    void advance(Duration step) {
        Duration until = now.plus(step);
        while (true) {
            Timer next = timers.stream().filter(t -> t.due().compareTo(until) <= 0)
                    .min(Comparator.comparing(Timer::due).thenComparingLong(Timer::order)).orElse(null);
            if (next == null) break;
            timers.remove(next);
            now = next.due();
            if (!next.cancelled()[0]) next.action().run();
        }
        now = until;
    }

    Duration now() {
        return now;
    }
}
