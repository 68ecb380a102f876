import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.SegmentPair;
import org.glossa.desktop.GlossaApp;
import org.glossa.desktop.LaunchOptions;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.Resources;

/**
 * Desktop editor benchmark (see bench/desktop-bench.sh and docs/benchmarks.md): opens a large XLIFF in the real
 * window (under Xvfb) with the DW glossary and measures, on the JavaFX application thread:
 * open → grid laid out and shown, file-wide QA in the background, heap after open, selecting segments, typing in
 * the target (per keystroke: the view model update and the layout pass), one segment's live QA check, and
 * scrolling the grid to the end.
 * Usage: java -cp DESKTOP_CLASSPATH bench/desktop/DesktopBench.java FILE.xlf GLOSSARY
 */
public class DesktopBench {

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Path glossary = Path.of(args[1]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        GlossaApp app = new GlossaApp(new LaunchOptions(Optional.empty(), List.of(glossary), List.of()));
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            stage[0].setWidth(1600);
            stage[0].setHeight(1000);
        });
        System.out.printf(Locale.ROOT, "JVM start to window shown (includes compiling this source file): %d ms%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        EditorViewModel vm = app.viewModel();
        Scene scene = fxGet(() -> stage[0].getScene());
        @SuppressWarnings("unchecked")
        TableView<?> table = fxGet(() -> (TableView<?>) scene.lookup("#segmentTable"));
        TextArea target = fxGet(() -> (TextArea) scene.lookup("#targetArea"));
        Thread.sleep(1000);

        // open → the first layout pulse that shows rows
        long[] shown = {0};
        CountDownLatch gridShown = new CountDownLatch(1);
        Runnable pulse = () -> {
            if (shown[0] == 0 && !table.getItems().isEmpty()) {
                shown[0] = System.nanoTime();
                gridShown.countDown();
            }
        };
        fx(() -> scene.addPostLayoutPulseListener(pulse));
        long[] rowsSet = {0};
        fx(() -> vm.rows().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (rowsSet[0] == 0) rowsSet[0] = System.nanoTime();
        }));
        // how long the FX thread is unavailable while opening: a probe posted every 5 ms records its wait
        double[] longestWait = {0};
        Thread probe = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    longestWait[0] = Math.max(longestWait[0], ms(System.nanoTime() - posted));
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        fx(() -> app.open(file));
        long opened = System.nanoTime();
        probe.start();
        gridShown.await(60, TimeUnit.SECONDS);
        probe.interrupt();
        probe.join();
        fx(() -> scene.removePostLayoutPulseListener(pulse));
        int rows = fxGet(() -> vm.rows().size());
        System.out.printf(Locale.ROOT, "rows: %d%n", rows);
        System.out.printf(Locale.ROOT, "open call on the FX thread (GlossaApp.open; reading runs on a worker): %.0f ms%n",
                ms(opened - t0));
        System.out.printf(Locale.ROOT, "open to rows set (read + rows built): %.0f ms%n", ms(rowsSet[0] - t0));
        System.out.printf(Locale.ROOT, "open to grid shown (first layout pulse with rows): %.0f ms%n", ms(shown[0] - t0));
        System.out.printf(Locale.ROOT, "longest wait of a UI event while opening (window unresponsive): %.0f ms%n",
                longestWait[0]);
        waitFor(() -> fxGet(() -> !vm.qa().summaryProperty().get().equals("Checking…")
                && !vm.qa().summaryProperty().get().isEmpty()));
        System.out.printf(Locale.ROOT, "open to file QA done (background): %.0f ms (%s)%n", ms(System.nanoTime() - t0),
                fxGet(() -> vm.qa().summaryProperty().get()));
        // the spelling dictionary loads on its own worker (glossa-spelling) while the grid is shown; typing below is
        // measured with the target checked on every keystroke
        waitFor(() -> fxGet(() -> vm.aids().spelling().ready().get()));
        System.out.printf(Locale.ROOT, "open to spelling dictionary loaded (own worker; the warm-up may have loaded it): %.0f ms%n",
                ms(System.nanoTime() - t0));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used after open and GC: %.0f MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576);

        // selecting segments (editor, term highlights, glossary panel, QA and memory lookups started)
        List<Double> selects = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int row = (int) ((long) i * 7919 % rows);
            selects.add(fxGet(() -> timed(() -> {
                vm.select(row);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            })));
        }
        report("jump to a segment far away (select + layout)", selects);
        List<Double> nexts = new ArrayList<>();
        List<Double> nextModel = new ArrayList<>();
        fx(() -> vm.select(rows / 2));
        for (int i = 0; i < 100; i++) {
            double[] model = new double[1];
            nexts.add(fxGet(() -> timed(() -> {
                model[0] = timed(vm::next);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            })));
            nextModel.add(model[0]);
        }
        report("next segment (Ctrl+Down: select + layout)", nexts);
        report("  of which EditorViewModel.next and the listeners bound to it", nextModel);

        // typing: one character at a time at the end of an empty target in the second half
        int empty = fxGet(() -> {
            for (int i = vm.rows().size() - 1; i >= 0; i--) {
                if (!vm.rows().get(i).locked() && vm.rows().get(i).targetText().isEmpty()) return i;
            }
            throw new IllegalStateException("no empty target");
        });
        fx(() -> vm.select(empty));
        String typed = "Die Europäische Union und die NATO haben am Dienstag eine gemeinsame Erklärung unterzeichnet, "
                + "um ihre Partnerschaft zu stärken.";
        List<Double> keys = new ArrayList<>();
        List<Double> keyModel = new ArrayList<>();
        for (char c : typed.toCharArray()) {
            double[] model = new double[1];
            keys.add(fxGet(() -> timed(() -> {
                model[0] = timed(() -> target.appendText(Character.toString(c)));
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            })));
            keyModel.add(model[0]);
            Thread.sleep(30);
        }
        report("keystroke in the target (view model + row update + layout)", keys);
        report("  of which the text change and its listeners (view model, row)", keyModel);

        // typing misspelt words: the underlines are drawn when the background checks answer
        int second = fxGet(() -> {
            for (int i = empty - 1; i >= 0; i--) {
                if (!vm.rows().get(i).locked() && vm.rows().get(i).targetText().isEmpty()) return i;
            }
            throw new IllegalStateException("no second empty target");
        });
        fx(() -> vm.select(second));
        String misspelt = "Die Europäische Unoin und die NATO haben am Dienstga eine gemeinsame Erklärng unterzeichnet, "
                + "um ihre Partnerschaft zu stärken.";
        List<Double> keysSpelt = new ArrayList<>();
        for (char c : misspelt.toCharArray()) {
            keysSpelt.add(fxGet(() -> timed(() -> {
                target.appendText(Character.toString(c));
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            })));
            Thread.sleep(30);
        }
        Thread.sleep(500);
        report("keystroke in the target with misspellings underlined (layout; the checks run on their worker)", keysSpelt);
        System.out.printf(Locale.ROOT, "misspellings underlined after typing: %s%n",
                fxGet(() -> vm.aids().spelling().misspellings().toString()));
        // the check itself, of the whole segment as it grows keystroke by keystroke (what the worker does per key)
        org.glossa.core.spelling.SpellChecker speller = org.glossa.core.spelling.SpellChecker.forLanguage("de", List.of())
                .orElseThrow();
        List<Double> spellChecks = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int n = 1; n <= misspelt.length(); n++) {
                String prefix = misspelt.substring(0, n);
                long t = System.nanoTime();
                speller.check(prefix);
                if (round > 0) spellChecks.add(ms(System.nanoTime() - t));
            }
        }
        report("spell check of the segment per keystroke (worker; after a warm-up round)", spellChecks);
        Thread.sleep(800);
        fx(() -> target.appendText("!"));
        System.out.printf(Locale.ROOT, "idle/focus-loss autosave, UI-thread part (snapshot; the write runs on a worker): %.1f ms%n",
                fxGet(() -> timed(vm::autosave)));
        System.out.printf(Locale.ROOT, "segment findings after typing: %s%n",
                fxGet(() -> vm.qa().segmentFindings().toString()));

        // live QA of one segment (runs in the background after a 300 ms typing pause)
        Resources resources = Resources.read(List.of(glossary), List.of(), "en", "de");
        QaEngine qa = resources.qa("en", "de");
        List<Segment> segments = vm.document().orElseThrow().segments();
        List<Double> checks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Segment s = segments.get((int) ((long) i * 104729 % segments.size()));
            SegmentPair pair = new SegmentPair("f", "u", s.id(), s.source(), s.target().orElse(Content.of(typed)), "en", "de");
            long t = System.nanoTime();
            qa.check(pair);
            if (i >= 50) checks.add(ms(System.nanoTime() - t));
        }
        report("live QA check of one segment (background; after warm-up)", checks);

        // scrolling the grid to the end
        long[] scrolled = {0};
        CountDownLatch atEnd = new CountDownLatch(1);
        Runnable endPulse = () -> {
            if (scrolled[0] == 0) {
                scrolled[0] = System.nanoTime();
                atEnd.countDown();
            }
        };
        long s0 = System.nanoTime();
        fx(() -> {
            scene.addPostLayoutPulseListener(endPulse);
            table.scrollTo(rows - 1);
        });
        atEnd.await(30, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "scroll to the end (scrollTo + first layout pulse): %.0f ms%n", ms(scrolled[0] - s0));
        long g0 = System.nanoTime();
        fx(() -> {
            vm.select(rows - 1);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        System.out.printf(Locale.ROOT, "select the last segment + layout: %.0f ms%n", ms(System.nanoTime() - g0));
        Thread.sleep(3000);
        fx(() -> target.appendText("!"));
        System.out.printf(Locale.ROOT, "closing: autosave written on the calling thread: %.0f ms%n",
                fxGet(() -> timed(vm::close)));
    }

    static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "%s: n=%d, median %.2f ms, p95 %.2f ms, max %.2f ms, mean %.2f ms%n", what,
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)),
                sorted.get(sorted.size() - 1), mean);
    }

    static double timed(Runnable action) {
        long t = System.nanoTime();
        action.run();
        return ms(System.nanoTime() - t);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 300_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out");
            Thread.sleep(50);
        }
    }

    static void fx(Runnable action) {
        fxGet(() -> {
            action.run();
            return null;
        });
    }

    static <T> T fxGet(Callable<T> action) {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
