package org.glossa.core.qa.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.glossary.match.TermHit;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;

/** A deprecated (forbidden) target term is in the target, in any inflected form ("Weißrusslands"). */
public final class TermForbiddenCheck extends AbstractCheck {
    private final TermChecks terms;

    public TermForbiddenCheck(TermChecks terms) {
        super("term-forbidden", Severity.ERROR, "terminology");
        this.terms = terms;
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        List<Finding> out = new ArrayList<>();
        for (TermHit h : terms.targetHits(pair.targetText())) {
            if (!h.term().status().isForbidden()) continue;
            List<String> instead = h.concept().termsIn(pair.targetLanguage()).stream()
                    .filter(t -> !t.status().isForbidden()).map(t -> t.text()).toList();
            String source = h.concept().termsIn(pair.sourceLanguage()).stream().findFirst().map(t -> t.text()).orElse("");
            String message = "\"" + h.matchedText() + "\" is a forbidden term"
                    + (instead.isEmpty() ? "" : "; use " + TermMissingCheck.quoteAll(instead));
            out.add(new Finding(pair.file(), pair.unit(), pair.segment(), id(), defaultSeverity(), message,
                    pair.sourceText(), pair.targetText(), Optional.empty(), Optional.of(new Span(h.start(), h.end())),
                    Optional.of(new TermInfo(source, instead, h.term().text(), terms.origin(h.concept())))));
        }
        return out;
    }

    @Override
    public List<Example> examples() {
        return Examples.termForbidden();
    }
}
