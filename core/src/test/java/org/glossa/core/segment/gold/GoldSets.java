package org.glossa.core.segment.gold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.segment.Segmenter;
import org.glossa.core.segment.UnitSegmentation;
import org.glossa.core.xliff.Interop;

/** The gold sets read in place from shared/interop/segmentation-golden-rules, and how a segmenter scores on them. */
final class GoldSets {
    static final String FOLDER = "segmentation-golden-rules/";

    /**
     * Cases left out, with the reason. Each is either not a partition of its input (the expected text was rewritten
     * by pragmatic_segmenter's cleaner or PDF mode, see {@link GoldCase#expectedIsAPartitionOfTheInput()}) or flagged
     * by its own source as not implemented / a known failure. GoldDataTest checks that every entry is one of these.
     */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
            excl("en-40", "PDF mode: expected joins a line break inside the sentence"),
            excl("ps-en-Golden_Rules-040", "PDF mode: expected joins a line break inside the sentence"),
            excl("en-41", "cleaner: expected joins 'cold \\nnight' into one line"),
            excl("ps-en-Golden_Rules-041", "cleaner: expected joins 'cold \\nnight' into one line"),
            excl("en-18", "a.m. before 'Mr.' is no end but P.M. before 'Mr.' is: NOT IMPLEMENTED in pragmatic_segmenter, xfail in pySBD"),
            excl("ps-en-Golden_Rules-018", "same text as en-18: skipped as not implemented in pragmatic_segmenter's spec"),
            excl("pysbd-GOLDEN_EN_RULES_TEST_CASES-018", "same text as en-18: marked known failure in pySBD"),
            excl("pysbd-bench-en-18", "same text as en-18: marked known failure in pySBD's tests"),
            excl("ps-en-segment-008", "cleaner: expected removes the dot leaders of a table of contents"),
            excl("ps-en-segment-021", "cleaner: expected removes a string of dots ('dots........please' -> 'dots please')"),
            excl("ps-en-segment-022", "cleaner: expected joins a '.' on its own line to the line before"),
            excl("ps-en-segment-025", "cleaner: expected collapses runs of spaces"),
            excl("ps-en-segment-026", "cleaner: expected joins a '.' at the start of a line to the line before"),
            excl("ps-en-segment-027", "PDF mode: expected joins line breaks inside sentences"),
            excl("ps-en-segment-028", "PDF mode: expected joins line breaks inside sentences"),
            excl("ps-en-segment-029", "PDF mode: expected joins line breaks inside sentences"),
            excl("ps-en-segment-031", "cleaner: expected drops a page number line"),
            excl("ps-en-segment-032", "cleaner: expected joins letters on separate lines ('W\\nA\\nRN' -> 'WARNING')"),
            excl("ps-en-segment-033", "cleaner: expected joins letters on separate lines and drops '/'"),
            excl("ps-en-segment-035", "cleaner: expected joins a line break inside the sentence"),
            excl("ps-en-segment-036", "cleaner: expected joins a line break inside the sentence"),
            excl("ps-en-segment-037", "cleaner: expected joins a line break inside the sentence"),
            excl("ps-en-segment-045", "cleaner: expected strips HTML tags (<em>)"),
            excl("ps-en-segment-049", "cleaner: expected rewrites backquotes (`) to apostrophes"),
            excl("ps-en-segment-053", "cleaner: expected strips HTML markup"),
            excl("ps-en-segment-068", "cleaner: expected strips XLIFF/escaped markup"),
            excl("ps-en-segment-074", "cleaner: expected joins 'cold \\nnight' (en-41) inside a long text, and adds a '.'"),
            excl("ps-en-segment-077", "cleaner: expected strips escaped markup"),
            excl("ps-en-segment-081", "cleaner: expected strips lines of slashes"),
            excl("ps-en-segment-082", "cleaner: expected removes literal '\\r\\n' escape text"),
            excl("ps-en-segment-082-dup2", "cleaner: expected removes literal '\\ r \\ n' escape text"),
            excl("ps-en-segment-094", "cleaner: expected joins wrapped lines of a whole book chapter and drops text"),
            excl("ps-de-Golden_Rules-004", "'Seite 12. Dort': NOT IMPLEMENTED in pragmatic_segmenter's own spec"),
            excl("de-04", "'Seite 12. Dort': NOT IMPLEMENTED in pragmatic_segmenter's own spec"),
            excl("ps-de-segment-001", "PDF mode: expected joins line breaks inside sentences"),
            excl("ps-de-segment-026", "PDF mode: expected joins line breaks inside sentences"),
            excl("ps-de-segment-027", "PDF mode: expected joins line breaks inside sentences"),
            excl("pysbd-DE_PDF_CLEAN_RULES_TEST_CASES-001", "PDF mode: expected joins line breaks inside sentences"),
            excl("pysbd-DE_PDF_CLEAN_RULES_TEST_CASES-002", "PDF mode: expected joins line breaks inside sentences"),
            excl("pysbd-DE_PDF_CLEAN_RULES_TEST_CASES-003", "PDF mode: expected joins line breaks inside sentences"));

    /** A named gold set: a file and the cases of it that belong to the set. */
    record GoldSet(String name, String file, Predicate<GoldCase> member) {
        List<GoldCase> cases(Path root) throws IOException {
            return GoldCase.read(root.resolve(file)).stream().filter(member).toList();
        }
    }

    static final List<GoldSet> SETS = List.of(
            new GoldSet("English Golden Rules", "golden_rules_en.json", c -> true),
            new GoldSet("German Golden Rules", "golden_rules_de.json", c -> true),
            new GoldSet("pragmatic_segmenter English spec", "pragmatic_segmenter_rspec_en_de.json", c -> c.id().startsWith("ps-en-")),
            new GoldSet("pragmatic_segmenter German spec", "pragmatic_segmenter_rspec_en_de.json", c -> c.id().startsWith("ps-de-")),
            new GoldSet("pySBD English", "pysbd_en_de_test_cases.json", c -> !c.id().contains("DE_CLEAN") && !c.id().contains("DE_PDF")),
            new GoldSet("pySBD German", "pysbd_en_de_test_cases.json", c -> c.id().contains("DE_CLEAN") || c.id().contains("DE_PDF")));

    /** The score of one segmenter on one set, with the cases it got wrong. */
    record Score(String set, int passed, int total, List<String> failures) {
        double percent() {
            return total == 0 ? 100 : 100.0 * passed / total;
        }
    }

    private GoldSets() {
    }

    private static Map.Entry<String, String> excl(String id, String reason) {
        return Map.entry(id, reason);
    }

    static Path root() {
        return Interop.require(FOLDER);
    }

    /** Scores {@code segmenters} (by language) on the set, exclusions left out. */
    static Score score(GoldSet set, Function<String, Segmenter> segmenters) throws IOException {
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (GoldCase c : set.cases(root())) {
            if (EXCLUDED.containsKey(c.id())) continue;
            total++;
            List<String> got = segments(segmenters.apply(c.language()), c.input());
            List<String> want = c.expected().stream().map(String::strip).toList();
            if (got.equals(want)) passed++;
            else failures.add(c.id() + "\n    input:    " + c.input() + "\n    expected: " + want + "\n    got:      " + got);
        }
        return new Score(set.name(), passed, total, failures);
    }

    /** The segments of {@code text} as the extractor makes them: lines first, whitespace trimmed. */
    static List<String> segments(Segmenter segmenter, String text) {
        return new UnitSegmentation(segmenter).segment(Content.of(text)).stream()
                .filter(p -> p instanceof Segment).map(p -> p.source().plainText().strip()).toList();
    }
}
