package org.glossa.core.qa.check;

import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.WordToken;
import java.util.List;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The target equals the source (after trimming) and the source has words to translate.
 *
 * <p>Rule for "words to translate": after URLs, e-mail addresses and handles are blanked out, the source has at
 * least {@value #MIN_COMMON_WORDS} common words, a common word being a run of letters whose first letter is lower
 * case (so not capitalised and not all upper case). Names ("Jens Stoltenberg"), acronyms ("NATO"), numbers
 * ("2023"), credits ("Image: Johanna Geron/REUTERS") and links copied unchanged are therefore fine. German
 * capitalises nouns, so a German source with only nouns counts as names; the rule is tuned for English sources.
 */
public final class UntranslatedCheck extends AbstractCheck {
    public static final String ID = "untranslated";
    static final int MIN_COMMON_WORDS = 2;

    public UntranslatedCheck() {
        super(ID, Severity.ERROR, "untranslated");
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String source = pair.sourceText();
        String target = pair.targetText();
        String stripped = Texts.strip(source);
        if (stripped.isEmpty() || !stripped.equals(Texts.strip(target))) return List.of();
        if (commonWords(source) < MIN_COMMON_WORDS) return List.of();
        int start = Texts.leadingSpace(target);
        return List.of(finding(pair, "The target is the same as the source",
                new Span(Texts.leadingSpace(source), Texts.trailingSpaceStart(source)),
                new Span(start, Math.max(start, Texts.trailingSpaceStart(target)))));
    }

    static int commonWords(String text) {
        String words = Texts.blank(text, Links.find(text).stream().map(Links.Link::span).toList());
        return (int) QaWordTokenizer.words(words).stream().filter(w -> Character.isLowerCase(w.text().codePointAt(0))).count();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("Jens Stoltenberg", "Jens Stoltenberg", "en", "de", "a name"),
                Example.good("NATO", "NATO", "en", "de", "an acronym"),
                Example.good("2023", "2023", "en", "de", "a number"),
                Example.good("Image: Johanna Geron/REUTERS", "Image: Johanna Geron/REUTERS", "en", "de",
                        "a photo credit: capitalised words only"),
                Example.good("https://www.dw.com/en/eu-and-nato-sign-joint-call", "https://www.dw.com/en/eu-and-nato-sign-joint-call",
                        "en", "de", "a URL has no words to translate"),
                Example.good("Both NATO and the EU have played important roles since Russia's war on Ukraine started.",
                        "Sowohl die NATO als auch die EU spielen seit Beginn des russischen Krieges gegen die Ukraine eine wichtige Rolle.",
                        "en", "de", "translated"),
                Example.bad("\"We are closer today than ever,\" Michel said.",
                        "\"We are closer today than ever,\" Michel said.", "en", "de", "a quote left in English"),
                Example.bad("Europe backs stronger partnership", " Europe backs stronger partnership ", "en", "de",
                        "a heading copied, with extra spaces"),
                Example.bad("Skip to main menu", "Skip to main menu", "en", "de", "a navigation link copied"),
                Example.bad("This report was written in part with material from AFP news agency.",
                        "This report was written in part with material from AFP news agency.", "en", "de",
                        "the agency note copied"));
    }
}
