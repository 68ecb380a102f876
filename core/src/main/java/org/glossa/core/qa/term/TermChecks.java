package org.glossa.core.qa.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.match.TermHit;
import org.glossa.core.glossary.match.TermMatcher;

/**
 * The glossaries of a QA run, matched on both sides: source terms (English inflection) and target terms (German
 * inflection and compounds), built once and shared by the term checks. Thread-safe.
 */
public final class TermChecks {
    private final List<Glossary> glossaries;
    private final TermMatcher source;
    private final TermMatcher target;
    private final String targetLanguage;

    public TermChecks(List<Glossary> glossaries, String sourceLanguage, String targetLanguage) {
        this.glossaries = List.copyOf(glossaries);
        List<Concept> all = new ArrayList<>();
        for (Glossary g : glossaries) all.addAll(g.concepts());
        Glossary combined = new Glossary("combined", all);
        this.source = TermMatcher.forSource(combined, sourceLanguage, targetLanguage);
        this.target = TermMatcher.forTarget(combined, sourceLanguage, targetLanguage);
        this.targetLanguage = targetLanguage;
    }

    List<TermHit> sourceHits(String text) {
        return source.find(text);
    }

    List<TermHit> targetHits(String text) {
        return target.find(text);
    }

    /** Every target term (and variant) in the text, overlapping hits too: what renders which concept. */
    List<TermHit> allTargetHits(String text) {
        return target.findAll(text);
    }

    /** Allowed target terms of a concept (not forbidden), or the source term itself for a do-not-translate concept. */
    List<String> allowedTargets(Concept c, Term sourceTerm) {
        List<String> out = c.termsIn(targetLanguage).stream().filter(t -> !t.status().isForbidden()).map(Term::text).toList();
        if (out.isEmpty() && c.doNotTranslate()) return List.of(sourceTerm.text());
        return out;
    }

    /** Where a concept comes from: "file#id". */
    String origin(Concept c) {
        for (Glossary g : glossaries) {
            for (Concept x : g.concepts()) if (x == c) return g.name() + "#" + c.id();
        }
        return c.id();
    }

    /** The concepts found in a target text with a term that is not forbidden. */
    Set<Concept> conceptsRenderedIn(List<TermHit> targetHits) {
        return targetHits.stream().filter(h -> !h.term().status().isForbidden()).map(TermHit::concept)
                .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
    }
}
