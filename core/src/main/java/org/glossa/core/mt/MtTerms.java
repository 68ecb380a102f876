package org.glossa.core.mt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.match.TermHit;
import org.glossa.core.glossary.match.TermMatcher;
import org.glossa.core.model.Content;

/**
 * The glossary term pairs of a segment, as hints for machine translation: each source term the glossaries' matchers
 * find in the segment (the rules of {@link TermMatcher}: stems, case, compounds) with the first allowed (not
 * forbidden) target term of its concept, or the source term itself for a do-not-translate concept; the term pair as
 * written in the glossary, once. Thread-safe.
 */
public final class MtTerms {
    /** No glossary: no hints. */
    public static final MtTerms NONE = new MtTerms(List.of(), "und", "und");

    private final List<TermMatcher> matchers;
    private final String target;

    public MtTerms(List<Glossary> glossaries, String source, String target) {
        List<TermMatcher> m = new ArrayList<>();
        for (Glossary g : glossaries) m.add(TermMatcher.forSource(g, source, target));
        this.matchers = List.copyOf(m);
        this.target = target;
    }

    /** The term pairs of {@code segment}, in text order. */
    public List<MtProvider.TermHint> in(Content segment) {
        if (matchers.isEmpty()) return List.of();
        String text = segment.plainText();
        Set<MtProvider.TermHint> hints = new LinkedHashSet<>();
        for (TermMatcher matcher : matchers) {
            for (TermHit hit : matcher.find(text)) {
                List<Term> targets = hit.concept().termsIn(target).stream().filter(t -> !t.status().isForbidden()).toList();
                if (!targets.isEmpty()) hints.add(new MtProvider.TermHint(hit.term().text(), targets.get(0).text()));
                else if (hit.concept().doNotTranslate()) hints.add(new MtProvider.TermHint(hit.term().text(), hit.term().text()));
            }
        }
        return List.copyOf(hints);
    }
}
