package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The whitespace at the start or at the end of the target is not the same as the source's (compared character by
 * character, so a space against a no-break space or a newline differs). At most one finding for the start and one
 * for the end. Targets with no text are left to {@code empty-target}.
 */
public final class LeadingTrailingSpaceCheck extends AbstractCheck {
    public static final String ID = "leading-trailing-space";

    public LeadingTrailingSpaceCheck() {
        super(ID, Severity.WARNING, "whitespace");
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String source = pair.sourceText();
        String target = pair.targetText();
        if (Texts.isBlank(target) || Texts.isBlank(source)) return List.of();
        List<Finding> out = new ArrayList<>();
        int sLead = Texts.leadingSpace(source);
        int tLead = Texts.leadingSpace(target);
        if (!source.substring(0, sLead).equals(target.substring(0, tLead))) {
            out.add(finding(pair, "The target starts with " + describe(target.substring(0, tLead))
                    + ", the source with " + describe(source.substring(0, sLead)), new Span(0, sLead), new Span(0, tLead)));
        }
        int sTrail = Texts.trailingSpaceStart(source);
        int tTrail = Texts.trailingSpaceStart(target);
        if (!source.substring(sTrail).equals(target.substring(tTrail))) {
            out.add(finding(pair, "The target ends with " + describe(target.substring(tTrail))
                    + ", the source with " + describe(source.substring(sTrail)),
                    new Span(sTrail, source.length()), new Span(tTrail, target.length())));
        }
        return out;
    }

    private static String describe(String space) {
        if (space.isEmpty()) return "no whitespace";
        StringBuilder sb = new StringBuilder();
        space.codePoints().forEach(c -> sb.append(sb.length() == 0 ? "" : " ").append(String.format("U+%04X", c)));
        return sb.toString();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("EU and NATO partnership to the next level", "Partnerschaft von EU und NATO auf die nächste Stufe",
                        "en", "de", "no whitespace on either side"),
                Example.good(" and divide us.", " und uns spalten.", "en", "de", "a leading space kept"),
                Example.good("Stoltenberg said. ", "Stoltenberg sagte. ", "en", "de", "a trailing space kept"),
                Example.good("\tEurope backs stronger partnership\n", "\tEuropa setzt auf stärkere Partnerschaft\n", "en", "de",
                        "tab and newline kept"),
                Example.bad("Europe backs stronger partnership", " Europa setzt auf stärkere Partnerschaft", "en", "de",
                        "leading space added"),
                Example.bad("\"Putin wanted to take Ukraine in a few days and divide us. ",
                        "„Putin wollte die Ukraine in wenigen Tagen einnehmen und uns spalten.", "en", "de",
                        "trailing space lost between sentences"),
                Example.bad(" he failed,", "\u00A0ist er gescheitert“,", "en", "de", "space became a no-break space"),
                new Example(SegmentPair.of("Why is the joint declaration so important?",
                        "  Warum ist die gemeinsame Erklärung so wichtig? ", "en", "de"), 2, "added at both ends"));
    }
}
