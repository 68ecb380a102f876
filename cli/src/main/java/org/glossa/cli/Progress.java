package org.glossa.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch on standard error: a progress bar on a terminal, plain lines otherwise (every 5% of the
 * files, or every 2 seconds when files are slow), nothing with --quiet or for a single file. Thread-safe.
 */
interface Progress extends AutoCloseable {
    void start(int files);

    /** One file finished (done, skipped or failed) with this many segments. */
    void fileDone(long segments);

    @Override
    void close();

    static Progress none() {
        return new Progress() {
            @Override
            public void start(int files) {
            }

            @Override
            public void fileDone(long segments) {
            }

            @Override
            public void close() {
            }
        };
    }

    static Progress forStderr(String task, PrintWriter err) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.equals("dumb");
        return terminal ? new Bar(task, err) : new Lines(task, err);
    }

    /** "extract: 120/1000 files, 5,230 segments, 12 s, ETA 1:31". */
    final class Lines implements Progress {
        private static final long EVERY_NANOS = 2_000_000_000L;
        private final String task;
        private final PrintWriter err;
        private long started;
        private long lastLine;
        private int total;
        private int done;
        private long segments;
        private int lastStep;

        Lines(String task, PrintWriter err) {
            this.task = task;
            this.err = err;
        }

        @Override
        public synchronized void start(int files) {
            total = files;
            started = System.nanoTime();
            lastLine = started;
        }

        @Override
        public synchronized void fileDone(long segs) {
            done++;
            segments += segs;
            if (total < 2) return;
            long now = System.nanoTime();
            int step = (int) (done * 20L / total);
            if (step > lastStep || now - lastLine >= EVERY_NANOS) {
                lastStep = step;
                lastLine = now;
                long elapsed = now - started;
                String eta = done == total ? "" : ", ETA " + clock(Duration.ofNanos(elapsed / done * (total - done)));
                err.printf(Locale.ROOT, "%s: %d/%d files, %,d segments, %s%s%n", task, done, total, segments,
                        elapsedText(Duration.ofNanos(elapsed)), eta);
                err.flush();
            }
        }

        @Override
        public void close() {
        }

        private static String elapsedText(Duration d) {
            return d.toSeconds() < 60 ? d.toSeconds() + " s" : clock(d);
        }

        private static String clock(Duration d) {
            long s = d.toSeconds();
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }

    /** me.tongfei:progressbar on the terminal: files, segments, elapsed, ETA. */
    final class Bar implements Progress {
        private final String task;
        private final PrintWriter err;
        private ProgressBar bar;
        private long segments;

        Bar(String task, PrintWriter err) {
            this.task = task;
            this.err = err;
        }

        @Override
        public synchronized void start(int files) {
            if (files < 2) return;
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
                    .setConsumer(new DelegatingProgressBarConsumer(s -> {
                        err.print('\r');
                        err.print(s);
                        err.flush();
                    }, width()))
                    .build();
        }

        @Override
        public synchronized void fileDone(long segs) {
            if (bar == null) return;
            segments += segs;
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d segments", segments));
            bar.step();
        }

        @Override
        public synchronized void close() {
            if (bar == null) return;
            bar.close();
            err.println();
            err.flush();
            bar = null;
        }

        private static int width() {
            String columns = System.getenv("COLUMNS");
            return columns != null && columns.matches("\\d{2,4}") ? Integer.parseInt(columns) : 100;
        }
    }
}
