package org.glossa.core.qa.check;

import java.util.List;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The end punctuation of the target differs from the source's. Trailing whitespace, quotation marks of any language
 * (" ' „ “ ” ‚ ‘ ’ » « › ‹) and closing brackets are skipped first, so en {@code …ever."} matches de
 * {@code …denn je.“} and {@code …je“.}. The end is one of: full stop, "!", "?", ":", ";", ellipsis ("…" or "...")
 * or none (a heading); full-width forms count as their ASCII equivalents.
 */
public final class PunctuationEndCheck extends AbstractCheck {
    public static final String ID = "punctuation-end";
    private static final String SKIPPED = "\"'„“”‚‘’»«›‹)]}）」』";

    public PunctuationEndCheck() {
        super(ID, Severity.WARNING, "punctuation");
    }

    enum End {
        NONE("no end punctuation"), FULL_STOP("a full stop"), EXCLAMATION("\"!\""), QUESTION("\"?\""),
        COLON("\":\""), SEMICOLON("\";\""), ELLIPSIS("an ellipsis");

        final String label;

        End(String label) {
            this.label = label;
        }
    }

    /** The end punctuation and where it is. */
    record Ending(End end, Span span) {
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String target = pair.targetText();
        if (Texts.isBlank(target)) return List.of();
        Ending s = ending(pair.sourceText());
        Ending t = ending(target);
        if (s.end() == t.end()) return List.of();
        return List.of(finding(pair,
                "The source ends with " + s.end().label + ", the target with " + t.end().label, s.span(), t.span()));
    }

    static Ending ending(String text) {
        int i = Texts.trailingSpaceStart(text);
        while (i > 0 && SKIPPED.indexOf(text.charAt(i - 1)) >= 0) i--;
        if (i == 0) return new Ending(End.NONE, new Span(0, 0));
        if (text.startsWith("...", Math.max(0, i - 3)) && i >= 3) return new Ending(End.ELLIPSIS, new Span(i - 3, i));
        End end = switch (text.charAt(i - 1)) {
            case '.', '。', '．', '।' -> End.FULL_STOP;
            case '!', '！' -> End.EXCLAMATION;
            case '?', '？' -> End.QUESTION;
            case ':', '：' -> End.COLON;
            case ';', '；' -> End.SEMICOLON;
            case '…' -> End.ELLIPSIS;
            default -> End.NONE;
        };
        return end == End.NONE ? new Ending(end, new Span(i, i)) : new Ending(end, new Span(i - 1, i));
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("The two institutions say cooperation \"is more important than ever.\"",
                        "Beide Institutionen sagen, die Zusammenarbeit sei „wichtiger denn je.“", "en", "de",
                        "full stop inside German quotes"),
                Example.good("The two institutions say cooperation \"is more important than ever.\"",
                        "Beide Institutionen sagen, die Zusammenarbeit sei „wichtiger denn je“.", "en", "de",
                        "full stop after German quotes"),
                Example.good("Why is the joint declaration so important?", "Warum ist die gemeinsame Erklärung so wichtig?",
                        "en", "de", "question"),
                Example.good("EU and NATO partnership to the next level", "Partnerschaft von EU und NATO auf die nächste Stufe",
                        "en", "de", "heading without punctuation"),
                Example.good("Edited by: Rebecca Staudenmaier (AFP)", "Redaktion: Rebecca Staudenmaier (AFP)", "en", "de",
                        "closing bracket skipped"),
                Example.good("\"On both counts, he failed,\" Stoltenberg said...", "„In beiden Punkten ist er gescheitert“, sagte Stoltenberg …",
                        "en", "de", "three dots and the ellipsis character"),
                Example.bad("\"We are closer today than ever,\" Michel said.", "„Wir stehen uns heute näher denn je“, sagte Michel",
                        "en", "de", "full stop lost"),
                Example.bad("Why is the joint declaration so important?", "Warum ist die gemeinsame Erklärung so wichtig.",
                        "en", "de", "question became a statement"),
                Example.bad("Europe backs stronger partnership", "Europa setzt auf stärkere Partnerschaft.", "en", "de",
                        "full stop added to a heading"),
                Example.bad("He said they \"recognize the value of a stronger European defense.\"",
                        "Er sagte, sie „erkennen den Wert einer stärkeren europäischen Verteidigung an:“", "en", "de",
                        "colon instead of a full stop inside the quote"));
    }
}
