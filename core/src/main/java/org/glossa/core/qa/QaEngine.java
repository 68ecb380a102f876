package org.glossa.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * Runs checks over segment pairs: each enabled check on each pair (pairs without target only to checks that ask for
 * them), then the cross-file consistency checks over all pairs. Findings come in input order. Thread-safe when its
 * checks are.
 */
public final class QaEngine {
    /** The checks for a language pair (term checks depend on the languages; the others do not). */
    @FunctionalInterface
    public interface CheckSet {
        List<Check> forLanguages(String sourceLanguage, String targetLanguage);
    }

    private final CheckSet checkSet;
    private final Set<String> disabled;
    private final Map<String, List<Check>> byLanguages = new ConcurrentHashMap<>();
    private final boolean inconsistentTarget;
    private final boolean inconsistentSource;

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
        this.disabled = Set.copyOf(disabled);
        this.inconsistentTarget = !disabled.contains(Consistency.INCONSISTENT_TARGET);
        this.inconsistentSource = !disabled.contains(Consistency.INCONSISTENT_SOURCE);
    }

    public List<Finding> run(List<SegmentPair> pairs) {
        List<Finding> out = new ArrayList<>();
        for (SegmentPair p : pairs) out.addAll(check(p));
        out.addAll(Consistency.check(pairs, inconsistentTarget, inconsistentSource));
        return sorted(pairs, out);
    }

    /** The per-segment findings of one pair (no consistency checks). */
    public List<Finding> check(SegmentPair p) {
        boolean empty = p.targetText().isBlank();
        List<Finding> out = new ArrayList<>();
        List<Check> checks = byLanguages.computeIfAbsent(p.sourceLanguage() + ">" + p.targetLanguage(),
                k -> checkSet.forLanguages(p.sourceLanguage(), p.targetLanguage()).stream()
                        .filter(c -> !disabled.contains(c.id())).toList());
        for (Check c : checks) {
            if (empty && !c.checksEmptyTargets()) continue;
            out.addAll(c.check(p));
        }
        return out;
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
                out.add(new SegmentPair(file, u.id(), s.id(), s.source(), s.target().orElse(Content.EMPTY), src, trg));
            }
        }
        return out;
    }

    /** Findings in the order of their pairs (a stable sort: per pair in check order); consistency findings join their segment. */
    private static List<Finding> sorted(List<SegmentPair> pairs, List<Finding> findings) {
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < pairs.size(); i++) order.putIfAbsent(key(pairs.get(i).file(), pairs.get(i).unit(), pairs.get(i).segment()), i);
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingInt(f -> order.getOrDefault(key(f.file(), f.unit(), f.segment()), Integer.MAX_VALUE)));
        return out;
    }

    private static String key(String file, String unit, String segment) {
        return file + "\u0000" + unit + "\u0000" + segment;
    }
}
