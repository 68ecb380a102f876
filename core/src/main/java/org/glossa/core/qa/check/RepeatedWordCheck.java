package org.glossa.core.qa.check;

import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.WordToken;
import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The same word twice in a row in the target ("die die"), compared case-insensitively (ICU case folding), with only
 * whitespace between them. Punctuation between them ("die, die") makes it fine, numbers are not words, and a
 * repetition the source has too ("Bora Bora") is fine. German: an article right after a relative pronoun that opens
 * a clause after a comma (", die die Welt …", ", das das Ziel …") is grammatical and not reported.
 */
public final class RepeatedWordCheck extends AbstractCheck {
    public static final String ID = "repeated-word";
    private static final Set<String> GERMAN_RELATIVE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

    public RepeatedWordCheck() {
        super(ID, Severity.WARNING, "duplication");
    }

    /** A repeated word: the folded word, the word as first written, and the span of both occurrences. */
    private record Repeat(String folded, String word, Span span) {
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        Set<String> inSource = new HashSet<>();
        for (Repeat r : repeats(pair.sourceText())) inSource.add(r.folded());
        String target = pair.targetText();
        boolean german = pair.targetLanguage().toLowerCase(Locale.ROOT).startsWith("de");
        List<Finding> out = new ArrayList<>();
        for (Repeat r : repeats(target)) {
            if (inSource.contains(r.folded())) continue;
            if (german && GERMAN_RELATIVE_ARTICLES.contains(r.folded()) && afterComma(target, r.span().start())) continue;
            out.add(finding(pair, "The word \"" + r.word() + "\" is repeated", null, r.span()));
        }
        return out;
    }

    private static List<Repeat> repeats(String text) {
        List<WordToken> words = QaWordTokenizer.words(text);
        List<Repeat> out = new ArrayList<>();
        String previous = words.isEmpty() ? null : UCharacter.foldCase(words.get(0).text(), true);
        for (int i = 1; i < words.size(); i++) {
            WordToken a = words.get(i - 1);
            WordToken b = words.get(i);
            String folded = previous;
            previous = UCharacter.foldCase(b.text(), true);
            if (!folded.equals(previous)) continue;
            if (!Texts.isBlank(text.substring(a.end(), b.start()))) continue;
            out.add(new Repeat(folded, a.text(), new Span(a.start(), b.end())));
        }
        return out;
    }

    private static boolean afterComma(String text, int start) {
        int i = start;
        while (i > 0 && Texts.isSpace(text.charAt(i - 1))) i--;
        return i > 0 && text.charAt(i - 1) == ',';
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("NATO and the EU have played key roles since Russia's invasion.",
                        "NATO und EU spielen seit der russischen Invasion eine Schlüsselrolle.", "en", "de", "no repetition"),
                Example.good("The institutions that both are based in Brussels have played a key role.",
                        "Die Institutionen, die beide in Brüssel ansässig sind, haben eine Schlüsselrolle gespielt.", "en", "de",
                        "\"Institutionen, die\" is not a repetition"),
                Example.good("Officials who support Russia, naming Belarus and Iran.",
                        "Die, die Russland unterstützen, nannte sie: Belarus und Iran.", "en", "de", "\"Die, die\" with a comma"),
                Example.good("The officials, who signed the declaration, met in Brussels.",
                        "Die Vertreter, die die Erklärung unterzeichneten, trafen sich in Brüssel.", "en", "de",
                        "relative pronoun followed by an article"),
                Example.good("NATO has 30 30-year-old members.", "Die NATO hat 30 30 Jahre alte Mitglieder.", "en", "de",
                        "numbers are not words"),
                Example.good("They met in Bora Bora.", "Sie trafen sich in Bora Bora.", "en", "de", "the source repeats too"),
                Example.bad("The principle of collective defense is the cornerstone of the alliance.",
                        "Das Prinzip der kollektiven Verteidigung ist der Grundpfeiler des des Bündnisses.", "en", "de",
                        "\"des des\""),
                Example.bad("The EU was established after the Second World War.",
                        "Die die EU wurde nach dem Zweiten Weltkrieg gegründet.", "en", "de", "\"Die die\", case-insensitive"),
                Example.bad("Stoltenberg said the officials met almost a year ago.",
                        "Stoltenberg sagte, die Vertreter hätten sich vor fast einem Jahr Jahr getroffen.", "en", "de",
                        "\"Jahr Jahr\""),
                new Example(SegmentPair.of("NATO and the EU both have played important roles.",
                        "Sowohl die NATO als auch auch die EU haben haben wichtige Rollen gespielt.", "en", "de"), 2,
                        "two repetitions"));
    }
}
