package org.glossa.core.tm.score;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import org.glossa.core.text.FuzzyMatchTokenizer;

/**
 * Parses and writes plain decimal numbers with one locale's grouping and decimal separators ("1,000.5" in English,
 * "1.000,5" in German). Digits of any script are read; numbers are written with ASCII digits.
 */
final class LocaleNumbers {
    private final char grouping;
    private final char decimal;

    LocaleNumbers(ULocale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.grouping = symbols.getGroupingSeparator();
        this.decimal = symbols.getDecimalSeparator();
    }

    /** The number as a token; {@code s} must satisfy {@link FuzzyMatchTokenizer#isNumeric}. */
    NumberToken parse(String s, int part, int start, int end) {
        StringBuilder digits = new StringBuilder(s.length());
        int groupDigits = 0;      // digits in the current group
        int firstGroupDigits = -1;
        boolean grouped = false;
        boolean groupingValid = true;
        int decimalAt = -1;       // position in digits where the fraction starts
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (FuzzyMatchTokenizer.isDigit(c)) {
                digits.append((char) ('0' + UCharacter.digit(c, 10)));
                groupDigits++;
                continue;
            }
            if (decimalAt >= 0) return unparsed(s, part, start, end);           // a separator after the decimal one
            if (c == grouping) {
                if (firstGroupDigits < 0) {
                    firstGroupDigits = groupDigits;
                    if (groupDigits > 3) groupingValid = false;
                } else if (groupDigits != 3) {
                    groupingValid = false;
                }
                grouped = true;
            } else if (c == decimal) {
                if (grouped && groupDigits != 3) groupingValid = false;
                decimalAt = digits.length();
            } else {
                return unparsed(s, part, start, end);
            }
            groupDigits = 0;
        }
        if (grouped && decimalAt < 0 && groupDigits != 3) groupingValid = false;
        if (!groupingValid) return unparsed(s, part, start, end);
        String plain = decimalAt < 0 ? digits.toString()
                : digits.substring(0, decimalAt) + "." + digits.substring(decimalAt);
        BigDecimal value = new BigDecimal(plain);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new NumberToken(stripped.toPlainString(), value, grouped, s, part, start, end);
    }

    private static NumberToken unparsed(String s, int part, int start, int end) {
        StringBuilder key = new StringBuilder(s.length() + 1).append('~');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            key.append(FuzzyMatchTokenizer.isDigit(c) ? (char) ('0' + UCharacter.digit(c, 10)) : c);
        }
        return new NumberToken(key.toString(), null, false, s, part, start, end);
    }

    /**
     * {@code value} written with this locale's separators: grouping separators every three integer digits when
     * {@code grouped}, the fraction digits of {@code value} kept as they are (its scale).
     */
    String format(BigDecimal value, boolean grouped) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(plain.length() + 4);
        if (value.signum() < 0) out.append('-');
        for (int i = 0; i < integer.length(); i++) {
            if (grouped && i > 0 && (integer.length() - i) % 3 == 0) out.append(grouping);
            out.append(integer.charAt(i));
        }
        if (point >= 0) out.append(decimal).append(plain, point + 1, plain.length());
        return out.toString();
    }
}
