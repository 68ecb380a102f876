package org.glossa.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.glossa.core.InputException;

/**
 * Runs one task per input file on a pool of threads and hands the outcomes to a sink on the calling thread, in
 * input order whatever the timing. At most a few files per thread are in flight, so memory stays flat however many
 * files there are. A file's exception becomes a {@link Failed} outcome and the run goes on; so does a file that
 * exhausts the heap ({@link OutOfMemoryError}: "too large for the memory available (-Xmx…)"), whose memory is free
 * again once its task has unwound. Any other {@link Error} stops the run.
 */
final class BatchRunner {
    /** What one file gave. */
    sealed interface Outcome<R> permits Done, Skipped, Failed {
        InputFiles.Input input();
    }

    record Done<R>(InputFiles.Input input, R result) implements Outcome<R> {
    }

    /** Nothing to do: the outputs are newer than the inputs. */
    record Skipped<R>(InputFiles.Input input, List<java.nio.file.Path> outputs) implements Outcome<R> {
    }

    record Failed<R>(InputFiles.Input input, Exception error) implements Outcome<R> {
    }

    /** The work on one file; a task object is used by one thread only (it may hold an Extractor). */
    @FunctionalInterface
    interface Task<R> {
        Outcome<R> run(InputFiles.Input in) throws Exception;
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final int threads;
    private final int inFlightPerThread;
    private final Progress progress;

    BatchRunner(int threads, Progress progress) {
        this(threads, IN_FLIGHT_PER_THREAD, progress);
    }

    private BatchRunner(int threads, int inFlightPerThread, Progress progress) {
        this.threads = threads;
        this.inFlightPerThread = inFlightPerThread;
        this.progress = progress;
    }

    /** The same runner keeping at most {@code n} files per thread in flight (read ahead of the sink). */
    BatchRunner inFlightPerThread(int n) {
        if (n < 1) throw new IllegalArgumentException("in flight per thread: " + n);
        return new BatchRunner(threads, n, progress);
    }

    /**
     * @param tasks    makes the task for each worker thread
     * @param segments the segments a result holds, for the progress display
     * @param sink     receives every outcome, in input order, on the calling thread
     */
    <R> void run(List<InputFiles.Input> files, Supplier<Task<R>> tasks, ToLongFunction<R> segments, Consumer<Outcome<R>> sink) {
        try (Progress p = progress) {
            p.start(files.size());
            int workers = Math.min(threads, files.size());
            if (workers <= 1) {
                Task<R> task = files.isEmpty() ? null : tasks.get();
                for (InputFiles.Input in : files) sink.accept(attempt(task, in, segments));
            } else {
                runParallel(files, tasks, segments, sink, workers);
            }
        }
    }

    /** The results of the files that worked, in input order, and how many failed. */
    record Collected<R>(List<R> results, List<InputFiles.Input> inputs, int failed) {
    }

    /**
     * Runs {@code task} (which must be thread-safe) on every file and collects the results in input order; a file
     * that fails is reported on {@code err} ("glossa: file: message", the stack trace with --verbose) and counted.
     */
    <R> Collected<R> collect(List<InputFiles.Input> files, Task<R> task, ToLongFunction<R> segments,
                             java.io.PrintWriter err, boolean verbose) {
        List<R> results = new java.util.ArrayList<>();
        List<InputFiles.Input> inputs = new java.util.ArrayList<>();
        int[] failed = {0};
        run(files, () -> task, segments, o -> {
            if (o instanceof Done<R> d) {
                results.add(d.result());
                inputs.add(d.input());
            } else if (o instanceof Failed<R> f) {
                failed[0]++;
                report(f, err, verbose);
            }
        });
        return new Collected<>(results, inputs, failed[0]);
    }

    /** Reports a failed file on {@code err}: "glossa: file: message", the stack trace with --verbose. */
    static void report(Failed<?> f, java.io.PrintWriter err, boolean verbose) {
        err.println("glossa: " + ErrorHandler.describe(f.error()));
        if (verbose) f.error().printStackTrace(err);
        err.flush();
    }

    private <R> void runParallel(List<InputFiles.Input> files, Supplier<Task<R>> tasks, ToLongFunction<R> segments,
                                 Consumer<Outcome<R>> sink, int workers) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        ThreadLocal<Task<R>> local = ThreadLocal.withInitial(tasks);
        Deque<Future<Outcome<R>>> window = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < workers * inFlightPerThread) {
                    InputFiles.Input in = files.get(next++);
                    window.addLast(pool.submit(() -> attempt(local.get(), in, segments)));
                }
                sink.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private <R> Outcome<R> attempt(Task<R> task, InputFiles.Input in, ToLongFunction<R> segments) {
        Outcome<R> o;
        try {
            o = task.run(in);
        } catch (Exception e) {
            o = new Failed<>(in, e);
        } catch (OutOfMemoryError e) {
            o = new Failed<>(in, tooLarge(in, e));
        }
        progress.fileDone(o instanceof Done<R> d ? segments.applyAsLong(d.result()) : 0);
        return o;
    }

    private static <R> Outcome<R> await(Future<Outcome<R>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            // attempt() turns every Exception into an outcome: what arrives here is an Error
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A file that exhausted the heap, reported like any bad file, with the heap size and how to give more. */
    static InputException tooLarge(InputFiles.Input in, OutOfMemoryError e) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String given = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).reduce((first, last) -> last).orElse("-Xmx" + mb + "m");
        return new InputException(in.file().toString(), "too large for the memory available (" + given
                + "; give Java more, e.g. GLOSSA_JAVA_OPTS=-Xmx" + 2 * mb + "m)", e);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "glossa-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
