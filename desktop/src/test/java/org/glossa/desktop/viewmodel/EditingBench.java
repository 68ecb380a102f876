package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;

/**
 * Not a test: times the editing operations on the UI thread's side (QA and memory lookups, which the application
 * runs in the background, are left out) on a document of N two-segment paragraphs. Median of the rounds after
 * warm-up. Usage: {@code EditingBench UNITS [ROUNDS]} (see docs/benchmarks.md).
 */
public final class EditingBench {

    private static final Async BACKGROUND = new Async() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            // the application runs this off the UI thread; not timed here
        }
    };

    private EditingBench() {
    }

    public static void main(String[] args) {
        int units = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Document document = document(units);
        EditorViewModel vm = new EditorViewModel(path -> {
            throw new UnsupportedOperationException("no files");
        }, Resources.NONE, BACKGROUND, Scheduler.NONE);
        String[] names = {"load", "join", "undo join", "split", "replace all", "undo replace all", "filter draft",
            "find next"};
        long[][] times = new long[names.length][rounds];
        for (int round = 0; round < rounds + 5; round++) {
            long[] t = new long[names.length + 1];
            t[0] = System.nanoTime();
            vm.load(document);
            t[1] = System.nanoTime();
            int middle = vm.rows().size() / 2;
            vm.select(middle);
            vm.joinWithNext();
            t[2] = System.nanoTime();
            vm.undo();
            t[3] = System.nanoTime();
            vm.split(vm.rows().get(middle).sourceText().indexOf("closes"));
            t[4] = System.nanoTime();
            vm.find().queryProperty().set("Sturm");
            vm.find().replacementProperty().set("Orkan");
            vm.find().scopeProperty().set(FindReplaceViewModel.Scope.TARGET);
            int replaced = vm.find().replaceAll();
            t[5] = System.nanoTime();
            vm.undo();
            t[6] = System.nanoTime();
            vm.applyFilter(RowFilter.Show.DRAFT);
            t[7] = System.nanoTime();
            vm.find().findNext();
            t[8] = System.nanoTime();
            if (replaced != units) throw new IllegalStateException("replaced " + replaced);
            if (round < 5) continue;
            for (int i = 0; i < names.length; i++) times[i][round - 5] = t[i + 1] - t[i];
        }
        System.out.printf("%d rows, median of %d rounds (ms):%n", 2 * units, rounds);
        for (int i = 0; i < names.length; i++) {
            long[] sorted = times[i].clone();
            Arrays.sort(sorted);
            System.out.printf("  %-17s %8.1f%n", names[i], sorted[rounds / 2] / 1e6);
        }
    }

    private static Document document(int units) {
        List<Unit> list = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            list.add(new Unit("u" + u, Role.BODY, true, "u" + u, List.of(
                    new Segment("s1", Content.of("The storm " + u + " closes the harbour today."),
                            Optional.of(Content.of("Der Sturm " + u + " schließt heute den Hafen.")),
                            SegmentState.INITIAL),
                    new Ignorable("i1", Content.of(" ")),
                    new Segment("s2", Content.of("Ships stay in port until Monday.")))));
        }
        return new Document("big.txt", Format.TEXT, "en", Optional.of("de"), list, Optional.empty());
    }
}
