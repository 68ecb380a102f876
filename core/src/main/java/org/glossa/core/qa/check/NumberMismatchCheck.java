package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * "10.01.2023" agree here too. Times of day compare on the 24-hour clock ("2:30 p.m." = "14.30 Uhr",
 * {@link TimeReader}); a run the target language cannot read as one number that stands in the source exactly as
 * written is an identifier or version kept verbatim ("OpenOffice 2.0" in German); numbers written as words are read
 * with ICU's spell-out rules ("thirty" = "dreißig" = 30, {@link SpelledNumbers}). A magnitude word after digits
 * scales them ("$2 billion" = "2 Milliarden Dollar", not "2 Millionen"; English billion is German Milliarde).
 */
public final class NumberMismatchCheck extends AbstractCheck {
    public static final String ID = "number-mismatch";

    public NumberMismatchCheck() {
        super(ID, Severity.ERROR, "mistranslation");
    }

    /**
     * A number as compared: its key (the value, "14:30" for a time), where it is written, and whether it was written
     * as a word (an unpartnered word is only reported when the other side has more numbers left over than this
     * side's digits account for: "the two institutions" may well be "die beiden Institutionen", but "forty" is not
     * "fünfzig").
     */
    record Item(String key, String written, Span span, boolean word, String unscaled) {
        Item(String key, String written, Span span, boolean word) {
            this(key, written, span, word, key);
        }

        /** Same number: same key, or a number word against digits with a magnitude word ("zehn" of "10 million"). */
        boolean sameAs(Item other) {
            return key.equals(other.key) || word != other.word && (unscaled.equals(other.key) || key.equals(other.unscaled));
        }
    }

    /** ICU's separators, spelled-out numbers and date names of both languages (read once per process). */
    @Override
    public void prepare(String sourceLanguage, String targetLanguage) {
        for (String language : List.of(sourceLanguage, targetLanguage)) {
            new NumberReader(language);
            SpelledNumbers.forLanguage(language);
            DateReader.forLanguage(language);
        }
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String sourceText = pair.sourceText();
        String targetText = pair.targetText();
        List<Span> verbatim = new ArrayList<>();
        List<Span> verbatimInSource = new ArrayList<>();
        NumberReader sourceReader = new NumberReader(pair.sourceLanguage());
        NumberReader targetReader = new NumberReader(pair.targetLanguage());
        keptVerbatim(sourceText, sourceReader, targetText, targetReader, verbatim, verbatimInSource);
        List<Item> source = items(sourceText, pair.sourceLanguage(), sourceReader, verbatimInSource);
        List<Item> target = items(targetText, pair.targetLanguage(), targetReader, verbatim);
        boolean[] sourceMatched = new boolean[source.size()];
        boolean[] targetMatched = new boolean[target.size()];
        // digits with digits and words with words first, so "Two." against "Zwei 2." leaves the 2 over
        for (boolean sameKind : new boolean[] {true, false}) {
            for (int i = 0; i < source.size(); i++) {
                for (int j = 0; j < target.size() && !sourceMatched[i]; j++) {
                    Item a = source.get(i);
                    Item b = target.get(j);
                    if (!targetMatched[j] && a.sameAs(b) && (!sameKind || a.word() == b.word())) {
                        sourceMatched[i] = true;
                        targetMatched[j] = true;
                    }
                }
            }
        }
        // A word without partner counts when the other side has more numbers left over than this side's digits
        // can account for: "forty" against "fünfzig", not "two" against "beiden" while 2018 became 2019.
        boolean targetLeft = unmatched(target, targetMatched, false) > unmatched(source, sourceMatched, true);
        boolean sourceLeft = unmatched(source, sourceMatched, false) > unmatched(target, targetMatched, true);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            Item n = source.get(i);
            if (sourceMatched[i] || (n.word() && !targetLeft)) continue;
            out.add(finding(pair, "The number " + n.written() + " is missing in the target", n.span(), null));
        }
        for (int j = 0; j < target.size(); j++) {
            Item n = target.get(j);
            if (targetMatched[j] || (n.word() && !sourceLeft)) continue;
            out.add(finding(pair, "The number " + n.written() + " is not in the source", null, n.span()));
        }
        return out;
    }

    private static int unmatched(List<Item> items, boolean[] matched, boolean digitsOnly) {
        int n = 0;
        for (int i = 0; i < items.size(); i++) if (!matched[i] && !(digitsOnly && items.get(i).word())) n++;
        return n;
    }

    /**
     * Runs of digits that the target's language cannot read as one number but that stand in the source exactly as
     * written: version numbers and identifiers ("xulrunner 1.8", "OpenOffice 2.0", "3.11") are kept, not
     * translated. A run the target language does read as one number ("4,500" in German is 4.5) is never verbatim.
     */
    private static void keptVerbatim(String sourceText, NumberReader sourceReader, String targetText,
            NumberReader targetReader, List<Span> inTarget, List<Span> inSource) {
        List<NumberReader.Run> sourceRuns = sourceReader.runs(sourceText);
        for (NumberReader.Run run : targetReader.runs(targetText)) {
            if (run.oneNumber()) continue;
            String written = targetText.substring(run.span().start(), run.span().end());
            for (NumberReader.Run s : sourceRuns) {
                if (sourceText.substring(s.span().start(), s.span().end()).equals(written) && !inSource.contains(s.span())) {
                    inTarget.add(run.span());
                    inSource.add(s.span());
                    break;
                }
            }
        }
    }

    /** Digit groups joined by full stops: a version or identifier ("3.5", "1.8.2", "192.168.0.1"). */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)+");

    /**
     * The numbers of a text: times, then versions (a run of digits and full stops the language cannot read as one
     * number and that is not a date: "Firefox 3.5" in German is the version 3.5, not the numbers 3 and 5), then
     * digits outside dates and outside {@code skipped}, then number words.
     */
    private static List<Item> items(String text, String language, NumberReader reader, List<Span> skipped) {
        List<Item> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>(skipped);
        for (TimeReader.Time t : TimeReader.read(text)) {
            out.add(new Item(t.key(), text.substring(t.span().start(), t.span().end()), t.span(), false));
            taken.add(t.span());
        }
        taken.addAll(DateMismatchCheck.dayMonthDigits(text, language));
        for (NumberReader.Run run : reader.runs(text)) {
            if (run.oneNumber() || overlaps(run.span(), taken)) continue;
            String written = text.substring(run.span().start(), run.span().end());
            if (!VERSION.matcher(written).matches()) continue;
            out.add(new Item(written, written, run.span(), false));
            taken.add(run.span());
        }
        for (NumberReader.Num n : reader.read(text)) {
            if (within(n.span(), taken)) continue;
            Optional<Item> scaled = withMagnitude(text, language, n);
            out.add(scaled.orElseGet(() -> new Item(n.key(), n.key(), n.span(), false)));
        }
        for (SpelledNumbers.Word w : SpelledNumbers.forLanguage(language).read(text)) {
            out.add(new Item(String.valueOf(w.value()), text.substring(w.span().start(), w.span().end()), w.span(), true));
        }
        return out;
    }

    /** Magnitude words after a number, by language: English "billion" is 10^9, German "Billion" 10^12. */
    private static final Map<String, Map<String, Integer>> MAGNITUDES = Map.of(
            "en", Map.of("thousand", 3, "million", 6, "millions", 6, "mn", 6, "billion", 9, "billions", 9,
                    "bn", 9, "trillion", 12, "trillions", 12),
            "de", Map.of("tausend", 3, "million", 6, "millionen", 6, "mio", 6, "milliarde", 9, "milliarden", 9,
                    "mrd", 9, "billion", 12, "billionen", 12));

    /**
     * A number followed by a magnitude word of its language ("$2 billion" = "2 Milliarden Dollar" = 2000000000): the
     * value scaled, the span and what is written taking in the word, so "2 Millionen" for "2 billion" is a mismatch.
     */
    private static Optional<Item> withMagnitude(String text, String language, NumberReader.Num n) {
        Map<String, Integer> words = MAGNITUDES.get(org.glossa.core.lang.LanguageTags.language(language));
        if (words == null) return Optional.empty();
        int i = n.span().end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u202F')) i++;
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        if (i == start) return Optional.empty();
        Integer exponent = words.get(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        if (exponent == null) return Optional.empty();
        if (i < text.length() && text.charAt(i) == '.' && i - start <= 3) i++; // "Mrd.", "Mio."
        java.math.BigDecimal value = n.value().scaleByPowerOfTen(exponent);
        String key = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return Optional.of(new Item(key, text.substring(n.span().start(), i), new Span(n.span().start(), i), false, n.key()));
    }

    private static boolean overlaps(Span s, List<Span> spans) {
        for (Span d : spans) if (d.start() < s.end() && s.start() < d.end()) return true;
        return false;
    }

    private static boolean within(Span s, List<Span> spans) {
        for (Span d : spans) if (d.start() <= s.start() && s.end() <= d.end()) return true;
        return false;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("The EU pledged $2 billion in aid.", "Die EU sagte Hilfen von 2 Milliarden Dollar zu.", "en", "de",
                        "magnitude words: English billion is German Milliarde"),
                new Example(SegmentPair.of("The EU pledged $2 billion in aid.", "Die EU sagte Hilfen von 2 Millionen Dollar zu.",
                        "en", "de"), 2, "a billion became a million: missing in the target, and another number there"),
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
                Example.good("The talks begin at 2:30 p.m. and end at 10 a.m.", "Die Gespräche beginnen um 14.30 Uhr und enden um 10 Uhr.",
                        "en", "de", "times on the 24-hour clock"),
                Example.good("The ministers meet at 10:30 a.m.", "Die Minister treffen sich um 10:30 Uhr.", "en", "de",
                        "a time with a colon in German"),
                Example.good("Requires xulrunner 1.8 or OpenOffice 2.0.", "Erfordert xulrunner 1.8 oder OpenOffice 2.0.",
                        "en", "de", "version numbers kept as written"),
                new Example(pairOf("Requires Firefox 3.6 or later.", "Erfordert Firefox 3.5 oder neuer."), 2,
                        "a changed version: 3.6 missing, 3.5 extra (not the numbers 3 and 5)"),
                Example.good("Thirty countries signed.", "30 Länder unterzeichneten.", "en", "de", "thirty = 30"),
                Example.good("The alliance has 30 members.", "Das Bündnis hat dreißig Mitglieder.", "en", "de", "30 = dreißig"),
                Example.good("The two institutions say cooperation is more important than ever.",
                        "Die beiden Institutionen sagen, die Zusammenarbeit sei wichtiger denn je.", "en", "de",
                        "a number word without partner, and no other number left: not reported"),
                Example.bad("Two.", "Zwei 2.", "en", "de", "a number added beside the number word"),
                Example.good("It was the third joint declaration.", "Es war die dritte gemeinsame Erklärung.", "en", "de",
                        "ordinals as words"),
                new Example(pairOf("Forty delegates attended.", "Fünfzig Delegierte nahmen teil."), 2,
                        "forty became fünfzig"),
                new Example(pairOf("The talks begin at 2:30 p.m.", "Die Gespräche beginnen um 12.30 Uhr."), 2,
                        "2:30 p.m. is 14.30"),
                new Example(pairOf("About 4,500 soldiers were deployed.", "Etwa 4,500 Soldaten wurden entsandt."), 2,
                        "English grouping left in German reads as 4.5"),
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
