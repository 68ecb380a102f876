package org.glossa.desktop.viewmodel;

import java.time.Duration;

/** Runs an action on the UI thread after a delay (a JavaFX {@code PauseTransition} in the application). */
public interface Scheduler {

    /** Schedules {@code action}; running the returned handle cancels it if it has not run yet. */
    Runnable schedule(Duration delay, Runnable action);

    /** Never runs anything (for view models shown without timers). */
    Scheduler NONE = (delay, action) -> () -> { };
}
