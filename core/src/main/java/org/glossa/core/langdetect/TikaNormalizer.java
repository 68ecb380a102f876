package org.glossa.core.langdetect;

import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;

/**
 * The normalisation Tika's {@code OpenNLPDetector} applies to each chunk before cutting it into n-grams: its own URL
 * and e-mail blanking and its letters-and-ideographs-only rule (package-private in Tika, so their patterns are
 * repeated here; {@code LanguageDetectorIdentityTest} fails if they drift), then OpenNLP's emoji, Twitter, number and
 * shrink normalizers, in Tika's order.
 */
final class TikaNormalizer {
    private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{10,10000}");
    private static final Pattern MAIL = Pattern.compile("[-_.0-9A-Za-z]{1,100}@[-_0-9A-Za-z]{1,100}[-_.0-9A-Za-z]{1,100}");
    private static final Pattern NOT_ALPHA_IDEOGRAPH = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsIdeographic}]+");

    private static final CharSequenceNormalizer CHAIN = new AggregateCharSequenceNormalizer(
            text -> MAIL.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" "),
            text -> NOT_ALPHA_IDEOGRAPH.matcher(text).replaceAll(" "),
            EmojiCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(),
            NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private TikaNormalizer() {
    }

    static String normalize(String chunk) {
        return CHAIN.normalize(chunk).toString();
    }
}
