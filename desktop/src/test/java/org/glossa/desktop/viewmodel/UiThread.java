package org.glossa.desktop.viewmodel;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The editor's threading without a window: one "UI thread" that view models are used on, background workers whose
 * results come back on it ({@link #async}), and timers that run on it ({@link #scheduler}), as {@code FxAsync} and
 * {@code FxScheduler} do with the JavaFX application thread.
 */
final class UiThread implements AutoCloseable {

    // a worker that finishes after close() posts to a shut-down UI thread: dropped, as FxAsync drops work after
    // shutdown, instead of a RejectedExecutionException surfacing in whichever FX test runs next
    private final ExecutorService ui = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, java.util.concurrent.TimeUnit.MILLISECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(), r -> daemon(r, "test-ui"),
            new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "test-timers"));
    private final java.util.List<ExecutorService> workers = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A worker of its own, named {@code name}: work runs there, callbacks on the UI thread. */
    Async async(String name) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, name));
        workers.add(worker);
        return new Async() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                worker.execute(() -> {
                    T result;
                    try {
                        result = work.call();
                    } catch (Throwable e) {
                        ui.execute(() -> onFailure.accept(e));
                        return;
                    }
                    ui.execute(() -> onSuccess.accept(result));
                });
            }
        };
    }

    Scheduler scheduler() {
        return (delay, action) -> {
            boolean[] cancelled = {false}; // read and written on the UI thread only
            ScheduledFuture<?> f = timers.schedule(() -> ui.execute(() -> {
                if (!cancelled[0]) action.run();
            }), delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> {
                cancelled[0] = true;
                f.cancel(false);
            };
        };
    }

    <T> T call(Callable<T> work) throws Exception {
        try {
            return ui.submit(work).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            throw e;
        }
    }

    void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * An editor on this thread, as the application makes it (workers, a writer, a sender and an event listener on
     * threads of their own), with {@code document} loaded and linked to {@code server}; journals under
     * {@code journals}.
     */
    EditorViewModel serverEditor(org.glossa.core.model.Document document, ServerResources server,
            java.nio.file.Path journals) throws Exception {
        Async workers = async("test-workers");
        Async writer = async("test-writer");
        Async sender = async("test-server");
        Async listener = async("test-events");
        return call(() -> {
            EditorViewModel editor = new EditorViewModel(path -> {
                throw new UnsupportedOperationException();
            }, Resources.NONE, workers, writer, scheduler());
            editor.load(document);
            editor.connect(server, journals, sender, listener);
            return editor;
        });
    }

    /**
     * Asks {@code check} on the UI thread every 100 ms until it is true, at most {@code bound} (a bound for a
     * server to start, not a timing assertion); returns its last answer.
     */
    boolean eventually(Duration bound, Callable<Boolean> check) throws Exception {
        long end = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < end) {
            if (call(check)) return true;
            Thread.sleep(100);
        }
        return call(check);
    }

    @Override
    public void close() {
        workers.forEach(ExecutorService::shutdownNow);
        timers.shutdownNow();
        ui.shutdownNow();
    }
}
