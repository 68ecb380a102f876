package org.glossa.spark;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.glossa.core.InputException;

/**
 * The Spark side of a job on the driver: the context (the master from {@code --master}, else from
 * {@code spark-submit}, else {@code local[*]}), the Spark UI address, progress lines ("qa: 120/1000 files, 12 s" every
 * 2 s on standard error, from an accumulator the tasks add to) and how many partitions a list of files gets.
 */
final class SparkRun implements AutoCloseable {
    private final JavaSparkContext sc;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean own;

    private SparkRun(JavaSparkContext sc, PrintWriter err, boolean quiet, boolean own) {
        this.sc = sc;
        this.err = err;
        this.quiet = quiet;
        this.own = own;
    }

    /** A context the jobs of this JVM join instead of starting their own (tests: one per test class). */
    static volatile JavaSparkContext shared;

    /** Starts (or joins the {@link #shared} one) a Spark context and prints its UI address. */
    static SparkRun start(String job, Optional<String> master, PrintWriter err, boolean quiet) {
        JavaSparkContext sc = shared;
        boolean own = sc == null;
        if (own) {
            SparkConf conf = new SparkConf().setAppName("glossa " + job);
            master.ifPresent(conf::setMaster);
            if (!conf.contains("spark.master")) conf.setMaster("local[*]");
            if (conf.get("spark.master").startsWith("local")) {
                // one machine: the driver and its UI on the loopback interface only
                conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            }
            sc = new JavaSparkContext(conf);
        }
        SparkRun run = new SparkRun(sc, err, quiet, own);
        if (!quiet) {
            scala.Option<String> ui = sc.sc().uiWebUrl();
            err.println("glossa spark: " + sc.master() + ", Spark UI " + (ui.isDefined() ? "at " + ui.get() : "off"));
            err.flush();
        }
        return run;
    }

    JavaSparkContext context() {
        return sc;
    }

    /** Partitions for {@code files} files: at least four per core, at most 25 files each (finer progress). */
    int partitions(int files) {
        return Math.max(1, Math.min(files, Math.max(sc.defaultParallelism() * 4, (files + 24) / 25)));
    }

    /**
     * Partitions of the group-bys over the segments of {@code files} files (QA consistency, analysis repetitions):
     * {@code spark.default.parallelism} when it is set, else one per ~250 files and at least one per core. Without
     * it a group-by gets as many partitions as the files (one per 25 files): for 10,000 articles 400 tasks of a few
     * thousand rows in each of the shuffle's stages, whose scheduling cost more than their work.
     */
    int shufflePartitions(int files) {
        if (sc.getConf().contains("spark.default.parallelism")) return sc.defaultParallelism();
        return Math.max(sc.defaultParallelism(), (files + 249) / 250);
    }

    /**
     * The elements of {@code rdd} in partition order, as {@code toLocalIterator} gives them, but computed a window of
     * partitions at a time (twice the cores) with the next window already running. {@code toLocalIterator} runs one
     * job per partition, one after the other: a job whose partitions did the work there used one core of the whole
     * cluster and paid a job's scheduling for every partition. The driver holds at most two windows' elements.
     */
    <T> Iterator<T> inOrder(JavaRDD<T> rdd) {
        int partitions = rdd.getNumPartitions();
        int window = Math.max(1, sc.defaultParallelism() * 2);
        ExecutorService jobs = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "glossa-collect");
            t.setDaemon(true);
            return t;
        });
        return new Iterator<>() {
            private final ArrayDeque<Future<List<T>[]>> running = new ArrayDeque<>();
            private int next;
            private Iterator<T> current = Collections.emptyIterator();

            {
                submit();
            }

            private void submit() {
                while (running.size() < 2 && next < partitions) {
                    int[] ids = IntStream.range(next, Math.min(partitions, next + window)).toArray();
                    next += ids.length;
                    running.add(jobs.submit(() -> rdd.collectPartitions(ids)));
                }
                if (running.isEmpty()) jobs.shutdown();
            }

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !running.isEmpty()) {
                    List<T>[] parts;
                    try {
                        parts = running.poll().get();
                    } catch (InterruptedException e) {
                        jobs.shutdownNow();
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while collecting results", e);
                    } catch (ExecutionException e) {
                        jobs.shutdownNow();
                        if (e.getCause() instanceof RuntimeException re) throw re;
                        throw new IllegalStateException(e.getCause());
                    }
                    submit();
                    current = Arrays.stream(parts).flatMap(List::stream).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
    }

    /**
     * Runs {@code action} (which runs Spark jobs whose tasks add one to {@code done} per file) while a daemon thread
     * prints "task: done/total files, N s" every 2 s, and once at the end.
     */
    <T> T withProgress(String task, int total, LongAccumulator done, Supplier<T> action) {
        long start = System.nanoTime();
        Thread printer = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(2000);
                    line(task, done.value(), total, start);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "glossa-progress");
        printer.setDaemon(true);
        if (!quiet && total > 1) printer.start();
        try {
            return action.get();
        } finally {
            printer.interrupt();
            if (!quiet && total > 1) line(task, done.value(), total, start);
        }
    }

    private synchronized void line(String task, long done, int total, long start) {
        err.printf("%s: %d/%d files, %d s%n", task, done, total, (System.nanoTime() - start) / 1_000_000_000L);
        err.flush();
    }

    /** Stops the context this run started (one joined is left to its owner). */
    @Override
    public void close() {
        if (own) sc.stop();
    }

    /** "file: message" for a file that failed, as the command line reports it. */
    static String describe(Throwable ex) {
        if (ex instanceof InputException ie) return ie.describe();
        if (ex instanceof UnsupportedOperationException) return ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException e) return e.getFile() + ": no such file";
        if (ex instanceof java.nio.file.AccessDeniedException e) return e.getFile() + ": permission denied";
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /** The stack trace of {@code ex} as text (for --verbose: the task's exception travels as text). */
    static String trace(Throwable ex) {
        java.io.StringWriter w = new java.io.StringWriter();
        ex.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /** Objects an executor builds once per JVM and job settings (preparations, QA engines, memories). */
    static final class PerExecutor {
        private static final ConcurrentHashMap<List<Object>, Object> CACHE = new ConcurrentHashMap<>();

        private PerExecutor() {
        }

        @SuppressWarnings("unchecked")
        static <T> T get(List<Object> key, Supplier<T> make) {
            return (T) CACHE.computeIfAbsent(key, k -> make.get());
        }

        /** One per executor thread (extractors and preparers hold a segmenter: one per thread, kept across tasks). */
        @SuppressWarnings("unchecked")
        static <T> T perThread(List<Object> key, Supplier<T> make) {
            return ((ThreadLocal<T>) CACHE.computeIfAbsent(key, k -> ThreadLocal.withInitial(make))).get();
        }
    }
}
