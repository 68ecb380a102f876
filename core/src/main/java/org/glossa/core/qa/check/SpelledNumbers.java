package org.glossa.core.qa.check;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.qa.Span;

/**
 * Numbers written as words, from ICU's spell-out rules of each language: cardinals 2–99 and 100 ("thirty",
 * "forty-two", "dreißig", "zweiundvierzig", "hundert") and ordinals 3–31 ("third", "dritten"), read
 * case-insensitively. One ("one", "ein", "eine") is left out, being also a pronoun and an article, and so is the
 * ordinal second (English "second" is also the unit of time and a verb, so its partners would stand alone).
 */
final class SpelledNumbers {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    /** Endings German adds to ordinals and to some cardinals ("dritten", "zweier"). */
    private static final List<String> GERMAN_ENDINGS = List.of("", "n", "r", "s", "m");
    private static final Map<String, SpelledNumbers> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Integer> values = new HashMap<>();

    /** A number written as a word and where. */
    record Word(int value, Span span) {
    }

    static SpelledNumbers forLanguage(String languageTag) {
        return CACHE.computeIfAbsent(languageTag.toLowerCase(Locale.ROOT), SpelledNumbers::new);
    }

    private SpelledNumbers(String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag);
        boolean german = locale.getLanguage().equals("de");
        RuleBasedNumberFormat cardinal = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 2; n <= 100; n++) put(cardinal.format(n), n, List.of(""));
        if (german) put("hundert", 100, List.of(""));
        RuleBasedNumberFormat ordinal = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        String ordinalRules = List.of(ordinal.getRuleSetNames()).contains("%spellout-ordinal") ? "%spellout-ordinal" : null;
        if (ordinalRules != null) {
            ordinal.setDefaultRuleSet(ordinalRules);
            for (int n = 3; n <= 31; n++) put(ordinal.format(n), n, german ? GERMAN_ENDINGS : List.of(""));
        }
    }

    private void put(String spelled, int value, List<String> endings) {
        String word = spelled.replace("\u00AD", "").toLowerCase(Locale.ROOT);
        if (word.indexOf(' ') >= 0) return;
        for (String ending : endings) values.putIfAbsent(word + ending, value);
    }

    List<Word> read(String text) {
        if (values.isEmpty()) return List.of();
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Integer v = values.get(m.group().toLowerCase(Locale.ROOT));
            if (v != null) out.add(new Word(v, new Span(m.start(), m.end())));
        }
        return out;
    }
}
