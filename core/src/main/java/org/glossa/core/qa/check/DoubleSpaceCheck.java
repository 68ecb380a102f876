package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * A run of two or more spaces (U+0020 and U+00A0, mixed or not) inside the target, unless the source has such a run
 * too. Runs at the very start or end of the target are left to {@code leading-trailing-space}. One finding per run.
 */
public final class DoubleSpaceCheck extends AbstractCheck {
    public static final String ID = "double-space";
    private static final Pattern RUN = Pattern.compile("[ \u00A0]{2,}");

    public DoubleSpaceCheck() {
        super(ID, Severity.WARNING, "whitespace");
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        if (RUN.matcher(pair.sourceText()).find()) return List.of();
        String target = pair.targetText();
        List<Finding> out = new ArrayList<>();
        Matcher m = RUN.matcher(target);
        while (m.find()) {
            if (m.start() == 0 || m.end() == target.length()) continue;
            out.add(finding(pair, "The target has " + (m.end() - m.start()) + " spaces in a row",
                    null, new Span(m.start(), m.end())));
        }
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("NATO and the EU have played key roles since Russia's invasion.",
                        "NATO und EU spielen seit der russischen Invasion eine Schlüsselrolle.", "en", "de", "single spaces"),
                Example.good("This joint declaration builds on the declarations signed in 2016 and 2018,  respectively.",
                        "Diese gemeinsame Erklärung baut auf den Erklärungen von 2016 beziehungsweise  2018 auf.", "en", "de",
                        "the DW source has a double space too"),
                Example.good("It has 30 members today.", "Sie hat heute 30\u00A0Mitglieder.", "en", "de",
                        "a single no-break space"),
                Example.good("Europe backs stronger partnership ", "Europa setzt auf stärkere Partnerschaft  ", "en", "de",
                        "spaces at the end are for leading-trailing-space"),
                Example.bad("The NATO chief said that Putin wants a different Europe.",
                        "Der NATO-Chef sagte, dass Putin  ein anderes Europa will.", "en", "de", "two spaces"),
                Example.bad("It has 30 members today.", "Sie hat heute 30\u00A0 Mitglieder.", "en", "de",
                        "no-break space followed by a space"),
                new Example(SegmentPair.of("Charles Michel, Jens Stoltenberg and Ursula von der Leyen at NATO headquarters",
                        "Charles Michel,  Jens Stoltenberg und Ursula von der Leyen im   NATO-Hauptquartier", "en", "de"), 2,
                        "two runs, two findings"));
    }
}
