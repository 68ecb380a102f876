package org.glossa.core.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.text.BoundedMemo;

/**
 * Runs checks over segment pairs: each enabled check on each pair (pairs without target only to checks that ask for
 * them), then the cross-file consistency checks over all pairs. Findings come in input order: per segment, its own
 * findings in check order, then its consistency findings. Thread-safe when its checks are. Checks are pure functions
 * of a pair's contents and languages (see {@link Check}), so a repeated pair is checked once.
 */
public final class QaEngine {
    /** The checks for a language pair (term checks depend on the languages; the others do not). */
    @FunctionalInterface
    public interface CheckSet {
        List<Check> forLanguages(String sourceLanguage, String targetLanguage);
    }

    private final CheckSet checkSet;
    private final List<Check> sample;
    private final Set<String> disabled;
    private final Map<String, List<Check>> byLanguages = new ConcurrentHashMap<>();
    private final boolean inconsistentTarget;
    private final boolean inconsistentSource;
    /**
     * The findings of each distinct pair content checked lately (a run repeats its boilerplate and sentences): checks
     * look at contents and languages only, so a repeated pair gets the first one's findings with its own location.
     */
    private final BoundedMemo<Contents, List<Finding>> checked = new BoundedMemo<>(PAIRS_REMEMBERED, this::checkNew);

    /** How many distinct pairs {@link #check(SegmentPair)} remembers before it starts again. */
    private static final int PAIRS_REMEMBERED = 32_768;

    /** What a pair's own findings depend on: its languages and contents, not where it is. */
    private record Contents(String sourceLanguage, String targetLanguage, Content source, Content target,
                            List<org.glossa.core.model.SizeLimit> limits) {
    }

    /** The same checks for every language pair. */
    public QaEngine(List<Check> checks, Set<String> disabled) {
        this((s, t) -> checks, checks, disabled);
    }

    /**
     * @param sample   the checks of one language pair, to validate {@code disabled} against
     * @param disabled check ids to leave out; an unknown id is an input error naming the known ones
     */
    public QaEngine(CheckSet checkSet, List<Check> sample, Set<String> disabled) {
        Set<String> known = new LinkedHashSet<>();
        for (Check c : sample) known.add(c.id());
        known.add(Consistency.INCONSISTENT_TARGET);
        known.add(Consistency.INCONSISTENT_SOURCE);
        for (String d : disabled) {
            if (!known.contains(d)) {
                throw new InputException("--disable", "unknown check '" + d + "'; checks are " + String.join(", ", known));
            }
        }
        this.checkSet = checkSet;
        this.sample = List.copyOf(sample);
        this.disabled = Set.copyOf(disabled);
        this.inconsistentTarget = !disabled.contains(Consistency.INCONSISTENT_TARGET);
        this.inconsistentSource = !disabled.contains(Consistency.INCONSISTENT_SOURCE);
    }

    /**
     * Starts {@link Check#prepare()} of the enabled checks on a daemon thread and returns: a batch run has them load
     * their models while it reads its first files. A failure shows on that thread and again at the check's first use.
     */
    public void prepareInBackground() {
        List<Check> enabled = sample.stream().filter(c -> !disabled.contains(c.id())).toList();
        Thread thread = new Thread(() -> enabled.forEach(Check::prepare), "qa-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * All findings of the pairs, consistency across them included, in input order. Keeps everything in memory: for
     * many files use a {@link #session()}.
     */
    public List<Finding> run(List<SegmentPair> pairs) {
        try (QaSession session = QaSession.inMemory(inconsistentTarget, inconsistentSource)) {
            int i = 0;
            while (i < pairs.size()) {
                String file = pairs.get(i).file();
                int j = i;
                while (j < pairs.size() && pairs.get(j).file().equals(file)) j++;
                session.add(check(file, pairs.subList(i, j)));
                i = j;
            }
            List<Finding> out = new ArrayList<>();
            for (Finding f : session.finish().findings()) out.add(f);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("QA spool in memory", e);
        }
    }

    /**
     * A run over many files in flat memory, spooled to temporary files in a folder of this run under {@code tempDir}
     * ({@code $XDG_CACHE_HOME/glossa/spool} when null; the folders killed runs left there are removed first): add
     * each file's {@link #check(String, List)}, then {@link QaSession#finish()}.
     */
    public QaSession session(Path tempDir) throws IOException {
        return QaSession.onDisk(inconsistentTarget, inconsistentSource, tempDir);
    }

    /** The per-segment findings of one file's pairs (no consistency checks); thread-safe when the checks are. */
    public CheckedFile check(String file, List<SegmentPair> pairs) {
        List<List<Finding>> findings = new ArrayList<>(pairs.size());
        for (SegmentPair p : pairs) findings.add(check(p));
        return new CheckedFile(file, pairs, findings);
    }

    /**
     * The per-segment findings of one pair (no consistency checks). A pair with the same contents and languages as
     * one checked lately gets that one's findings, located at this pair.
     */
    public List<Finding> check(SegmentPair p) {
        List<Finding> found = checked.get(new Contents(p.sourceLanguage(), p.targetLanguage(), p.source(), p.target(), p.limits()));
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            out.add(new Finding(p.file(), p.unit(), p.segment(), f.check(), f.severity(), f.message(), f.source(),
                    f.target(), f.sourceSpan(), f.targetSpan(), f.term()));
        }
        return out;
    }

    /** Runs the checks on a pair of these contents (located nowhere: {@link #check(SegmentPair)} locates them). */
    private List<Finding> checkNew(Contents c) {
        SegmentPair p = new SegmentPair("", "", "", c.source(), c.target(), c.sourceLanguage(), c.targetLanguage(), c.limits());
        boolean empty = p.targetText().isBlank();
        List<Finding> out = new ArrayList<>();
        List<Check> checks = byLanguages.computeIfAbsent(p.sourceLanguage() + ">" + p.targetLanguage(),
                k -> checkSet.forLanguages(p.sourceLanguage(), p.targetLanguage()).stream()
                        .filter(x -> !disabled.contains(x.id())).toList());
        for (Check x : checks) {
            if (empty && !x.checksEmptyTargets()) continue;
            out.addAll(x.check(p));
        }
        return List.copyOf(out);
    }

    /** The pairs of a document's translatable segments; languages from the document unless given. */
    public static List<SegmentPair> pairs(String file, Document doc, Optional<String> source, Optional<String> target) {
        String src = source.orElse(doc.sourceLanguage());
        String trg = target.or(doc::targetLanguage).orElseThrow(() ->
                new InputException(file, "no target language in the file; give it with -t"));
        List<SegmentPair> out = new ArrayList<>();
        for (Unit u : doc.units()) {
            if (!u.translate()) continue;
            for (Segment s : u.segments()) {
                out.add(new SegmentPair(file, u.id(), s.id(), s.source(), s.translation().orElse(Content.EMPTY), src, trg,
                        SegmentPair.limitsOf(u, s.id())));
            }
        }
        return out;
    }
}
