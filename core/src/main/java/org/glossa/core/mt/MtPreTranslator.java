package org.glossa.core.mt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
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
 * the glossaries' term pairs of the language pair are the hints.
 */
public final class MtPreTranslator {
    private final MachineTranslator mt;
    private final List<MtProvider.TermHint> hints;

    public MtPreTranslator(MachineTranslator mt, List<Glossary> glossaries, String source, String target) {
        this.mt = mt;
        List<MtProvider.TermHint> h = new ArrayList<>();
        for (Glossary g : glossaries) {
            for (Concept c : g.concepts()) {
                List<Term> s = c.termsIn(source);
                List<Term> t = c.termsIn(target);
                if (!s.isEmpty() && !t.isEmpty()) h.add(new MtProvider.TermHint(s.get(0).text(), t.get(0).text()));
            }
        }
        this.hints = List.copyOf(h);
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
        List<Content> translated = mt.translate(sources, source, target, hints);
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
