package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.glossa.core.text.EditingWords;
import org.glossa.core.model.Content;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * Splits a segment's source in two and joins a segment with the next one of its unit, as CAT tools do. The unit's
 * whole source never changes (whitespace at a split becomes an ignorable between the two segments, a join takes
 * the ignorables back), so merging the translation back gives the same text. Term marks follow their text; memory
 * matches of the changed segments are dropped (they were for the old sentence). Units that are not translated are
 * refused.
 */
public final class Resegmenter {

    /** What a split or join gives: the new unit, or why it was refused. */
    public sealed interface Outcome permits Done, Refused {
    }

    /** @param segmentId the segment to show afterwards (the first of a split, the joined one) */
    public record Done(Unit unit, String segmentId, String message) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    private Resegmenter() {
    }

    /**
     * Splits segment {@code segmentId} of {@code unit} at {@code offset} in its source as displayed (inline codes as
     * placeholders, see {@link TagText}). The offset must be at a word boundary, outside placeholders, with text on
     * both sides. The first segment keeps the target (as a draft, without the codes that went to the second part);
     * the second has no target yet.
     */
    public static Outcome split(Unit unit, String segmentId, int offset, Locale language) {
        if (!unit.translate()) return new Refused("This segment is locked (not translated); it cannot be split");
        Segment segment = find(unit, segmentId).orElseThrow(() -> noSegment(unit, segmentId));
        Content source = segment.source();
        Optional<Integer> coded = codedOffset(source, offset);
        if (coded.isEmpty()) return new Refused("Cannot split inside an inline code");
        int at = coded.get();
        String codedText = source.codedText();
        if (!isWordBoundary(codedText, at, language)) return new Refused("Split between two words, not inside one");
        int end = at;
        int start = at;
        while (start > 0 && Character.isWhitespace(codedText.charAt(start - 1))) start--;
        while (end < codedText.length() && Character.isWhitespace(codedText.charAt(end))) end++;
        Content first = source.slice(0, start);
        Content gap = source.slice(start, end);
        Content second = source.slice(end, source.codedLength());
        if (first.plainText().isBlank() || second.plainText().isBlank()) {
            return new Refused("Both parts of a split need text; choose a position between two words");
        }
        Set<String> used = usedIds(unit);
        String secondId = freshId("s", used);
        Set<String> secondCodes = new HashSet<>();
        for (Inline.Tag tag : second.tags()) secondCodes.add(tag.kind() + ":" + tag.id());
        Optional<Content> firstTarget = segment.target().map(t -> withoutCodes(t, secondCodes))
                .filter(t -> !t.isEmpty());
        boolean codesMoved = segment.target().isPresent() && !segment.target().equals(firstTarget);

        List<UnitPart> parts = new ArrayList<>();
        for (UnitPart part : unit.parts()) {
            if (part instanceof Segment s && s.id().equals(segmentId)) {
                parts.add(new Segment(segmentId, first, firstTarget, SegmentState.INITIAL));
                if (!gap.isEmpty()) parts.add(new Ignorable(freshId("i", used), gap));
                parts.add(new Segment(secondId, second));
            } else {
                parts.add(part);
            }
        }
        List<TermMark> terms = new ArrayList<>();
        for (TermMark mark : unit.terms()) {
            if (!mark.segmentId().equals(segmentId)) terms.add(mark);
            else if (mark.end() <= start) terms.add(mark);
            else if (mark.start() >= end) terms.add(new TermMark(secondId, mark.start() - end, mark.end() - end,
                    mark.term(), mark.targets(), mark.source()));
        }
        Unit split = unit.withParts(parts).withTerms(terms)
                .withMatches(unit.matches().stream().filter(m -> !m.segmentId().equals(segmentId)).toList());
        String message = "Split the segment in two" + (segment.target().isPresent()
                ? "; the target stays with the first part" + (codesMoved ? ", without the codes of the second" : "")
                : "");
        return new Done(split, segmentId, message);
    }

    /**
     * Joins segment {@code segmentId} with the next segment of the same unit: sources joined with the ignorables
     * between them, targets likewise (the ignorables' own text between them). The joined segment keeps the first
     * id and the lower of the two states (a missing target counts as initial).
     */
    public static Outcome join(Unit unit, String segmentId) {
        if (!unit.translate()) return new Refused("This segment is locked (not translated); it cannot be joined");
        List<UnitPart> parts = unit.parts();
        int first = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Segment s && s.id().equals(segmentId)) first = i;
        }
        if (first < 0) throw noSegment(unit, segmentId);
        int second = first + 1;
        while (second < parts.size() && !(parts.get(second) instanceof Segment)) second++;
        if (second >= parts.size()) {
            return new Refused("This is the last segment of its paragraph; segments join within a paragraph only");
        }
        Segment a = (Segment) parts.get(first);
        Segment b = (Segment) parts.get(second);
        Content gapSource = Content.EMPTY;
        Content gapTarget = Content.EMPTY;
        for (UnitPart between : parts.subList(first + 1, second)) {
            gapSource = gapSource.append(between.source());
            gapTarget = gapTarget.append(between.target().orElse(between.source()));
        }
        Content source = a.source().append(gapSource).append(b.source());
        Optional<Content> target;
        if (a.target().isEmpty() && b.target().isEmpty()) target = Optional.empty();
        else if (b.target().isEmpty()) target = a.target();
        else if (a.target().isEmpty()) target = b.target();
        else target = Optional.of(a.target().get().append(gapTarget).append(b.target().get()));
        SegmentState state = a.target().isPresent() && b.target().isPresent()
                ? (a.state().compareTo(b.state()) <= 0 ? a.state() : b.state()) : SegmentState.INITIAL;

        List<UnitPart> joined = new ArrayList<>(parts.subList(0, first));
        joined.add(new Segment(a.id(), source, target, state));
        joined.addAll(parts.subList(second + 1, parts.size()));
        int shift = a.source().codedLength() + gapSource.codedLength();
        List<TermMark> terms = new ArrayList<>();
        for (TermMark mark : unit.terms()) {
            if (mark.segmentId().equals(b.id())) {
                terms.add(new TermMark(a.id(), mark.start() + shift, mark.end() + shift, mark.term(), mark.targets(),
                        mark.source()));
            } else {
                terms.add(mark);
            }
        }
        Unit result = unit.withParts(joined).withTerms(terms).withMatches(unit.matches().stream()
                .filter(m -> !m.segmentId().equals(a.id()) && !m.segmentId().equals(b.id())).toList());
        return new Done(result, a.id(), "Joined two segments");
    }

    /**
     * The coded offset (a code counts as one character) of display offset {@code offset}; empty when the offset
     * falls inside a placeholder.
     */
    static Optional<Integer> codedOffset(Content content, int offset) {
        int display = 0;
        int coded = 0;
        for (Inline part : content.parts()) {
            if (display == offset) return Optional.of(coded);
            if (part instanceof Inline.Text text) {
                int length = text.value().length();
                if (offset < display + length) return Optional.of(coded + offset - display);
                display += length;
                coded += length;
            } else {
                int length = TagText.placeholder((Inline.Tag) part).length();
                if (offset < display + length) return Optional.empty();
                display += length;
                coded++;
            }
        }
        return offset == display ? Optional.of(coded) : Optional.empty();
    }

    private static boolean isWordBoundary(String text, int at, Locale language) {
        if (at <= 0 || at >= text.length()) return false;
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) return true;
        if (before == Content.CODE || after == Content.CODE) return true;
        return new EditingWords(language.toLanguageTag()).isBoundary(text, at);
    }

    private static Content withoutCodes(Content content, Set<String> codes) {
        List<Inline> kept = new ArrayList<>();
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Tag tag && codes.contains(tag.kind() + ":" + tag.id())) continue;
            kept.add(part);
        }
        return new Content(kept);
    }

    /** Every id of the unit's id space: segments, ignorables, inline codes and term marks (t1…). */
    private static Set<String> usedIds(Unit unit) {
        Set<String> used = new HashSet<>();
        for (UnitPart part : unit.parts()) {
            used.add(part.id());
            for (Inline.Tag tag : part.source().tags()) used.add(tag.id());
            part.target().ifPresent(t -> t.tags().forEach(tag -> used.add(tag.id())));
        }
        for (int i = 1; i <= unit.terms().size() + 2; i++) used.add("t" + i);
        return used;
    }

    private static String freshId(String prefix, Set<String> used) {
        int n = 1;
        while (used.contains(prefix + n)) n++;
        used.add(prefix + n);
        return prefix + n;
    }

    private static Optional<Segment> find(Unit unit, String segmentId) {
        return unit.segments().stream().filter(s -> s.id().equals(segmentId)).findFirst();
    }

    private static IllegalArgumentException noSegment(Unit unit, String segmentId) {
        return new IllegalArgumentException("no segment " + segmentId + " in unit " + unit.id());
    }
}
