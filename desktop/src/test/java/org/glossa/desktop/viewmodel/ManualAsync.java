package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work the test finishes by hand: tasks wait until the test runs them, in order or in any order (like
 * several workers, where a task started later can end first).
 */
final class ManualAsync implements Async {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> Async.DIRECT.run(work, onSuccess, onFailure));
    }

    int pending() {
        return pending.size();
    }

    int queued() {
        return pending();
    }

    /** Runs the pending tasks in order (and those they start); returns how many ran. */
    int runAll() {
        int n = 0;
        while (!pending.isEmpty()) {
            finish(0);
            n++;
        }
        return n;
    }

    /** Finishes the task started {@code n}-th (0-based) among those still pending. */
    void finish(int n) {
        pending.remove(n).run();
    }

    /** Finishes every pending task, the newest first. */
    void finishNewestFirst() {
        while (!pending.isEmpty()) finish(pending.size() - 1);
    }

    void finishInOrder() {
        runAll();
    }
}
