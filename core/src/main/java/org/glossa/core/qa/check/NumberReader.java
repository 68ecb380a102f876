package org.glossa.core.qa.check;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glossa.core.qa.Span;

/**
 * Reads the numbers written with digits in a text, with the grouping and decimal separators of the text's language
 * from ICU: en "1,000.5" and de "1.000,5" both read 1000.5. A run of digits and separators that does not fit the
 * language's pattern (de "10.01.2023", en "3.5" in a German text) is read as separate whole numbers. Signs,
 * numbers written as words, and digits other than ASCII 0-9 are not read.
 */
final class NumberReader {
    /** No-break, narrow no-break and figure spaces: digit grouping in many languages (ISO 31-0 style). */
    private static final String SPACE_GROUPING = "\u00A0\u202F\u2007\u2009";

    /** ICU's grouping and decimal separators of each language tag asked for (ICU's lookup costs more than a read). */
    private static final Map<String, char[]> SEPARATORS = new ConcurrentHashMap<>();

    private final char grouping;
    private final char decimal;

    /** A number and where it is written. */
    record Num(BigDecimal value, Span span) {
        /** The value as a key in which 3.50 and 3.5 are the same. */
        String key() {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
    }

    NumberReader(String languageTag) {
        char[] separators = SEPARATORS.computeIfAbsent(languageTag, NumberReader::separators);
        this.grouping = separators[0];
        this.decimal = separators[1];
    }

    private static char[] separators(String languageTag) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(ULocale.forLanguageTag(languageTag));
        return new char[] {symbols.getGroupingSeparator(), symbols.getDecimalSeparator()};
    }

    /**
     * A run of digits and separators as written, and whether the language reads it as one number ("1.000,5" in
     * German) or not ("1.8" in German: a version, or digits to be read one group at a time).
     */
    record Run(Span span, boolean oneNumber) {
    }

    List<Num> read(String text) {
        List<Num> out = new ArrayList<>();
        for (Run run : runs(text)) interpret(text, run.span().start(), run.span().end(), out);
        return out;
    }

    /** The runs of digits joined by single separators, in text order. */
    List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            out.add(new Run(new Span(i, end), oneNumber(text, i, end)));
            i = end;
        }
        return out;
    }

    private boolean oneNumber(String text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        split(text, start, end, groups, seps);
        return fitsPattern(groups, seps);
    }

    private static void split(String text, int start, int end, List<int[]> groups, List<Character> seps) {
        int g = start;
        for (int i = start; i < end; i++) {
            if (!isDigit(text.charAt(i))) {
                groups.add(new int[] {g, i});
                seps.add(text.charAt(i));
                g = i + 1;
            }
        }
        groups.add(new int[] {g, end});
    }

    /** End of a run of digits joined by single separators that have a digit on both sides. */
    private int runEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) i++;
            else if (isSeparator(c) && i + 1 < text.length() && isDigit(text.charAt(i + 1))) i++;
            else break;
        }
        return i;
    }

    private void interpret(String text, int start, int end, List<Num> out) {
        List<int[]> groups = new ArrayList<>(); // [start, end) of each digit group
        List<Character> seps = new ArrayList<>();
        split(text, start, end, groups, seps);
        if (fitsPattern(groups, seps)) {
            StringBuilder digits = new StringBuilder();
            for (int k = 0; k < groups.size(); k++) {
                if (k > 0 && seps.get(k - 1) == decimal) digits.append('.');
                digits.append(text, groups.get(k)[0], groups.get(k)[1]);
            }
            out.add(new Num(new BigDecimal(digits.toString()), new Span(start, end)));
            return;
        }
        for (int[] grp : groups) {
            out.add(new Num(new BigDecimal(text.substring(grp[0], grp[1])), new Span(grp[0], grp[1])));
        }
    }

    /** Integer part in groups of three after the first (1-3 digits), then at most one decimal part at the end. */
    private boolean fitsPattern(List<int[]> groups, List<Character> seps) {
        if (seps.isEmpty()) return true;
        boolean grouped = false;
        for (int k = 0; k < seps.size(); k++) {
            char sep = seps.get(k);
            int[] next = groups.get(k + 1);
            boolean last = k == seps.size() - 1;
            if (isGrouping(sep)) {
                if (next[1] - next[0] != 3) return false;
                grouped = true;
            } else if (sep != decimal || !last) {
                return false;
            }
        }
        int firstLength = groups.get(0)[1] - groups.get(0)[0];
        return !grouped || firstLength <= 3;
    }

    private boolean isGrouping(char c) {
        return c == grouping || SPACE_GROUPING.indexOf(c) >= 0;
    }

    private boolean isSeparator(char c) {
        return c == grouping || c == decimal || c == '.' || c == ',' || SPACE_GROUPING.indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
