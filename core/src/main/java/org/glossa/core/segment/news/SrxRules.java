package org.glossa.core.segment.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A language pack as SRX 2.0 rules (regular expressions before and after the break), in the order SRX applies them:
 * exceptions (break="no") first, then breaks. What SRX cannot say is left out: quotations and brackets that keep
 * their sentences together, list items run together on one line, footnote numbers after the stop.
 */
final class SrxRules {
    /** One SRX rule. */
    record Rule(boolean breaks, String before, String after) {
    }

    private static final String TERMINATORS = "[.!?…]+[\"'”’»)\\]]*";

    private SrxRules() {
    }

    /** Rules that every language gets: no break before lower case or a comma; break after a stop and a space. */
    static List<Rule> generic() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(false, TERMINATORS, "\\s+\\p{Ll}"));
        rules.add(new Rule(false, TERMINATORS, "\\s*[,;:]"));
        rules.add(new Rule(false, "\\.", "\\s\\.")); // ". . ."
        rules.add(new Rule(false, "(?:\\.\\.\\.|…)[\"'”’»)\\]]*", "\\s+\\("));
        rules.add(new Rule(false, "[!?][\"'”’»]*", "\\s+[(\\-–—]"));
        rules.add(new Rule(true, "[。．！？]", ""));
        rules.add(new Rule(true, "[\\p{Ll}\\d]\\.", "\\p{Lu}\\p{Ll}*\\s")); // "world.Today is"
        rules.add(new Rule(true, TERMINATORS, "\\s"));
        return rules;
    }

    /** The rules of {@code pack}, then the generic ones. */
    static List<Rule> of(LanguagePack pack) {
        List<Rule> rules = new ArrayList<>();
        String starters = "(?:" + alternatives(pack.starters(), false) + ")\\b";
        rules.add(new Rule(false, "\\b(?i:" + alternatives(pack.titles(), true) + ")\\.", "\\s"));
        if (!pack.times().isEmpty()) {
            String times = "\\b(?i:" + alternatives(pack.times(), true) + ")\\.";
            if (!pack.timeContinuations().isEmpty()) {
                rules.add(new Rule(false, times, "\\s+(?i:" + alternatives(pack.timeContinuations(), false) + ")\\b"));
            }
            rules.add(new Rule(true, "\\d\\s?" + times, "\\s+\\p{Lu}"));
        }
        String anyAbbreviation = "\\b(?i:" + alternatives(union(pack.numberAbbreviations(), pack.abbreviations()), true) + ")\\.";
        rules.add(new Rule(false, anyAbbreviation, "\\s+\\d"));
        if (pack.pronounI()) rules.add(new Rule(true, "\\b\\p{Ll}+\\sI\\.", "\\s+\\p{Lu}"));
        rules.add(new Rule(false, "(?:^|[\\s(\\[\"'“‘„])\\p{L}\\.", "\\s"));
        rules.add(new Rule(false, "\\b(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}\\.", "\\s+(?!" + starters + ")"));
        String abbreviations = "\\b(?i:" + alternatives(pack.abbreviations(), true) + ")\\.";
        if (pack.capitalizedNouns()) {
            rules.add(new Rule(false, abbreviations, "\\s+(?!" + starters + ")"));
        } else {
            rules.add(new Rule(false, abbreviations, "\\s+(?:\\(|\\p{Lu}{2,}\\b)"));
        }
        // "on Jan. 10. The next": a day or number after an abbreviation ends the sentence; it is no list item
        rules.add(new Rule(false, anyAbbreviation + "\\s", "\\d{1,2}\\.\\s"));
        rules.add(new Rule(true, anyAbbreviation + "\\s\\d{1,2}\\.", pack.numericOrdinals() ? "\\s+" + starters : "\\s+\\p{Lu}"));
        rules.add(new Rule(false, "^\\s*[•⁃]?\\s*\\d{1,2}\\.\\)?", "\\s"));
        rules.add(new Rule(false, "(?:^|\\s)\\p{Ll}\\.\\)", "\\s"));
        if (pack.inlineNumberedLists()) {
            rules.add(new Rule(false, "(?:^|\\s)[•⁃]?\\d{1,2}\\.\\)?", "\\s+\\p{Lu}"));
            rules.add(new Rule(true, "\\s", "(?:[•⁃]|\\d{1,2}\\.?\\)\\s|\\d{1,2}\\.\\s+\\p{Lu})"));
        }
        if (pack.numericOrdinals()) {
            rules.add(new Rule(false, "(?:^|[\\s(\\-])\\d{1,2}\\.", "\\s+(?!" + starters + ")"));
        }
        rules.add(new Rule(false, "\\s\\.\\s\\.\\s\\.", "\\s"));
        rules.addAll(generic());
        return rules;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Words as a regular-expression alternation, longest first, sorted for stable output. */
    private static String alternatives(Set<String> words, boolean escapeDots) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(words));
        sorted.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            if (sb.length() > 0) sb.append('|');
            for (char c : w.toCharArray()) {
                if (c == '.' && escapeDots) sb.append("\\.");
                else if (!Character.isLetterOrDigit(c) && c < 128) sb.append('\\').append(c);
                else sb.append(c);
            }
        }
        return sb.toString();
    }
}
