package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
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
