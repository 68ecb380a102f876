package org.glossa.core.qa.check;

import org.glossa.core.text.BoundedMemo;
import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.WordToken;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.glossa.core.langdetect.LanguageScore;
import org.glossa.core.langdetect.NgramLanguageDetector;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The target is not in the target language, by Tika's OpenNLP language detector (its answers, computed by
 * {@link NgramLanguageDetector}).
 *
 * <p>Capitalised words and numbers the target shares with the source (names, acronyms such as "NATO", years) say
 * nothing about the target's language and are blanked out first, as are URLs, e-mail addresses and handles. What is
 * left must have at least {@value #MIN_LETTERS} letters and {@value #MIN_WORDS} words. OpenNLP's scores are low
 * and close together for short texts, so a finding needs the best language to differ from the target language and
 * the target language's score to be at most {@value #MAX_TARGET_SHARE} of the best score. Languages the model does
 * not know (by ISO 639-3 code, e.g. "nor", which the model splits into "nob" and "nno") are not checked.
 *
 * <p>The model is loaded once, on first use or by {@link #prepare()}: from its flat cache in tens of milliseconds, or
 * on a machine's first run from Tika's jar (about a second; {@link NgramLanguageDetector#tikas()}). One detector
 * serves all threads, and the answers for texts seen before are remembered (a pure function of the text).
 */
public final class WrongLanguageCheck extends AbstractCheck {
    public static final String ID = "wrong-language";
    public static final int MIN_LETTERS = 40;
    public static final int MIN_WORDS = 6;
    public static final double MAX_TARGET_SHARE = 0.8;
    /** Only the start of a long target is given to the detector: more text does not change its answer much. */
    public static final int MAX_DETECTED_CHARS = 2000;

    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

    public WrongLanguageCheck() {
        super(ID, Severity.WARNING, "language");
    }

    /**
     * Holder idiom: the process's one detector ({@link NgramLanguageDetector#tikas()}, loaded by {@link #prepare()}
     * or on first use) and what this check remembers; the detector keeps no state between texts, so all threads share
     * it.
     */
    private static final class Detector {
        private static final NgramLanguageDetector DETECTOR = NgramLanguageDetector.tikas();
        /** Answers for texts seen before (a file repeats its boilerplate, a batch its files): at most this many. */
        private static final BoundedMemo<String, List<LanguageScore>> SEEN =
                new BoundedMemo<>(8192, text -> List.copyOf(DETECTOR.detect(text)));
        /** Whether the model knows a language, by ISO 639-3 code. */
        private static final Map<String, Boolean> KNOWS = new ConcurrentHashMap<>();

        static List<LanguageScore> detect(String text) {
            return SEEN.get(text);
        }

        static boolean knows(String iso3) {
            return KNOWS.computeIfAbsent(iso3, DETECTOR.model()::knows);
        }
    }

    /** Loads the language model now (about a second of CPU), e.g. on a background thread while files are read. */
    @Override
    public void prepare() {
        NgramLanguageDetector.loadTikas();
    }

    /** ISO 639-3 codes by language tag, and English names by code, as asked for. */
    private static final Map<String, String> ISO3 = new ConcurrentHashMap<>();
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    @Override
    public List<Finding> check(SegmentPair pair) {
        String expected = iso3(pair.targetLanguage());
        if (expected.isEmpty() || !Detector.knows(expected)) return List.of();
        String target = pair.targetText();
        String start = target.substring(0, Math.min(target.length(), MAX_DETECTED_CHARS));
        // blanking only takes letters away: a target too short to tell stays so
        if (Texts.letters(start) < MIN_LETTERS) return List.of();
        String text = telling(pair.sourceText(), start);
        if (Texts.letters(text) < MIN_LETTERS || QaWordTokenizer.words(text).size() < MIN_WORDS) return List.of();
        List<LanguageScore> results = Detector.detect(text);
        if (results.isEmpty()) return List.of();
        LanguageScore best = results.get(0);
        String bestLanguage = base(best.language());
        if (bestLanguage.equals(expected) || best.score() <= 0) return List.of();
        double targetScore = results.stream().filter(r -> base(r.language()).equals(expected))
                .mapToDouble(LanguageScore::score).max().orElse(0);
        if (targetScore > MAX_TARGET_SHARE * best.score()) return List.of();
        int from = Texts.leadingSpace(target);
        String message = String.format(Locale.ROOT, "The target looks like %s, not %s (score %.4f against %.4f)",
                displayName(bestLanguage), displayName(expected), best.score(), targetScore);
        return List.of(finding(pair, message, null,
                new Span(from, Math.max(from, Texts.trailingSpaceStart(target)))));
    }

    /** The target with links and the capitalised words and numbers it shares with the source blanked out. */
    static String telling(String source, String target) {
        Set<String> shared = new HashSet<>();
        for (WordToken w : QaWordTokenizer.words(source)) {
            if (!Character.isLowerCase(w.text().codePointAt(0))) shared.add(w.text());
        }
        List<Span> drop = new ArrayList<>(Links.find(target).stream().map(Links.Link::span).toList());
        for (WordToken w : QaWordTokenizer.words(target)) if (shared.contains(w.text())) drop.add(Texts.span(w));
        return DIGITS.matcher(Texts.blank(target, drop)).replaceAll(" ");
    }

    private static String iso3(String languageTag) {
        return ISO3.computeIfAbsent(languageTag, tag -> ULocale.forLanguageTag(tag).getISO3Language());
    }

    /** "zho-simp" → "zho", "hin-rom" → "hin". */
    private static String base(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    private static String displayName(String iso3) {
        return NAMES.computeIfAbsent(iso3, code -> {
            String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
            return name.isEmpty() || name.equals(code) ? code : name;
        });
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("The European Union and NATO on Tuesday formally signed a joint declaration to strengthen partnership.",
                        "Die Europäische Union und die NATO haben am Dienstag eine gemeinsame Erklärung zur Stärkung ihrer Partnerschaft unterzeichnet.",
                        "en", "de", "German"),
                Example.good("European Commission President Ursula von der Leyen and European Council President Charles Michel, along with NATO's Secretary General Jens Stoltenberg, signed the declaration.",
                        "EU-Kommissionspräsidentin Ursula von der Leyen und EU-Ratspräsident Charles Michel unterzeichneten gemeinsam mit NATO-Generalsekretär Jens Stoltenberg die Erklärung.",
                        "en", "de", "German full of names"),
                Example.good("Stoltenberg added he was determined to take partnership between the EU and NATO to the \"next level.\"",
                        "Stoltenberg fügte hinzu, er sei entschlossen, die Partnerschaft zwischen EU und NATO auf die „next level“ zu heben.",
                        "en", "de", "German with an English quote"),
                Example.good("Charles Michel, Jens Stoltenberg and Ursula von der Leyen at NATO headquarters",
                        "Charles Michel, Jens Stoltenberg und Ursula von der Leyen im NATO-Hauptquartier", "en", "de",
                        "too little German left to tell once the names are out"),
                Example.good("This report was written in part with material from AFP news agency.",
                        "Dieser Bericht entstand teilweise mit Material der Nachrichtenagentur AFP.", "en", "de",
                        "German"),
                Example.bad("\"We are closer today than ever,\" Michel said, adding that the EU was determined to contribute more effectively to security.",
                        "\"We are closer today than ever,\" Michel said, adding that the EU was determined to contribute more.",
                        "en", "de", "English left in the target, shortened so that it differs from the source"),
                Example.bad("Stoltenberg said that the three officials met almost a year ago in the same place.",
                        "The NATO chief said that Russian President Vladimir Putin wants a different Europe.", "en", "de",
                        "the neighbouring English sentence pasted"),
                Example.bad("Both NATO and the EU have played important roles since Russia's war on Ukraine started.",
                        "Both NATO and the EU have played important roles since the war on Ukraine started.", "en", "de",
                        "English, edited but not translated"),
                Example.bad("The EU was established after the Second World War.",
                        "L'Union européenne a été créée après la Seconde Guerre mondiale et s'est considérablement élargie depuis.",
                        "en", "de", "French instead of German"));
    }
}
