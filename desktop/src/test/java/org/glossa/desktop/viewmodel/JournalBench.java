package org.glossa.desktop.viewmodel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;

/**
 * Not a test: times what Ctrl+Enter costs the UI thread with a server memory, {@link ConfirmationJournal#add} (the
 * journal read, rewritten, forced to disk and moved into place under its lock), and what the sender does after an
 * acknowledgement ({@link ConfirmationJournal#remove}), with {@code PENDING} confirmations already queued (0: the
 * server keeps up; more: it is away). Median of the rounds after 20 warm-up rounds, wall time and the calling
 * thread's CPU time (the machine may be loaded). Usage:
 * {@code JournalBench FOLDER PENDING [ROUNDS]} (see docs/benchmarks.md).
 */
public final class JournalBench {

    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int pending = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        ConfirmationJournal journal = ConfirmationJournal.of(folder, URI.create("http://127.0.0.1:8080/memories/bench"
                + System.nanoTime()));
        for (int i = 0; i < pending; i++) journal.add(segment("p" + i));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] add = new double[rounds];
        double[] addCpu = new double[rounds];
        double[] remove = new double[rounds];
        double[] removeCpu = new double[rounds];
        for (int r = -20; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ConfirmationJournal.Entry e = journal.add(segment("r" + r));
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            journal.remove(List.of(e.id()));
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            if (r >= 0) {
                add[r] = (t1 - t0) / 1e6;
                addCpu[r] = (c1 - c0) / 1e6;
                remove[r] = (t2 - t1) / 1e6;
                removeCpu[r] = (c2 - c1) / 1e6;
            }
        }
        System.err.printf("pending %d: add median %.2f ms (p90 %.2f), CPU median %.2f ms; remove median %.2f ms"
                + " (p90 %.2f), CPU median %.2f ms%n", pending, median(add), p90(add), median(addCpu), median(remove),
                p90(remove), median(removeCpu));
    }

    private static ConfirmedSegment segment(String unit) {
        return new ConfirmedSegment("bench.html", unit, "1",
                Content.of("The European Union and NATO signed a joint declaration on Tuesday in Brussels."),
                Content.of("Die EU und die NATO unterzeichneten am Dienstag in Brüssel eine gemeinsame Erklärung."),
                Optional.of(Content.of("Previous sentence.")), "en", "de");
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double p90(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) (s.length * 0.9)];
    }
}
