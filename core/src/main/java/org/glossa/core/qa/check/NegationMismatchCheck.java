package org.glossa.core.qa.check;

import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.WordToken;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * One side negates and the other does not: "has not ruled out" rendered "hat ausgeschlossen". Each language with a
 * word list ({@link #NEGATIONS}: English not, no, never, none, nobody, nothing, neither, nor, without, cannot and
 * every "n't"; German nicht, kein…, nie, niemals, niemand, nichts, weder, ohne, nirgends, nein) is read for its
 * negation words; the check runs when both languages have a list and reports the first negation of the side that
 * has one when the other has none. Counts are not compared: "not only … but also" and "nicht nur … sondern auch"
 * or "no longer" and "nicht mehr" carry their negations differently, so only presence is.
 */
public final class NegationMismatchCheck extends AbstractCheck {
    public static final String ID = "negation-mismatch";
    private static final Pattern KEIN = Pattern.compile("kein(e|en|em|er|es)?");
    private static final Map<String, Predicate<String>> NEGATIONS = Map.of(
            "en", words(Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
                    "cannot", "nowhere", "noone")).or(w -> w.endsWith("n't") || w.endsWith("n’t")),
            "de", words(Set.of("nicht", "nie", "niemals", "niemand", "niemandem", "niemanden", "nichts", "weder",
                    "ohne", "nirgends", "nirgendwo", "keinerlei", "nein")).or(w -> KEIN.matcher(w).matches()));

    public NegationMismatchCheck() {
        super(ID, Severity.WARNING, "mistranslation");
    }

    private static Predicate<String> words(Set<String> words) {
        return words::contains;
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        Predicate<String> source = NEGATIONS.get(language(pair.sourceLanguage()));
        Predicate<String> target = NEGATIONS.get(language(pair.targetLanguage()));
        if (source == null || target == null) return List.of();
        Optional<Span> inSource = first(pair.sourceText(), source);
        Optional<Span> inTarget = first(pair.targetText(), target);
        if (inSource.isPresent() == inTarget.isPresent()) return List.of();
        if (inSource.isPresent()) {
            Span s = inSource.get();
            return List.of(finding(pair, "The source negates (\"" + pair.sourceText().substring(s.start(), s.end())
                    + "\"), the target does not", s, null));
        }
        Span t = inTarget.get();
        return List.of(finding(pair, "The target negates (\"" + pair.targetText().substring(t.start(), t.end())
                + "\"), the source does not", null, t));
    }

    private static String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static Optional<Span> first(String text, Predicate<String> negation) {
        return QaWordTokenizer.words(text).stream().filter(w -> negation.test(w.text().toLowerCase(Locale.ROOT)))
                .map(Texts::span).findFirst();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("NATO has not ruled out further support.",
                        "Die NATO hat weitere Unterstützung nicht ausgeschlossen.", "en", "de", "not = nicht"),
                Example.good("There is no alternative to closer cooperation.",
                        "Zu einer engeren Zusammenarbeit gibt es keine Alternative.", "en", "de", "no = keine"),
                Example.good("The alliance will never accept the annexation.",
                        "Das Bündnis wird die Annexion niemals akzeptieren.", "en", "de", "never = niemals"),
                Example.good("Ukraine can't wait for months.", "Die Ukraine kann nicht monatelang warten.", "en", "de",
                        "n't = nicht"),
                Example.good("No", "Nein", "en", "de", "the answer no"),
                Example.good("The EU and NATO share 21 members.", "EU und NATO haben 21 gemeinsame Mitglieder.", "en",
                        "de", "no negation on either side"),
                Example.bad("NATO has not ruled out further support.", "Die NATO hat weitere Unterstützung ausgeschlossen.",
                        "en", "de", "the negation dropped"),
                Example.bad("There is no alternative to closer cooperation.",
                        "Zu einer engeren Zusammenarbeit gibt es eine Alternative.", "en", "de", "keine became eine"),
                Example.bad("The alliance will accept the outcome.", "Das Bündnis wird das Ergebnis nicht akzeptieren.",
                        "en", "de", "a negation added"),
                Example.bad("Sweden and Finland have not yet joined.", "Schweden und Finnland sind bereits beigetreten.",
                        "en", "de", "not yet became already"));
    }
}
