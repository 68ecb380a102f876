package org.glossa.core.qa.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The target is much shorter or longer than the source: target length / source length (code points, without
 * leading and trailing whitespace) is below {@link Bounds#reportBelow()} or above {@link Bounds#reportAbove()} of the
 * language pair, for sources of at least {@value #MIN_SOURCE_LENGTH} characters. Bounds are per language pair
 * (primary language subtags); pairs without their own bounds use {@link #DEFAULT_BOUNDS}.
 */
public final class LengthRatioCheck extends AbstractCheck {
    public static final String ID = "length-ratio";
    public static final int MIN_SOURCE_LENGTH = 20;

    public LengthRatioCheck() {
        super(ID, Severity.INFO, "length");
    }

    /**
     * @param expectedMin usual lower ratio (for the message)
     * @param expectedMax usual upper ratio (for the message)
     * @param reportBelow ratios below this are reported
     * @param reportAbove ratios above this are reported
     */
    public record Bounds(double expectedMin, double expectedMax, double reportBelow, double reportAbove) {
    }

    /** English to German: German runs 0–35 % longer. */
    public static final Bounds EN_DE = new Bounds(1.0, 1.35, 0.5, 2.0);
    public static final Bounds DE_EN = new Bounds(0.75, 1.0, 0.5, 2.0);
    public static final Bounds DEFAULT_BOUNDS = new Bounds(0.8, 1.25, 0.5, 2.0);
    private static final Map<String, Bounds> BOUNDS = Map.of("en>de", EN_DE, "de>en", DE_EN);

    @Override
    public List<Finding> check(SegmentPair pair) {
        String source = Texts.strip(pair.sourceText());
        String target = Texts.strip(pair.targetText());
        int sourceLength = source.codePointCount(0, source.length());
        int targetLength = target.codePointCount(0, target.length());
        if (sourceLength < MIN_SOURCE_LENGTH || targetLength == 0) return List.of();
        Bounds bounds = bounds(pair.sourceLanguage(), pair.targetLanguage());
        double ratio = (double) targetLength / sourceLength;
        if (ratio >= bounds.reportBelow() && ratio <= bounds.reportAbove()) return List.of();
        String message = String.format(Locale.ROOT, "The target is %.2f times as long as the source (usually %.2f–%.2f)",
                ratio, bounds.expectedMin(), bounds.expectedMax());
        int sStart = Texts.leadingSpace(pair.sourceText());
        int tStart = Texts.leadingSpace(pair.targetText());
        return List.of(finding(pair, message,
                new Span(sStart, sStart + source.length()), new Span(tStart, tStart + target.length())));
    }

    static Bounds bounds(String sourceLanguage, String targetLanguage) {
        return BOUNDS.getOrDefault(primary(sourceLanguage) + ">" + primary(targetLanguage), DEFAULT_BOUNDS);
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("The European Union and NATO issued their third joint declaration.",
                        "Die Europäische Union und die NATO veröffentlichten ihre dritte gemeinsame Erklärung.", "en", "de",
                        "a usual ratio"),
                Example.good("Europe backs stronger partnership", "Europa setzt auf eine stärkere Partnerschaft", "en", "de",
                        "a heading"),
                Example.good("NATO", "Nordatlantikpakt-Organisation", "en", "de", "short sources are not checked"),
                Example.good("Edited by: Rebecca Staudenmaier", "Redaktion: R. Staudenmaier", "en", "de",
                        "shorter, but not half"),
                Example.bad("The European Union and the North Atlantic Treaty Organization (NATO) on Tuesday formally signed a joint declaration.",
                        "EU und NATO unterzeichnen Erklärung.", "en", "de", "most of the sentence left out"),
                Example.bad("Stoltenberg said the officials met.",
                        "Stoltenberg sagte, dass sich die drei Vertreter vor fast einem Jahr am selben Ort – im NATO-Hauptquartier – getroffen hätten, nachdem Russland im vergangenen Februar in die Ukraine einmarschiert war.",
                        "en", "de", "the target has a sentence the source does not"),
                Example.bad("Why is the joint declaration so important?", "Warum?", "en", "de", "cut short"));
    }
}
