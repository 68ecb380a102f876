package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * {@link StandardTokenizer}'s tokens, found without its automaton when the text is plain ASCII: Unicode word
 * segmentation (UAX #29) restricted to ASCII is a handful of rules on a character's class and its neighbours', and
 * most memories' texts are ASCII. Any other text (a character above U+007F, or a word longer than StandardTokenizer's
 * 255 characters, which it splits) goes through a StandardTokenizer as it is. The tokens, their types
 * ({@code <ALPHANUM>}, {@code <NUM>}), offsets and position increments are StandardTokenizer's
 * ({@code AsciiWordTokenizerTest} compares them on the seeds, the interop files, a generated memory and random
 * strings of the classes' characters). The memory build analyses with it (decision 0047).
 *
 * <p>The ASCII word-break classes: letters (ALetter), digits (Numeric), {@code _} (ExtendNumLet), {@code :}
 * (MidLetter), {@code , ;} (MidNum), {@code . '} (MidNumLet, Single_Quote); everything else breaks on both sides.
 * No break: letter × letter, letter × digit, digit × letter, digit × digit (WB5, WB8–10); letter (MidLetter |
 * MidNumLet) letter (WB6, 7); digit (MidNum | MidNumLet) digit (WB11, 12); (letter | digit | _) × _ and _ ×
 * (letter | digit) (WB13a, b). A segment is a token when it holds a letter ({@code <ALPHANUM>}) or else a digit
 * ({@code <NUM>}).
 */
final class AsciiWordTokenizer extends Tokenizer {
    private static final int MAX_TOKEN = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UNDERSCORE = 3;
    private static final byte MID_LETTER = 4;
    private static final byte MID_NUM = 5;
    private static final byte MID_NUM_LET = 6;
    private static final byte[] CLASS = classes();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StandardTokenizer standard = new StandardTokenizer();
    private final CharTermAttribute standardTerm = standard.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute standardOffset = standard.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute standardIncrement =
            standard.addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute standardType = standard.addAttribute(TypeAttribute.class);
    private char[] text = new char[256];
    private int length;
    private int pos;
    /** Whether this text goes through {@link #standard}. */
    private boolean fallback;

    AsciiWordTokenizer() {
    }

    private static byte[] classes() {
        byte[] c = new byte[128];
        for (char x = 'a'; x <= 'z'; x++) c[x] = LETTER;
        for (char x = 'A'; x <= 'Z'; x++) c[x] = LETTER;
        for (char x = '0'; x <= '9'; x++) c[x] = DIGIT;
        c['_'] = UNDERSCORE;
        c[':'] = MID_LETTER;
        c[','] = MID_NUM;
        c[';'] = MID_NUM;
        c['.'] = MID_NUM_LET;
        c['\''] = MID_NUM_LET;
        return c;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int r; (r = input.read(text, length, text.length - length)) != -1; ) {
            length += r;
            if (length == text.length) text = Arrays.copyOf(text, text.length * 2);
        }
        pos = 0;
        fallback = !plain();
        if (fallback) {
            standard.setReader(new CharSequenceReader(text, length));
            standard.reset();
        }
    }

    /** Whether the text is ASCII without a run of word characters longer than StandardTokenizer takes. */
    private boolean plain() {
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c >= 0x80) return false;
            run = CLASS[c] == OTHER ? 0 : run + 1;
            if (run > MAX_TOKEN) return false;
        }
        return true;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (fallback) {
            if (!standard.incrementToken()) return false;
            clearAttributes();
            term.copyBuffer(standardTerm.buffer(), 0, standardTerm.length());
            offset.setOffset(correctOffset(standardOffset.startOffset()), correctOffset(standardOffset.endOffset()));
            increment.setPositionIncrement(standardIncrement.getPositionIncrement());
            type.setType(standardType.type());
            return true;
        }
        char[] t = text;
        int n = length;
        while (pos < n) {
            int start = pos;
            int end = segmentEnd(start);
            pos = end;
            boolean letter = false;
            boolean digit = false;
            for (int i = start; i < end; i++) {
                byte k = CLASS[t[i]];
                letter |= k == LETTER;
                digit |= k == DIGIT;
            }
            if (letter || digit) {
                clearAttributes();
                term.copyBuffer(t, start, end - start);
                offset.setOffset(correctOffset(start), correctOffset(end));
                type.setType(letter ? ALPHANUM : NUM);
                return true;
            }
        }
        return false;
    }

    /** Where the word segment starting at {@code start} ends: the next break opportunity. */
    private int segmentEnd(int start) {
        char[] t = text;
        int n = length;
        int i = start + 1;
        while (i < n && !breaksBefore(t, n, i)) i++;
        return i;
    }

    /** Whether UAX #29 breaks between {@code t[i - 1]} and {@code t[i]} (ASCII, no Extend or Format characters). */
    private static boolean breaksBefore(char[] t, int n, int i) {
        byte x = CLASS[t[i - 1]];
        byte y = CLASS[t[i]];
        boolean xWord = x == LETTER || x == DIGIT;
        boolean yWord = y == LETTER || y == DIGIT;
        if (xWord && yWord) return false; // WB5, WB8, WB9, WB10
        if ((xWord || x == UNDERSCORE) && y == UNDERSCORE) return false; // WB13a
        if (x == UNDERSCORE && yWord) return false; // WB13b
        if (x == LETTER && (y == MID_LETTER || y == MID_NUM_LET)) {
            return !(i + 1 < n && CLASS[t[i + 1]] == LETTER); // WB6
        }
        if ((x == MID_LETTER || x == MID_NUM_LET) && y == LETTER) {
            return !(i >= 2 && CLASS[t[i - 2]] == LETTER); // WB7
        }
        if (x == DIGIT && (y == MID_NUM || y == MID_NUM_LET)) {
            return !(i + 1 < n && CLASS[t[i + 1]] == DIGIT); // WB12
        }
        if ((x == MID_NUM || x == MID_NUM_LET) && y == DIGIT) {
            return !(i >= 2 && CLASS[t[i - 2]] == DIGIT); // WB11
        }
        return true; // WB999
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (fallback) {
            standard.end();
            offset.setOffset(correctOffset(standardOffset.startOffset()), correctOffset(standardOffset.endOffset()));
            increment.setPositionIncrement(standardIncrement.getPositionIncrement());
        } else {
            int last = correctOffset(length);
            offset.setOffset(last, last);
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (fallback) standard.close();
        fallback = false;
    }

    /** A reader of the first {@code length} characters of {@code chars} (no copy). */
    private static final class CharSequenceReader extends Reader {
        private final char[] chars;
        private final int length;
        private int next;

        CharSequenceReader(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (next == length) return -1;
            int n = Math.min(len, length - next);
            System.arraycopy(chars, next, buffer, off, n);
            next += n;
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
