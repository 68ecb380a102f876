package org.glossa.core.qa.check;

import java.util.List;
import org.glossa.core.qa.Check;

/** The standard segment checks (no term or cross-segment checks). */
public final class Checks {
    private Checks() {
    }

    /** All standard checks, in report order: errors about content first, then form. */
    public static List<Check> standard() {
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
                new QuoteStyleCheck(),
                new RepeatedWordCheck(),
                new DoubleSpaceCheck(),
                new LeadingTrailingSpaceCheck(),
                new LengthRatioCheck());
    }
}
