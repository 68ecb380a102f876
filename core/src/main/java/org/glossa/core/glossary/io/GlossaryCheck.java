package org.glossa.core.glossary.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;

/**
 * Consistency checks of a glossary for one language pair. Source terms are compared without regard to case
 * (unless marked case-sensitive); forbidden source terms do not count as source terms.
 * <ul>
 *   <li>{@code duplicate}: a source term in two concepts that have the same target terms (reported on the second);</li>
 *   <li>{@code empty-target}: a concept with a source term but no usable target term (none, or only forbidden ones),
 *       unless it is do-not-translate;</li>
 *   <li>{@code conflicting-targets}: a source term in two concepts whose preferred targets differ (the preferred
 *       targets are those marked preferred, else all targets that are not forbidden);</li>
 *   <li>{@code forbidden-also-preferred}: a term forbidden (deprecated/superseded) in one place and preferred in
 *       another, in the source or the target language (reported on the concept where it is forbidden).</li>
 * </ul>
 */
public final class GlossaryCheck {
    private GlossaryCheck() {
    }

    public static List<GlossaryProblem> check(Glossary glossary, String sourceLanguage, String targetLanguage) {
        List<GlossaryProblem> out = new ArrayList<>();
        Map<String, Concept> firstWithSource = new LinkedHashMap<>();
        for (Concept c : glossary.concepts()) {
            List<Term> sources = usable(c.termsIn(sourceLanguage));
            List<Term> targets = c.termsIn(targetLanguage);
            if (!sources.isEmpty() && usable(targets).isEmpty() && !c.doNotTranslate()) {
                out.add(new GlossaryProblem(GlossaryProblem.EMPTY_TARGET, c.id(), targets.isEmpty()
                        ? "\"" + sources.get(0).text() + "\" has no " + targetLanguage + " term"
                        : "\"" + sources.get(0).text() + "\" has only forbidden " + targetLanguage + " terms"));
            }
            Set<String> reported = new LinkedHashSet<>();
            for (Term s : sources) {
                Concept earlier = firstWithSource.putIfAbsent(key(s), c);
                if (earlier == null || earlier == c || !reported.add(earlier.id())) continue;
                compare(earlier, c, s, targetLanguage).ifPresent(out::add);
            }
        }
        forbiddenAlsoPreferred(glossary, sourceLanguage, out);
        if (!sourceLanguage.equalsIgnoreCase(targetLanguage)) forbiddenAlsoPreferred(glossary, targetLanguage, out);
        return out;
    }

    private static Optional<GlossaryProblem> compare(Concept earlier, Concept c, Term source, String targetLanguage) {
        Set<String> allEarlier = texts(earlier.termsIn(targetLanguage));
        Set<String> allNow = texts(c.termsIn(targetLanguage));
        if (allEarlier.equals(allNow)) {
            return Optional.of(new GlossaryProblem(GlossaryProblem.DUPLICATE, c.id(), "\"" + source.text()
                    + "\" is also in concept " + earlier.id() + " with the same " + targetLanguage + " terms"));
        }
        Set<String> preferredEarlier = texts(preferred(earlier.termsIn(targetLanguage)));
        Set<String> preferredNow = texts(preferred(c.termsIn(targetLanguage)));
        if (!preferredEarlier.isEmpty() && !preferredNow.isEmpty() && !preferredEarlier.equals(preferredNow)) {
            return Optional.of(new GlossaryProblem(GlossaryProblem.CONFLICTING_TARGETS, c.id(), "\"" + source.text()
                    + "\" is translated " + String.join(" / ", preferredNow) + " here but " + String.join(" / ", preferredEarlier)
                    + " in concept " + earlier.id()));
        }
        return Optional.empty();
    }

    private static void forbiddenAlsoPreferred(Glossary glossary, String language, List<GlossaryProblem> out) {
        Map<String, Concept> preferredIn = new LinkedHashMap<>();
        for (Concept c : glossary.concepts()) {
            for (Term t : c.termsIn(language)) if (t.status() == TermStatus.PREFERRED) preferredIn.putIfAbsent(key(t), c);
        }
        for (Concept c : glossary.concepts()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Term t : c.termsIn(language)) {
                Concept where = preferredIn.get(key(t));
                if (t.status().isForbidden() && where != null && seen.add(key(t))) {
                    out.add(new GlossaryProblem(GlossaryProblem.FORBIDDEN_ALSO_PREFERRED, c.id(), "\"" + t.text() + "\" ("
                            + t.language() + ") is forbidden here but preferred in concept " + where.id()));
                }
            }
        }
    }

    private static List<Term> usable(List<Term> terms) {
        return terms.stream().filter(t -> !t.status().isForbidden()).toList();
    }

    private static List<Term> preferred(List<Term> terms) {
        List<Term> marked = terms.stream().filter(t -> t.status() == TermStatus.PREFERRED).toList();
        return marked.isEmpty() ? usable(terms) : marked;
    }

    private static Set<String> texts(List<Term> terms) {
        Set<String> out = new TreeSet<>();
        for (Term t : terms) out.add(t.text().strip());
        return out;
    }

    private static String key(Term t) {
        String text = t.text().strip().replaceAll("\\s+", " ");
        return t.caseSensitive() ? text : text.toLowerCase(Locale.ROOT);
    }
}
