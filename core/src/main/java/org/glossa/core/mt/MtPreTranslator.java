package org.glossa.core.mt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * Fills the empty targets of a document's translatable segments with machine translation (after the memories had
 * their turn): state initial (unconfirmed, never final), the suggestion recorded on the unit with score
 * {@link MachineTranslator#SCORE} and origin {@code MT: <provider>}. The whole document goes in one batched call;
 * each segment's glossary term pairs ({@link MtTerms}) are its hints.
 */
public final class MtPreTranslator {
    private final MachineTranslator mt;
    private final MtTerms terms;

    public MtPreTranslator(MachineTranslator mt, List<Glossary> glossaries, String source, String target) {
        this.mt = mt;
        this.terms = new MtTerms(glossaries, source, target);
    }

    /** The document with its empty targets machine-translated; {@code filled} is told how many. */
    public Document apply(Document doc, String source, String target, java.util.function.IntConsumer filled)
            throws IOException {
        List<Content> sources = new ArrayList<>();
        for (Unit u : doc.units()) {
            if (!u.translate()) continue;
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s && s.translation().isEmpty() && !s.source().plainText().isBlank()) {
                    sources.add(s.source());
                }
            }
        }
        if (sources.isEmpty()) {
            filled.accept(0);
            return doc;
        }
        List<Content> translated = mt.translate(sources, source, target, terms);
        int next = 0;
        List<Unit> units = new ArrayList<>();
        for (Unit u : doc.units()) {
            if (!u.translate()) {
                units.add(u);
                continue;
            }
            List<UnitPart> parts = new ArrayList<>();
            List<MatchSuggestion> suggestions = new ArrayList<>(u.matches());
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s && s.translation().isEmpty() && !s.source().plainText().isBlank()) {
                    Content t = translated.get(next++);
                    suggestions.add(new MatchSuggestion(s.id(), MachineTranslator.SCORE, s.source(), t, mt.origin()));
                    parts.add(s.withTarget(t, SegmentState.INITIAL));
                } else {
                    parts.add(p);
                }
            }
            units.add(u.withParts(parts).withMatches(suggestions));
        }
        filled.accept(sources.size());
        return doc.withUnits(units);
    }
}
