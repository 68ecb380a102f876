package org.glossa.core.qa.check;

import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.RecentTexts;
import org.glossa.core.text.WordToken;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.qa.Span;

/**
 * Reads the dates, months and weekdays written in a text of one language, by meaning: "January 10, 2023" (en),
 * "10. Januar 2023" and "10.01.2023" (de) are all January 10; "Friday" and "Freitag" are both weekday 6.
 * <ul>
 *   <li>Month and weekday names come from ICU's date symbols for the language (wide names, and abbreviated names
 *   when they end with a full stop or stand next to a day number: "Oct. 3", "Sept 3"). In a language whose ICU names
 *   are capitalised (English, German) a name only counts when it is written with a capital, in one whose names are
 *   lower case (French) a capitalised name only next to a number ("Mars" is also the planet); English "May" and
 *   "March" only next to a number or after a word like "in", "since", "mid-" ("may" and "march" are also words).</li>
 *   <li>A day belongs to a month name when it stands right before it ("10 January", "10. Januar", "10th of
 *   January") or right after it ("January 10", "Jan. 10th").</li>
 *   <li>Numeric dates follow the order and separator of ICU's short date pattern of the language (en-US M/d/y,
 *   en-GB and fr d/M/y, de d.M.y; the year may be left out after a full stop: "am 10.01."); ISO 8601 (2023-01-10)
 *   in every language. Month and day must be valid.</li>
 * </ul>
 * Years are not part of the comparison (number-mismatch compares them as numbers); the digits of days and months
 * are reported in {@link Mention#dayMonthDigits()} so that number-mismatch can leave them to date-mismatch.
 */
final class DateReader {
    /** Weekday numbers follow {@link java.util.Calendar}: 1 Sunday … 7 Saturday. */
    static final int NONE = 0;
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|\\.)?");
    private static final Pattern DAY_AT_END = Pattern.compile("(?<![\\d.,:/])(\\d{1,2})(?:st|nd|rd|th|\\.)?$");
    private static final Set<String> ENGLISH_AMBIGUOUS = Set.of("may", "march");
    /** Words after which English "May" and "March" are the months without a number ("in May", "mid-March"). */
    private static final Set<String> ENGLISH_MONTH_LEADS = Set.of("in", "of", "since", "until", "till", "by", "from",
            "to", "early", "late", "mid", "last", "next", "this", "through", "during", "before", "after", "between",
            "and", "or");
    /** Words before which a German numeric date without year ("am 10.01.") is read as a date. */
    private static final Set<String> GERMAN_DATE_LEADS = Set.of("am", "vom", "bis", "zum", "ab", "seit", "den", "dem");
    private static final Map<String, DateReader> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final boolean capitalised;
    private final Map<String, Integer> monthNames = new HashMap<>();
    private final Map<String, Integer> monthAbbreviations = new HashMap<>();
    private final Map<String, Integer> weekdayNames = new HashMap<>();
    private final Pattern numeric;
    private final Pattern numericWithoutYear;
    private final int dayGroup;
    private final int monthGroup;
    private final RecentTexts<List<Mention>> recent = new RecentTexts<>(4, this::readNew);

    /**
     * A date, month or weekday written in a text.
     *
     * @param month          1–12, or {@link #NONE} for a weekday alone
     * @param day            1–31, or {@link #NONE}
     * @param weekday        1 (Sunday) – 7 (Saturday), or {@link #NONE}
     * @param span           where it is written
     * @param dayMonthDigits where the digits of its day and month are (for number-mismatch)
     */
    record Mention(int month, int day, int weekday, Span span, List<Span> dayMonthDigits) {
        String text(String in) {
            return in.substring(span.start(), span.end());
        }
    }

    static DateReader forLanguage(String languageTag) {
        return CACHE.computeIfAbsent(languageTag.toLowerCase(Locale.ROOT), DateReader::new);
    }

    private DateReader(String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag);
        this.language = locale.getLanguage();
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        String[] wide = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        this.capitalised = Character.isUpperCase(wide[0].codePointAt(0));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] names = symbols.getMonths(context, DateFormatSymbols.WIDE);
            for (int m = 0; m < 12; m++) monthNames.put(key(names[m]), m + 1);
            String[] abbreviated = symbols.getMonths(context, DateFormatSymbols.ABBREVIATED);
            for (int m = 0; m < 12; m++) monthAbbreviations.putIfAbsent(key(abbreviated[m]), m + 1);
            String[] days = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
            for (int d = 1; d < days.length; d++) if (!days[d].isEmpty()) weekdayNames.put(key(days[d]), d);
        }
        if (language.equals("en")) monthAbbreviations.put("sept", 9); // AP style
        if (language.equals("de")) weekdayNames.put("sonnabend", 7);
        String pattern = ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.SHORT, locale)).toPattern();
        List<Character> order = new ArrayList<>();
        char separator = '/';
        for (char c : pattern.toCharArray()) {
            if ((c == 'd' || c == 'M' || c == 'y') && !order.contains(c)) order.add(c);
            else if (c == '.' || c == '/' || c == '-') separator = c;
        }
        if (order.size() != 3) order = List.of('M', 'd', 'y');
        String sep = Pattern.quote(String.valueOf(separator));
        StringBuilder full = new StringBuilder("(?<![\\d.,/-])");
        for (int i = 0; i < 3; i++) {
            if (i > 0) full.append(sep);
            full.append(order.get(i) == 'y' ? "(\\d{4}|\\d{2})" : "(\\d{1,2})");
        }
        full.append("(?![\\d/-]|[.,]\\d)");
        this.numeric = Pattern.compile(full.toString());
        this.dayGroup = order.indexOf('d') + 1;
        this.monthGroup = order.indexOf('M') + 1;
        this.numericWithoutYear = separator == '.' && order.get(2) == 'y'
                ? Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)") : null;
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /**
     * The mentions in a text, in text order; numeric dates first claim their digits. An unmodifiable list, the same
     * one for a text this thread read lately (date-mismatch and number-mismatch both read each segment).
     */
    List<Mention> read(String text) {
        return recent.get(text);
    }

    private List<Mention> readNew(String text) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        boolean digits = Texts.hasAsciiDigit(text); // numeric dates need one
        if (digits) {
            numericDates(text, ISO, 3, 2, out, taken);
            numericDates(text, numeric, dayGroup, monthGroup, out, taken);
        }
        if (digits && numericWithoutYear != null) {
            Matcher m = numericWithoutYear.matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end()) && GERMAN_DATE_LEADS.contains(previousWord(text, m.start()))) {
                    addNumeric(m, 1, 2, out, taken);
                }
            }
        }
        for (WordToken word : QaWordTokenizer.words(text)) {
            if (!free(taken, word.start(), word.end())) continue;
            Mention mention = named(text, word);
            if (mention != null) {
                out.add(mention);
                for (int i = mention.span().start(); i < mention.span().end(); i++) taken[i] = true;
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(out);
    }

    private void numericDates(String text, Pattern p, int dayG, int monthG, List<Mention> out, boolean[] taken) {
        Matcher m = p.matcher(text);
        while (m.find()) if (free(taken, m.start(), m.end())) addNumeric(m, dayG, monthG, out, taken);
    }

    private static void addNumeric(Matcher m, int dayG, int monthG, List<Mention> out, boolean[] taken) {
        int day = Integer.parseInt(m.group(dayG));
        int month = Integer.parseInt(m.group(monthG));
        if (month < 1 || month > 12 || day < 1 || day > 31) return;
        out.add(new Mention(month, day, NONE, new Span(m.start(), m.end()),
                List.of(new Span(m.start(dayG), m.end(dayG)), new Span(m.start(monthG), m.end(monthG)))));
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
    }

    /** A month or weekday name at {@code word}, with the day number next to it; null when the word is neither. */
    private Mention named(String text, WordToken word) {
        String w = word.text();
        if (capitalised && !Character.isUpperCase(w.codePointAt(0))) return null;
        String k = w.toLowerCase(Locale.ROOT);
        Integer weekday = weekdayNames.get(k);
        if (weekday != null) return new Mention(NONE, NONE, weekday, Texts.span(word), List.of());
        int end = word.end();
        Integer month = monthNames.get(k);
        boolean abbreviated = false;
        if (month == null) {
            month = monthAbbreviations.get(k);
            if (month == null) return null;
            abbreviated = true;
            if (end < text.length() && text.charAt(end) == '.') end++;
        }
        Span before = dayBefore(text, word.start());
        Span after = before == null ? dayAfter(text, end) : null;
        Span day = before != null ? before : after;
        boolean dotted = end > word.end();
        boolean nearYear = yearAfter(text, after != null ? after.end() : end);
        if (day == null && !nearYear) {
            if (abbreviated && !dotted) return null;
            if (!capitalised && Character.isUpperCase(w.codePointAt(0))) return null; // fr "Mars", the planet
            if (language.equals("en") && ENGLISH_AMBIGUOUS.contains(k)
                    && !ENGLISH_MONTH_LEADS.contains(previousWord(text, word.start()))) {
                return null;
            }
        }
        if (day == null) return new Mention(month, NONE, NONE, new Span(word.start(), end), List.of());
        int dayValue = Integer.parseInt(digits(text, day));
        if (dayValue < 1 || dayValue > 31) {
            return new Mention(month, NONE, NONE, new Span(word.start(), end), List.of());
        }
        int start = Math.min(day.start(), word.start());
        int stop = Math.max(day.end(), end);
        Span digitsSpan = digitSpan(text, day);
        return new Mention(month, dayValue, NONE, new Span(start, stop), List.of(digitsSpan));
    }

    /** "10 ", "10. ", "10th ", "10th of " right before a month name. */
    private static Span dayBefore(String text, int nameStart) {
        int i = nameStart;
        int j = skipSpaces(text, i);
        if (j == i) return null;
        String head = text.substring(0, j);
        if (head.endsWith("of")) {
            int k = skipSpaces(head, head.length() - 2);
            if (k == head.length() - 2) return null;
            j = k;
        }
        Matcher m = DAY_AT_END.matcher(text.substring(0, j));
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    /** " 10", " 10th" right after a month name, not followed by more digits or a decimal part. */
    private static Span dayAfter(String text, int nameEnd) {
        int j = nameEnd;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) j++;
        if (j == nameEnd) return null;
        Matcher m = DAY_NUMBER.matcher(text);
        m.region(j, text.length());
        if (!m.lookingAt()) return null;
        int end = m.end();
        if (end < text.length() && Character.isDigit(text.charAt(end))) return null;
        if (m.group().endsWith(".") && end < text.length() && Character.isDigit(text.charAt(end))) return null;
        return new Span(j, text.charAt(end - 1) == '.' ? end - 1 : end);
    }

    private static boolean yearAfter(String text, int from) {
        int j = from;
        if (j < text.length() && text.charAt(j) == ',') j++;
        int k = j;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) k++;
        if (k == j && j == from) return false;
        return k + 4 <= text.length() && text.substring(k, k + 4).chars().allMatch(Character::isDigit)
                && (k + 4 == text.length() || !Character.isDigit(text.charAt(k + 4)));
    }

    /** Skips spaces backwards from {@code i}: the index after the last non-space before it. */
    private static int skipSpaces(String text, int i) {
        int j = i;
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\u00A0')) j--;
        return j;
    }

    private static String digits(String text, Span span) {
        Span d = digitSpan(text, span);
        return text.substring(d.start(), d.end());
    }

    private static Span digitSpan(String text, Span span) {
        int s = span.start();
        int e = s;
        while (e < span.end() && Character.isDigit(text.charAt(e))) e++;
        return new Span(s, e);
    }

    /** The word before {@code at}, lower case, skipping spaces and hyphens ("mid-May" → "mid"). */
    private static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && (Texts.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '-')) e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return false;
        return true;
    }
}
