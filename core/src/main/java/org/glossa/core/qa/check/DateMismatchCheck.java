package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The dates, months or weekdays of source and target differ, compared by meaning (see {@link DateReader}):
 * "January 10, 2023" = "10. Januar 2023" = "10.01.2023", "Friday" = "Freitag". Months are compared first (each month
 * of the source missing from the target, and each extra one in the target, is a finding); when the months agree,
 * the days written with them; weekdays on their own. Years are left to number-mismatch.
 */
public final class DateMismatchCheck extends AbstractCheck {
    public static final String ID = "date-mismatch";

    public DateMismatchCheck() {
        super(ID, Severity.ERROR, "mistranslation");
    }

    /** ICU's month and weekday names and date patterns of both languages (read once per process). */
    @Override
    public void prepare(String sourceLanguage, String targetLanguage) {
        DateReader.forLanguage(sourceLanguage);
        DateReader.forLanguage(targetLanguage);
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String sourceText = pair.sourceText();
        String targetText = pair.targetText();
        List<DateReader.Mention> source = DateReader.forLanguage(pair.sourceLanguage()).read(sourceText);
        List<DateReader.Mention> target = DateReader.forLanguage(pair.targetLanguage()).read(targetText);
        if (source.isEmpty() && target.isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        List<DateReader.Mention> sourceMonths = source.stream().filter(m -> m.month() != DateReader.NONE).toList();
        List<DateReader.Mention> targetMonths = target.stream().filter(m -> m.month() != DateReader.NONE).toList();
        int before = out.size();
        compare(pair, "month", sourceMonths, targetMonths, DateReader.Mention::month, out);
        if (out.size() == before) {
            compare(pair, "date", sourceMonths.stream().filter(m -> m.day() != DateReader.NONE).toList(),
                    targetMonths.stream().filter(m -> m.day() != DateReader.NONE).toList(),
                    m -> m.month() * 100 + m.day(), out);
        }
        compare(pair, "weekday", source.stream().filter(m -> m.weekday() != DateReader.NONE).toList(),
                target.stream().filter(m -> m.weekday() != DateReader.NONE).toList(), DateReader.Mention::weekday, out);
        return out;
    }

    /** Multiset difference by {@code key}: unmatched source mentions are missing, unmatched target ones extra. */
    private void compare(SegmentPair pair, String what, List<DateReader.Mention> source,
            List<DateReader.Mention> target, Function<DateReader.Mention, Integer> key, List<Finding> out) {
        boolean[] used = new boolean[target.size()];
        List<DateReader.Mention> missing = new ArrayList<>();
        for (DateReader.Mention s : source) {
            int found = -1;
            for (int i = 0; i < target.size() && found < 0; i++) {
                if (!used[i] && key.apply(target.get(i)).equals(key.apply(s))) found = i;
            }
            if (found >= 0) used[found] = true;
            else missing.add(s);
        }
        for (DateReader.Mention s : missing) {
            out.add(finding(pair, "The " + label(what, s) + " \"" + s.text(pair.sourceText()) + "\" is not in the target",
                    s.span(), null));
        }
        for (int i = 0; i < target.size(); i++) {
            if (used[i]) continue;
            DateReader.Mention t = target.get(i);
            out.add(finding(pair, "The " + label(what, t) + " \"" + t.text(pair.targetText()) + "\" of the target is not in the source",
                    null, t.span()));
        }
    }

    /** "date" for a month written with its day ("October 3"), else what is compared. */
    private static String label(String what, DateReader.Mention m) {
        return what.equals("month") && m.day() != DateReader.NONE ? "date" : what;
    }

    /** The spans of day and month digits of the dates in a text, which number-mismatch leaves to this check. */
    static List<Span> dayMonthDigits(String text, String language) {
        List<Span> out = new ArrayList<>();
        for (DateReader.Mention m : DateReader.forLanguage(language).read(text)) out.addAll(m.dayMonthDigits());
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("EU and NATO sign joint call for cooperation, January 10, 2023",
                        "EU und NATO unterzeichnen gemeinsamen Aufruf zur Zusammenarbeit, 10. Januar 2023", "en", "de",
                        "month name and day in each language's order"),
                Example.good("The declaration was signed in Brussels on January 10, 2023.",
                        "Die Erklärung wurde am 10.01.2023 in Brüssel unterzeichnet.", "en", "de",
                        "a German numeric date"),
                Example.good("The declaration was signed on Jan. 10.", "Die Erklärung wurde am 10. Jan. unterzeichnet.",
                        "en", "de", "abbreviated months"),
                Example.good("Leaders will meet again on Friday.", "Die Staats- und Regierungschefs treffen sich am Freitag wieder.",
                        "en", "de", "a weekday"),
                Example.good("Talks are expected to resume in May.", "Die Gespräche sollen im Mai fortgesetzt werden.",
                        "en", "de", "\"in May\" is the month"),
                Example.good("Former British Prime Minister Theresa May said the alliance may grow.",
                        "Die frühere britische Premierministerin Theresa May sagte, das Bündnis könne wachsen.", "en",
                        "de", "\"May\" as a name and \"may\" as a verb are no months"),
                Example.good("The summit on 01/10/2023 in Brussels", "Der Gipfel am 10.01.2023 in Brüssel", "en", "de",
                        "US and German numeric dates"),
                new Example(SegmentPair.of("The accession protocols were signed on October 3.",
                        "Die Beitrittsprotokolle wurden am 3. November unterzeichnet.", "en", "de"), 2,
                        "October became November: one missing, one extra"),
                new Example(SegmentPair.of("The foreign ministers met on Monday.", "Die Außenminister trafen sich am Mittwoch.",
                        "en", "de"), 2, "Monday became Wednesday"),
                new Example(SegmentPair.of("The declaration was signed on January 10, 2023.",
                        "Die Erklärung wurde am 11.01.2023 unterzeichnet.", "en", "de"), 2,
                        "the day changed in a numeric date"),
                Example.bad("Finland joined NATO in April.", "Finnland trat der NATO bei.", "en", "de",
                        "the month dropped"));
    }
}
