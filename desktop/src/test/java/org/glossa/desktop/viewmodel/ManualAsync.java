package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Background work the test drives: tasks wait until {@link #runAll()}, then run with their callbacks in order. */
final class ManualAsync implements Async {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> DIRECT.run(work, onSuccess, onFailure));
    }

    int queued() {
        return queued.size();
    }

    /** Runs the queued tasks (and those they queue); returns how many ran. */
    int runAll() {
        int n = 0;
        while (!queued.isEmpty()) {
            queued.remove(0).run();
            n++;
        }
        return n;
    }
}
