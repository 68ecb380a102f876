package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.qa.Check;
import org.glossa.core.qa.term.TermChecks;
import org.glossa.core.qa.term.TermForbiddenCheck;
import org.glossa.core.qa.term.TermMissingCheck;

/** The standard segment checks (no term or cross-segment checks). */
public final class Checks {
    private Checks() {
    }

    /** All standard checks, in report order: errors about content first, then form. */
    public static List<Check> standard() {
        return standard(HouseStyle.DEFAULT);
    }

    /** {@link #standard()} with a project's or newsroom's house style (its quotation marks). */
    public static List<Check> standard(HouseStyle house) {
        return List.of(
                new EmptyTargetCheck(),
                new UntranslatedCheck(),
                new NumberMismatchCheck(),
                new DateMismatchCheck(),
                new NegationMismatchCheck(),
                new TagMismatchCheck(),
                new UrlEmailMismatchCheck(),
                new WrongLanguageCheck(),
                new PunctuationEndCheck(),
                new QuoteStyleCheck(house.quotes()),
                new RepeatedWordCheck(),
                new DoubleSpaceCheck(),
                new LeadingTrailingSpaceCheck(),
                new LengthRatioCheck(),
                new SizeLimitCheck());
    }

    /**
     * Starts loading, on daemon threads, what the standard and spelling checks not in {@code disabled} need: their
     * {@link Check#prepare()} (the language model) on one, and {@link Check#prepare(String, String)} for the language
     * pair a run expects (the target language's Hunspell dictionary, ICU's number and date data) on another, and
     * returns them. Everything they load is shared by the process and needs no glossary, so a command can start them
     * before it reads its glossaries and builds its checks; a check that finds its data still loading waits for it.
     * What fails here is left for the check's first use, which reports it.
     */
    public static List<Thread> prepareInBackground(String sourceLanguage, String targetLanguage, Set<String> disabled) {
        // the dictionary first: it takes longest (a few hundred milliseconds for de_DE)
        List<Check> checks = new ArrayList<>(List.of(new SpellingCheck(List.of(), tag -> List.of())));
        checks.addAll(standard());
        List<Check> enabled = checks.stream().filter(c -> !disabled.contains(c.id())).toList();
        Thread pair = new Thread(() -> enabled.forEach(c -> quietly(() -> c.prepare(sourceLanguage, targetLanguage))),
                "qa-prepare-languages");
        Thread models = new Thread(() -> enabled.forEach(c -> quietly(c::prepare)), "qa-prepare");
        for (Thread t : List.of(pair, models)) {
            t.setDaemon(true);
            t.start();
        }
        return List.of(pair, models);
    }

    /** Runs a preparation; a failure (a damaged dictionary, say) is the check's to report when it is used. */
    private static void quietly(Runnable preparation) {
        try {
            preparation.run();
        } catch (RuntimeException e) {
            System.getLogger(Checks.class.getName()).log(System.Logger.Level.DEBUG, "preparing a check ahead failed", e);
        }
    }

    /**
     * The check set of {@code qa}, {@code run} and the editor: the standard checks, {@code spelling} (the glossaries'
     * terms and the user's word list known), plus the term checks (missing, forbidden) when there are glossaries.
     */
    public static List<Check> withTerms(List<Glossary> glossaries, String sourceLanguage, String targetLanguage) {
        return withTerms(glossaries, sourceLanguage, targetLanguage, new SpellingCheck(glossaries));
    }

    /** {@link #withTerms(List, String, String)} with the given spelling check (a project's word lists known too). */
    public static List<Check> withTerms(List<Glossary> glossaries, String sourceLanguage, String targetLanguage,
            SpellingCheck spelling) {
        return withTerms(glossaries, sourceLanguage, targetLanguage, spelling, HouseStyle.DEFAULT);
    }

    /** {@link #withTerms(List, String, String, SpellingCheck)} with a house style (a project's quotation marks). */
    public static List<Check> withTerms(List<Glossary> glossaries, String sourceLanguage, String targetLanguage,
            SpellingCheck spelling, HouseStyle house) {
        List<Check> out = new ArrayList<>(standard(house));
        out.add(spelling);
        if (!glossaries.isEmpty()) {
            TermChecks terms = new TermChecks(glossaries, sourceLanguage, targetLanguage);
            out.add(new TermMissingCheck(terms));
            out.add(new TermForbiddenCheck(terms));
        }
        return List.copyOf(out);
    }
}
