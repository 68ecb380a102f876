package org.glossa.desktop.fx;

import java.time.Duration;

import javafx.animation.PauseTransition;

import org.glossa.desktop.viewmodel.Scheduler;

/** Delays actions with a {@link PauseTransition} (they run on the JavaFX application thread). */
public final class FxScheduler implements Scheduler {

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
