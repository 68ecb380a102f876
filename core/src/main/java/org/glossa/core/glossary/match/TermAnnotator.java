package org.glossa.core.glossary.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;

/**
 * Finds glossary terms in a document's source segments and records them as {@link TermMark}s, which the XLIFF
 * writers turn into term annotations. Built once for a set of glossaries and a language pair; thread-safe.
 */
public final class TermAnnotator {
    /** Stands for an inline code in the text given to the matcher: not a word character, so terms never span it. */
    private final TermMatcher matcher;
    private final String targetLanguage;
    private final Map<Concept, String> glossaryOf = new IdentityHashMap<>();

    public TermAnnotator(List<Glossary> glossaries, String sourceLanguage, String targetLanguage) {
        List<Concept> all = new ArrayList<>();
        for (Glossary g : glossaries) {
            for (Concept c : g.concepts()) {
                all.add(c);
                glossaryOf.put(c, g.name());
            }
        }
        this.matcher = TermMatcher.forSource(new Glossary("combined", all), sourceLanguage, targetLanguage);
        this.targetLanguage = targetLanguage;
    }

    /** The document with the term marks of every translatable unit (replacing any it had). */
    public Document annotate(Document doc) {
        List<Unit> units = new ArrayList<>();
        for (Unit u : doc.units()) {
            if (!u.translate()) {
                units.add(u);
                continue;
            }
            List<TermMark> marks = new ArrayList<>();
            for (Segment s : u.segments()) {
                for (TermHit h : matcher.find(s.source().codedText())) marks.add(mark(s.id(), h));
            }
            units.add(u.withTerms(marks));
        }
        return doc.withUnits(units);
    }

    /** Hits in a plain text (for reports), with the same rules. */
    public List<TermHit> find(String text) {
        return matcher.find(text);
    }

    /** The target terms of a concept, preferred first; a do-not-translate concept without any gives its own term. */
    public List<TermMark.Target> targets(Concept c, Term sourceTerm) {
        List<Term> terms = new ArrayList<>(c.termsIn(targetLanguage));
        terms.sort(Comparator.comparingInt(t -> t.status() == TermStatus.UNSPECIFIED ? 1 : t.status().ordinal() * 2));
        List<TermMark.Target> out = new ArrayList<>();
        for (Term t : terms) out.add(new TermMark.Target(t.text(), t.status() == TermStatus.UNSPECIFIED ? "" : t.status().id()));
        if (out.isEmpty() && c.doNotTranslate()) out.add(new TermMark.Target(sourceTerm.text(), TermStatus.PREFERRED.id()));
        return out;
    }

    public String glossaryName(Concept c) {
        return glossaryOf.getOrDefault(c, "");
    }

    private TermMark mark(String segmentId, TermHit h) {
        return new TermMark(segmentId, h.start(), h.end(), h.term().text(), targets(h.concept(), h.term()),
                glossaryName(h.concept()) + "#" + h.concept().id());
    }
}
