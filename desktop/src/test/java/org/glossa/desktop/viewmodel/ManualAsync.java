package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work the test finishes by hand, in any order: like several workers, where a task started later can
 * end first.
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

    /** Finishes the task started {@code n}-th (0-based) among those still pending. */
    void finish(int n) {
        pending.remove(n).run();
    }

    /** Finishes every pending task, the newest first. */
    void finishNewestFirst() {
        while (!pending.isEmpty()) finish(pending.size() - 1);
    }

    void finishInOrder() {
        while (!pending.isEmpty()) finish(0);
    }
}
