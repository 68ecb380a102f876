package org.glossa.desktop.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler the test drives: actions wait until {@link #runPending()}. */
final class ManualScheduler implements Scheduler {

    private final List<Runnable[]> pending = new ArrayList<>();

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        Runnable[] slot = {action};
        pending.add(slot);
        return () -> slot[0] = null;
    }

    /** Runs what was scheduled and not cancelled; returns how many ran. */
    int runPending() {
        List<Runnable[]> now = new ArrayList<>(pending);
        pending.clear();
        int n = 0;
        for (Runnable[] slot : now) {
            if (slot[0] != null) {
                slot[0].run();
                n++;
            }
        }
        return n;
    }
}
