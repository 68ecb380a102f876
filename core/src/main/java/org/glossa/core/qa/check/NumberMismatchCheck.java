package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The numbers of source and target differ. Each side is read with its own language's separators (see
 * {@link NumberReader}) and the two multisets of values are compared: each number missing from the target and each
 * extra number in the target is one finding. The German ordinal "10." is the number 10, "2000er" holds 2000, "5 %"
 * and "5 Prozent" hold 5. Numbers written as words ("three", "drei") are out of scope, and so are signs (a hyphen
 * in "2016-2018" is not a minus). The day and month of a date ("January 10", "10. Januar", "10.01.2023") are left to
 * {@link DateMismatchCheck}, which compares them by meaning; years stay numbers, so "January 10, 2023" and
 * "10.01.2023" agree here too.
 */
public final class NumberMismatchCheck extends AbstractCheck {
    public static final String ID = "number-mismatch";

    public NumberMismatchCheck() {
        super(ID, Severity.ERROR, "mistranslation");
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        List<NumberReader.Num> source = outsideDates(new NumberReader(pair.sourceLanguage()).read(pair.sourceText()),
                pair.sourceText(), pair.sourceLanguage());
        List<NumberReader.Num> target = outsideDates(new NumberReader(pair.targetLanguage()).read(pair.targetText()),
                pair.targetText(), pair.targetLanguage());
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> targetCount = count(target);
        Map<String, Integer> sourceCount = count(source);
        Map<String, Integer> seen = new HashMap<>();
        for (NumberReader.Num n : source) {
            int k = seen.merge(n.key(), 1, Integer::sum);
            if (k > targetCount.getOrDefault(n.key(), 0)) {
                out.add(finding(pair, "The number " + n.key() + " is missing in the target",
                        n.span(), null));
            }
        }
        seen.clear();
        for (NumberReader.Num n : target) {
            int k = seen.merge(n.key(), 1, Integer::sum);
            if (k > sourceCount.getOrDefault(n.key(), 0)) {
                out.add(finding(pair, "The number " + n.key() + " is not in the source",
                        null, n.span()));
            }
        }
        return out;
    }

    /** The numbers that are not the day or month of a date: those are date-mismatch's. */
    private static List<NumberReader.Num> outsideDates(List<NumberReader.Num> nums, String text, String language) {
        if (nums.isEmpty()) return nums;
        List<Span> dates = DateMismatchCheck.dayMonthDigits(text, language);
        if (dates.isEmpty()) return nums;
        return nums.stream().filter(n -> dates.stream().noneMatch(d -> d.start() <= n.span().start()
                && n.span().end() <= d.end())).toList();
    }

    private static Map<String, Integer> count(List<NumberReader.Num> nums) {
        Map<String, Integer> out = new HashMap<>();
        for (NumberReader.Num n : nums) out.merge(n.key(), 1, Integer::sum);
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("EU and NATO sign joint call for cooperation, January 10, 2023",
                        "EU und NATO unterzeichnen gemeinsamen Aufruf zur Zusammenarbeit, 10. Januar 2023", "en", "de",
                        "a date: the German ordinal 10. is the number 10"),
                Example.good("Relations between NATO and the EU were institutionalized in the early 2000s and they share 21 members in common today.",
                        "Die Beziehungen zwischen NATO und EU wurden Anfang der 2000er-Jahre institutionalisiert, heute haben sie 21 gemeinsame Mitglieder.",
                        "en", "de", "2000s and 2000er; 21 stays 21"),
                Example.good("It has 30 members today.", "Sie hat heute 30 Mitglieder.", "en", "de", "same number"),
                Example.good("The EU spent 1,000.5 million euros, 3.5% of the budget.",
                        "Die EU gab 1.000,5 Millionen Euro aus, 3,5 Prozent des Haushalts.", "en", "de",
                        "decimal and grouping separators per language"),
                Example.good("Support rose by 5%.", "Die Zustimmung stieg um 5 %.", "en", "de", "percent with a space"),
                Example.good("The meeting on 01/10/2023 in Brussels", "Das Treffen am 10.01.2023 in Brüssel", "en", "de",
                        "a numeric date in each language's order"),
                Example.good("EU and NATO sign joint call for cooperation, January 10, 2023",
                        "EU und NATO unterzeichnen gemeinsamen Aufruf zur Zusammenarbeit, 10.01.2023", "en", "de",
                        "a German numeric date: day and month are date-mismatch's, the year is the same"),
                Example.good("10,000 soldiers", "10\u202F000 Soldaten", "en", "de", "narrow no-break space as grouping"),
                new Example(pairOf("NATO was established during the Cold War. It has 30 members today.",
                        "Die NATO wurde im Kalten Krieg gegründet. Sie hat heute 31 Mitglieder."), 2,
                        "30 became 31: one missing, one extra"),
                Example.bad("The EU was established after the Second World War and has expanded significantly since then, with 27 members part of the group today.",
                        "Die EU wurde nach dem Zweiten Weltkrieg gegründet und ist seitdem stark gewachsen; heute gehören ihr viele Mitglieder an.",
                        "en", "de", "27 dropped"),
                new Example(pairOf("This joint declaration builds on the previous two declarations signed in 2016 and 2018.",
                        "Diese gemeinsame Erklärung baut auf den beiden früheren Erklärungen von 2016 und 2019 auf."), 2,
                        "2018 became 2019"),
                new Example(pairOf("The alliance sent 10,000 soldiers.", "Das Bündnis schickte 10,000 Soldaten."), 2,
                        "English grouping left in German reads as 10: 10000 missing, 10 extra"),
                new Example(pairOf("Relations were institutionalized in the early 2000s and they share 21 members.",
                        "Die Beziehungen wurden Anfang der 2000er-Jahre institutionalisiert; sie haben 121 gemeinsame Mitglieder."),
                        2, "21 is not found inside 121"));
    }

    private static SegmentPair pairOf(String source, String target) {
        return SegmentPair.of(source, target, "en", "de");
    }
}
