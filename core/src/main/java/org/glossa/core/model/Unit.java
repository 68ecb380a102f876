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
 */
public record Unit(String id, Role role, boolean translate, String origin, List<UnitPart> parts, List<TermMark> terms,
                   List<MatchSuggestion> matches) {
    public Unit {
        Objects.requireNonNull(id, "id");
        role = role == null ? Role.BODY : role;
        origin = origin == null ? id : origin;
        parts = List.copyOf(parts);
        terms = terms == null ? List.of() : List.copyOf(terms);
        matches = matches == null ? List.of() : List.copyOf(matches);
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
        return new Unit(id, role, translate, origin, newParts, terms, matches);
    }

    public Unit withRole(Role newRole) {
        return new Unit(id, newRole, translate, origin, parts, terms, matches);
    }

    public Unit withTerms(List<TermMark> newTerms) {
        return new Unit(id, role, translate, origin, parts, newTerms, matches);
    }

    public Unit withMatches(List<MatchSuggestion> newMatches) {
        return new Unit(id, role, translate, origin, parts, terms, newMatches);
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
