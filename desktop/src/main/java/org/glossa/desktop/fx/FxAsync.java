package org.glossa.desktop.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;

import org.glossa.desktop.viewmodel.Async;

/** Runs work as JavaFX {@link Task}s on daemon threads; callbacks come on the JavaFX application thread. */
public final class FxAsync implements Async {

    private final ExecutorService executor;

    public FxAsync(int threads) {
        this(threads, "glossa-worker");
    }

    /** {@code threads} daemon threads named {@code name-1}, {@code name-2}… */
    public FxAsync(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on a worker. After {@link #shutdown()} (the application has stopped, and closing the editor
     * saved its work first) nothing new is started: a debounced live-QA check or lookup whose timer fires while the
     * window closes is not run, instead of failing on the stopped pool.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) return;
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
