package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.SegmentPair;
import org.junit.jupiter.api.Test;

/**
 * The editor's QA (standard checks plus the DW glossary's term checks) gives the same findings when several workers
 * check the file at once as when one checks it alone: the engine, its checks and detectors are safe to share.
 */
class QaConcurrencyTest {

    static final Path SEED = Path.of("..", "seeds", "dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    static final Path GLOSSARY = Path.of("..", "glossaries", "dw-en-de.tbx");

    @Test
    void concurrentFileChecksFindWhatASequentialCheckFinds() throws Exception {
        Document document = Documents.open(SEED, new ExtractOptions("en", "de"));
        Resources resources = Resources.read(List.of(GLOSSARY), List.of(), "en", "de");
        List<SegmentPair> pairs = withFaultyTargets(QaEngine.pairs("seed", document, Optional.empty(),
                Optional.of("de")));
        List<Finding> sequential = resources.qa("en", "de").run(pairs);
        assertTrue(sequential.size() > 20, "the targets have many issues: " + sequential.size());
        assertTrue(sequential.stream().map(Finding::check).distinct().count() >= 4, "of several kinds");

        for (int round = 0; round < 3; round++) {
            QaEngine shared = resources.qa("en", "de");
            ExecutorService workers = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Finding>>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) runs.add(workers.submit(() -> shared.run(pairs)));
                for (Future<List<Finding>> run : runs) assertEquals(sequential, run.get());
            } finally {
                workers.shutdownNow();
            }
        }
    }

    /**
     * Targets that trip many checks: the English source left as it is (untranslated, wrong language, missing
     * terms), numbers changed, doubled spaces and words, the end punctuation dropped.
     */
    static List<SegmentPair> withFaultyTargets(List<SegmentPair> pairs) {
        List<SegmentPair> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            SegmentPair p = pairs.get(i);
            String source = p.sourceText();
            String target = switch (i % 4) {
                case 0 -> source;
                case 1 -> source.replaceAll("[0-9]", "7") + " die die";
                case 2 -> source.replace(" ", "  ").replaceAll("[.!?]$", "");
                default -> "Die EU und die NATO unterzeichnen eine Erklärung.";
            };
            out.add(new SegmentPair(p.file(), p.unit(), p.segment(), p.source(), Content.of(target),
                    p.sourceLanguage(), p.targetLanguage()));
        }
        return out;
    }
}
