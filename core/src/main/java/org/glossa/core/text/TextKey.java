package org.glossa.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Glossa's one text key: a text reduced to a hash for sets and indexes that would otherwise keep the texts, with the
 * normalisation of each purpose named here:
 * <ul>
 *   <li>{@link #of}: the text as it is, a 128-bit hash (MurmurHash3 x64 128 over its UTF-16 code units,
 *   little-endian); two different texts share a key with a probability of about 2<sup>-128</sup>;</li>
 *   <li>{@link #ofCollapsedSpaces}: stripped, runs of white space as one space ({@link #collapseSpaces}), as QA's
 *   consistency checks and the analysis's repetitions compare texts;</li>
 *   <li>{@link #matchHash}: a memory's exact-match key, over {@link #normaliseForMatching} (NFC, lower case, white
 *   space collapsed); a 64-bit value kept in memory indexes and the server's database, so it is the first 8 bytes
 *   of SHA-256 as it always was and must never change (docs/decisions/0017-one-of-each-remainder.md).</li>
 * </ul>
 */
public record TextKey(long hi, long lo) {
    /** The match hash of "no text" (no previous segment); {@link #matchHash} never returns it. */
    public static final long NO_MATCH_HASH = 0L;

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final HexFormat HEX = HexFormat.of();

    /** {@link #of} the text with {@link #collapseSpaces}. */
    public static TextKey ofCollapsedSpaces(String text) {
        return of(collapseSpaces(text));
    }

    /**
     * The text stripped ({@link String#strip()}), each run of white space (no-break spaces included) as one space:
     * what {@code text.strip().replaceAll("[\\s\\u00A0]+", " ")} gives, without a regular expression (QA keys
     * every segment's texts with it).
     */
    public static String collapseSpaces(String text) {
        String s = text.strip();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) break;
            i++;
        }
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                sb.append(' ');
                do i++; while (i < n && isSpace(s.charAt(i)));
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Regular expressions' {@code \\s} (space, tab, line feed, vertical tab, form feed, carriage return) and U+00A0. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0';
    }

    /**
     * The text as memories match it exactly: NFC, lower case, runs of white space (no-break spaces included)
     * collapsed to one space, trimmed. Inline codes are not part of it (the scorer decides whether they agree).
     */
    public static String normaliseForMatching(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The first 8 bytes of SHA-256 over {@link #normaliseForMatching}'s UTF-8; never {@link #NO_MATCH_HASH}. An
     * ASCII text (every unit of a memory build, mostly) is normalised straight into its bytes: NFC leaves ASCII as
     * it is and lower case is A–Z there ({@code TextKeyTest} holds both ways to the same hash).
     */
    public static long matchHash(String text) {
        byte[] bytes = asciiMatchBytes(text);
        if (bytes == null) bytes = normaliseForMatching(text).getBytes(StandardCharsets.UTF_8);
        byte[] d = SHA256.get().digest(bytes);
        long h = 0;
        for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xFF);
        return h == NO_MATCH_HASH ? 1 : h;
    }

    /**
     * {@link #normaliseForMatching}'s UTF-8 bytes for an ASCII text, or null when the text has a character from
     * U+0080 on. ASCII's white space for {@link Character#isWhitespace} or {@link Character#isSpaceChar}: tab to
     * carriage return, U+001C to U+001F and the space.
     */
    static byte[] asciiMatchBytes(String text) {
        int n = text.length();
        byte[] out = new byte[n];
        int size = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return null;
            if (c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001C')) {
                space = size > 0;
            } else {
                if (space) out[size++] = ' ';
                space = false;
                out[size++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
        }
        return size == n ? out : Arrays.copyOf(out, size);
    }

    /** {@link #matchHash} as 16 lower-case hex digits, the form indexes and the server's database keep. */
    public static String matchHashHex(String text) {
        return hex(matchHash(text));
    }

    /** A 64-bit hash as 16 lower-case hex digits, leading zeros kept (what {@code %016x} gives, without a formatter). */
    public static String hex(long hash) {
        return HEX.toHexDigits(hash);
    }

    /** One SHA-256 per thread: {@code getInstance} looks the provider up on every call. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TextKey::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static TextKey of(CharSequence s) {
        int n = s.length();
        long h1 = 0;
        long h2 = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long k1 = pack(s, i, 4);
            long k2 = pack(s, i + 4, 4);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = n - i;
        if (tail > 4) h2 ^= mixK2(pack(s, i + 4, tail - 4));
        if (tail > 0) h1 ^= mixK1(pack(s, i, Math.min(4, tail)));
        long length = 2L * n;
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new TextKey(h1, h2);
    }

    private static long pack(CharSequence s, int from, int count) {
        long k = 0;
        for (int j = 0; j < count; j++) k |= (long) s.charAt(from + j) << (16 * j);
        return k;
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
