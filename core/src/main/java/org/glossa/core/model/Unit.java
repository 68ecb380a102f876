package org.glossa.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A block of the document (paragraph, heading, caption…) with its role.
 *
 * @param id        unique within the document
 * @param role      what the block is in the article
 * @param translate false for page furniture and other text kept as is
 * @param origin    key of the block in the original document (the filter's text unit id); several units may share
 *                  one origin when a block was split (a caption and its glued credit), merge joins them in order
 * @param parts     segments and ignorables, in order
 * @param terms     glossary terms found in the segments' sources (empty unless a glossary was applied)
 * @param matches   translation-memory matches offered for the segments (empty unless pre-translated)
 * @param notes     comments on the unit, in file order (XLIFF notes): other tools' and the translator's own
 * @param limits    how long the unit's target may be (XLIFF {@code maxwidth}, {@code slr:sizeRestriction}…)
 */
public record Unit(String id, Role role, boolean translate, String origin, List<UnitPart> parts, List<TermMark> terms,
                   List<MatchSuggestion> matches, List<Note> notes, List<SizeLimit> limits) {
    public Unit {
        Objects.requireNonNull(id, "id");
        role = role == null ? Role.BODY : role;
        origin = origin == null ? id : origin;
        parts = List.copyOf(parts);
        terms = terms == null ? List.of() : List.copyOf(terms);
        matches = matches == null ? List.of() : List.copyOf(matches);
        notes = notes == null ? List.of() : List.copyOf(notes);
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    public Unit(String id, Role role, boolean translate, String origin, List<UnitPart> parts, List<TermMark> terms,
                List<MatchSuggestion> matches) {
        this(id, role, translate, origin, parts, terms, matches, List.of(), List.of());
    }

    public Unit(String id, Role role, boolean translate, String origin, List<UnitPart> parts) {
        this(id, role, translate, origin, parts, List.of(), List.of());
    }

    public Unit(String id, Role role, boolean translate, String origin, List<UnitPart> parts, List<TermMark> terms) {
        this(id, role, translate, origin, parts, terms, List.of());
    }

    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>(parts.size());
        for (UnitPart p : parts) {
            if (p instanceof Segment s) segments.add(s);
        }
        return java.util.Collections.unmodifiableList(segments);
    }

    /** The whole source: segments and ignorables joined. */
    public Content source() {
        if (parts.size() == 1) return parts.get(0).source();
        List<Inline> all = new ArrayList<>();
        for (UnitPart p : parts) all.addAll(p.source().parts());
        return new Content(all);
    }

    /** The whole target; a segment without target contributes its source, an ignorable its own text. */
    public Content targetOrSource() {
        Content c = Content.EMPTY;
        for (UnitPart p : parts) c = c.append(p.target().orElse(p.source()));
        return c;
    }

    public Unit withParts(List<UnitPart> newParts) {
        return new Unit(id, role, translate, origin, newParts, terms, matches, notes, limits);
    }

    public Unit withRole(Role newRole) {
        return new Unit(id, newRole, translate, origin, parts, terms, matches, notes, limits);
    }

    public Unit withTerms(List<TermMark> newTerms) {
        return new Unit(id, role, translate, origin, parts, newTerms, matches, notes, limits);
    }

    public Unit withMatches(List<MatchSuggestion> newMatches) {
        return new Unit(id, role, translate, origin, parts, terms, newMatches, notes, limits);
    }

    public Unit withNotes(List<Note> newNotes) {
        return new Unit(id, role, translate, origin, parts, terms, matches, newNotes, limits);
    }

    public Unit withLimits(List<SizeLimit> newLimits) {
        return new Unit(id, role, translate, origin, parts, terms, matches, notes, newLimits);
    }

    /** The translator's own note ({@link Note#isOwn()}), when the unit has one. */
    public java.util.Optional<Note> ownNote() {
        return notes.stream().filter(Note::isOwn).findFirst();
    }

    /**
     * This unit with the translator's own note set to {@code text}: the first own note keeps its place, id and
     * attributes with the new text (later own notes stay), a new one goes after the others; blank text removes the own
     * notes. Other notes are kept as they are.
     */
    public Unit withOwnNote(String text) {
        List<Note> out = new ArrayList<>();
        boolean placed = false;
        for (Note n : notes) {
            if (!n.isOwn()) {
                out.add(n);
            } else if (!text.isBlank() && !placed) {
                out.add(new Note(n.id(), text, n.author(), n.appliesTo(), n.priority()));
                placed = true;
            } else if (!text.isBlank()) {
                out.add(n);
            }
        }
        if (!placed && !text.isBlank()) out.add(Note.own(text));
        return withNotes(out);
    }

    /** The term marks of one segment, in text order. */
    public List<TermMark> termsOf(String segmentId) {
        if (terms.isEmpty()) return List.of();
        return terms.stream().filter(t -> t.segmentId().equals(segmentId))
                .sorted(java.util.Comparator.comparingInt(TermMark::start)).toList();
    }

    /** Replaces the segment with the same id. */
    public Unit withSegment(Segment segment) {
        List<UnitPart> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Segment s && s.id().equals(segment.id())) out.set(i, segment);
        }
        return withParts(out);
    }
}
