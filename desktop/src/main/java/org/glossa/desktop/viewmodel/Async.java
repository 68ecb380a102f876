package org.glossa.desktop.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands the result back on it. The application uses a JavaFX
 * {@code Task} on a background executor; view-model tests use {@link #DIRECT}, which runs everything at once.
 */
public interface Async {

    /** Runs {@code work}, then {@code onSuccess} with its result or {@code onFailure} with what it threw. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs the work and the callback on the calling thread. */
    Async DIRECT = new Async() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
