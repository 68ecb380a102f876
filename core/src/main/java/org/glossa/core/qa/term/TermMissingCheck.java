package org.glossa.core.qa.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.match.TermHit;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;

/**
 * A glossary term is in the source and none of its approved target terms, in any inflected form, is in the target
 * ("der Europäischen Kommission" renders "European Commission"; "NATO-Generalsekretär" renders "Secretary General").
 */
public final class TermMissingCheck extends AbstractCheck {
    private final TermChecks terms;

    public TermMissingCheck(TermChecks terms) {
        super("term-missing", Severity.ERROR, "terminology");
        this.terms = terms;
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        List<TermHit> inSource = terms.sourceHits(pair.sourceText());
        if (inSource.isEmpty()) return List.of();
        Set<Concept> rendered = terms.conceptsRenderedIn(terms.allTargetHits(pair.targetText()));
        List<Finding> out = new ArrayList<>();
        Set<Concept> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (TermHit h : inSource) {
            if (rendered.contains(h.concept()) || !reported.add(h.concept())) continue;
            List<String> expected = terms.allowedTargets(h.concept(), h.term());
            if (expected.isEmpty()) continue; // the glossary has no target for it: nothing to enforce
            String message = "\"" + h.matchedText() + "\" should be translated as " + quoteAll(expected);
            out.add(new Finding(pair.file(), pair.unit(), pair.segment(), id(), defaultSeverity(), message,
                    pair.sourceText(), pair.targetText(), Optional.of(new Span(h.start(), h.end())), Optional.empty(),
                    Optional.of(new TermInfo(h.term().text(), expected, "", terms.origin(h.concept())))));
        }
        return out;
    }

    static String quoteAll(List<String> terms) {
        return String.join(" or ", terms.stream().map(t -> "\"" + t + "\"").toList());
    }

    @Override
    public List<Example> examples() {
        return Examples.termMissing();
    }
}
