package org.glossa.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Note;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * Carries the translations of a previous XLIFF of a document over to its new extraction, as memoQ and Trados update
 * a document whose source changed: a new segment takes the target and state of a previous segment with the same
 * source (its text and its inline codes, by kind and id). When the same source was translated several times, the
 * segment at the same unit id and segment id wins, else the first one not taken yet in document order, else the
 * first. Only empty targets of translatable units are filled. A previous translation whose source is no longer in
 * the document (the sentence was edited, or segments were joined or split in the editor) is not carried: {@link
 * Report#notCarried} counts those (a repetition whose same translation was carried is not counted). Nothing is
 * carried between different language pairs. The translator's own notes go with their unit's source too.
 */
public final class TranslationCarryOver {

    /**
     * What was carried: targets filled in the new document, previous translations left behind and why ("source
     * changed", or "languages changed" when the previous document was for another language pair).
     */
    public record Report(int carried, int notCarried, String why) {
        public static final Report NOTHING = new Report(0, 0);

        public Report(int carried, int notCarried) {
            this(carried, notCarried, "source changed");
        }

        /** True when the previous document had translations (carried or not). */
        public boolean any() {
            return carried > 0 || notCarried > 0;
        }

        /** "36 translations carried over, 2 not (source changed)". */
        public String describe() {
            return carried + (carried == 1 ? " translation" : " translations") + " carried over, " + notCarried
                    + " not" + (notCarried > 0 ? " (" + why + ")" : "");
        }
    }

    /** The new document with the carried targets, and the report. */
    public record Result(Document document, Report report) {
    }

    /** One translated segment of the previous document. */
    private record Translation(String unitId, String segmentId, String key, Content target, SegmentState state) {
    }

    private TranslationCarryOver() {
    }

    /**
     * Fills the empty targets of {@code extracted} from the translated segments of {@code previous}, and gives its
     * units the translator's own notes ({@link Note#isOwn()}) of the previous units with the same source.
     */
    public static Result carry(Document previous, Document extracted) {
        Result targets = carryTargets(previous, extracted);
        return new Result(carryOwnNotes(previous, targets.document()), targets.report());
    }

    /**
     * The translator's notes of {@code previous} on the units of {@code extracted} with the same whole source (the unit
     * with the same id first): a note on a paragraph stays with it when the document around it changed. Units that
     * have own notes already are left as they are.
     */
    private static Document carryOwnNotes(Document previous, Document extracted) {
        Map<String, List<Unit>> bySource = new HashMap<>();
        for (Unit u : previous.units()) {
            if (u.ownNote().isPresent()) bySource.computeIfAbsent(key(u.source()), k -> new ArrayList<>()).add(u);
        }
        if (bySource.isEmpty()) return extracted;
        Set<Unit> taken = new HashSet<>();
        List<Unit> units = new ArrayList<>();
        for (Unit u : extracted.units()) {
            List<Unit> candidates = bySource.getOrDefault(key(u.source()), List.of()).stream()
                    .filter(c -> !taken.contains(c)).toList();
            if (candidates.isEmpty() || u.ownNote().isPresent()) {
                units.add(u);
                continue;
            }
            Unit from = candidates.stream().filter(c -> c.id().equals(u.id())).findFirst().orElse(candidates.get(0));
            taken.add(from);
            List<Note> notes = new ArrayList<>(u.notes());
            from.notes().stream().filter(Note::isOwn).forEach(notes::add);
            units.add(u.withNotes(notes));
        }
        return extracted.withUnits(units);
    }

    private static Result carryTargets(Document previous, Document extracted) {
        Map<String, List<Translation>> bySource = new HashMap<>();
        List<Translation> all = new ArrayList<>();
        for (Unit u : previous.units()) {
            for (Segment s : u.segments()) {
                if (s.translation().isEmpty() || s.target().get().isEmpty()) continue; // none, or a copied source
                Translation t = new Translation(u.id(), s.id(), key(s.source()), s.target().get(), s.state());
                all.add(t);
                bySource.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
            }
        }
        if (all.isEmpty()) return new Result(extracted, Report.NOTHING);
        if (!previous.sourceLanguage().equalsIgnoreCase(extracted.sourceLanguage())
                || !previous.targetLanguage().map(t -> t.equalsIgnoreCase(extracted.targetLanguage().orElse(t))).orElse(true)) {
            return new Result(extracted, new Report(0, all.size(), "languages changed"));
        }
        Set<Translation> taken = new HashSet<>();
        Set<String> carriedTexts = new HashSet<>();
        int carried = 0;
        List<Unit> units = new ArrayList<>();
        for (Unit u : extracted.units()) {
            if (!u.translate()) {
                units.add(u);
                continue;
            }
            List<UnitPart> parts = new ArrayList<>();
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s && (s.target().isEmpty() || s.target().get().isEmpty())) {
                    List<Translation> candidates = bySource.get(key(s.source()));
                    if (candidates != null) {
                        Translation t = choose(candidates, u.id(), s.id(), taken);
                        taken.add(t);
                        carriedTexts.add(t.key() + '\u0000' + key(t.target()));
                        parts.add(s.withTarget(t.target(), t.state()));
                        carried++;
                        continue;
                    }
                }
                parts.add(p);
            }
            units.add(u.withParts(parts));
        }
        int notCarried = 0;
        for (Translation t : all) {
            if (!taken.contains(t) && !carriedTexts.contains(t.key() + '\u0000' + key(t.target()))) notCarried++;
        }
        return new Result(extracted.withUnits(units), new Report(carried, notCarried));
    }

    private static Translation choose(List<Translation> candidates, String unitId, String segmentId,
            Set<Translation> taken) {
        for (Translation t : candidates) {
            if (t.unitId().equals(unitId) && t.segmentId().equals(segmentId)) return t;
        }
        for (Translation t : candidates) {
            if (!taken.contains(t)) return t;
        }
        return candidates.get(0);
    }

    /** The text with each inline code as its kind and id: what must be equal for a target to fit a source. */
    private static String key(Content content) {
        StringBuilder sb = new StringBuilder();
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text text) {
                sb.append(text.value());
            } else if (part instanceof Inline.Tag tag) {
                sb.append('\uFFF9').append(tag.kind()).append(' ').append(tag.id()).append('\uFFFB');
            }
        }
        return sb.toString();
    }
}
