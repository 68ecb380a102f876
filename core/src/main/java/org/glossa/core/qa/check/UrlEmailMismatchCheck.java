package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;

/**
 * URLs (http, https, ftp, www.), e-mail addresses and @handles of the source must appear unchanged (exact text) in
 * the target, and the target must have no others. Each missing and each extra one is a finding. Trailing sentence
 * punctuation is not part of a URL. A localised URL (…/en/… to …/de/…) counts as changed.
 */
public final class UrlEmailMismatchCheck extends AbstractCheck {
    public static final String ID = "url-email-mismatch";

    public UrlEmailMismatchCheck() {
        super(ID, Severity.ERROR, "mistranslation");
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        List<Links.Link> source = Links.find(pair.sourceText());
        List<Links.Link> target = Links.find(pair.targetText());
        if (source.isEmpty() && target.isEmpty()) return List.of();
        Map<String, Integer> sourceCount = count(source);
        Map<String, Integer> targetCount = count(target);
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Links.Link l : source) {
            if (seen.merge(l.text(), 1, Integer::sum) > targetCount.getOrDefault(l.text(), 0)) {
                out.add(finding(pair, "The target lacks the " + name(l) + " " + l.text(), l.span(), null));
            }
        }
        seen.clear();
        for (Links.Link l : target) {
            if (seen.merge(l.text(), 1, Integer::sum) > sourceCount.getOrDefault(l.text(), 0)) {
                out.add(finding(pair, "The target has the " + name(l) + " " + l.text()
                        + ", which the source does not", null, l.span()));
            }
        }
        return out;
    }

    private static String name(Links.Link l) {
        return switch (l.kind()) {
            case URL -> "URL";
            case EMAIL -> "e-mail address";
            case HANDLE -> "handle";
        };
    }

    private static Map<String, Integer> count(List<Links.Link> links) {
        Map<String, Integer> out = new HashMap<>();
        for (Links.Link l : links) out.merge(l.text(), 1, Integer::sum);
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("Roshni is a writer at DW's online breaking news desk.@RoshniMaj",
                        "Roshni schreibt für den Online-Nachrichtendesk der DW.@RoshniMaj", "en", "de", "handle kept"),
                Example.good("Read the declaration at https://www.nato.int/cps/en/natohq/official_texts_210549.htm.",
                        "Die Erklärung steht unter https://www.nato.int/cps/en/natohq/official_texts_210549.htm.", "en", "de",
                        "URL kept; the final full stop is not part of it"),
                Example.good("Questions to newsdesk@dw.com or (www.dw.com/newsletter).",
                        "Fragen an newsdesk@dw.com oder (www.dw.com/newsletter).", "en", "de",
                        "e-mail and www address kept, brackets not part of the URL"),
                Example.good("NATO and the EU signed a joint declaration.", "NATO und EU unterzeichneten eine gemeinsame Erklärung.",
                        "en", "de", "no links"),
                new Example(SegmentPair.of("Roshni is a writer at DW's online breaking news desk.@RoshniMaj",
                        "Roshni schreibt für den Online-Nachrichtendesk der DW.@RoshniMajumdar", "en", "de"), 2,
                        "handle changed: the source's is missing, the target's is extra"),
                Example.bad("Follow the author: @RoshniMaj", "Folgen Sie der Autorin: RoshniMaj", "en", "de",
                        "the @ of the handle lost"),
                Example.bad("Questions to newsdesk@dw.com.", "Fragen an die Redaktion.", "en", "de", "e-mail address dropped"),
                Example.bad("NATO and the EU signed a joint declaration.",
                        "NATO und EU unterzeichneten eine gemeinsame Erklärung (https://www.dw.com/de/).", "en", "de",
                        "extra URL"),
                new Example(SegmentPair.of("More at https://www.dw.com/en/top-stories/s-9097",
                        "Mehr unter https://www.dw.com/de/themen/s-9077", "en", "de"), 2,
                        "URL localised: source URL missing, target URL extra"));
    }
}
