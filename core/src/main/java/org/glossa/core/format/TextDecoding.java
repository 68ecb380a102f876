package org.glossa.core.format;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.glossa.core.InputException;
import org.glossa.core.model.Original;

/** Finds the encoding of a text file (BOM, strict UTF-8, then ICU's detector) and decodes it. */
public final class TextDecoding {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoding() {
    }

    /**
     * Refuses binary data given as a text format (HTML, Markdown, plain text): NUL bytes in the first 8 KB of a file
     * that has no UTF-16 byte-order mark and does not look like UTF-16.
     */
    public static void refuseBinary(byte[] bytes, String fileName) {
        if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM) || looksUtf16(bytes, 1) || looksUtf16(bytes, 0)) {
            return;
        }
        if (containsNul(bytes)) throw new InputException(fileName, "binary data, not a text file");
    }

    /** The encoding of {@code bytes}: from a BOM, else UTF-8 if they decode strictly, else a detected one. */
    public static String detect(byte[] bytes, String fileName) {
        if (startsWith(bytes, UTF8_BOM)) return "UTF-8";
        if (startsWith(bytes, UTF16LE_BOM)) return "UTF-16LE";
        if (startsWith(bytes, UTF16BE_BOM)) return "UTF-16BE";
        // UTF-16 without a BOM has NUL bytes in the first 4 KiB, so text without one in the first 8 KiB (nearly every
        // file) is looked at once, not three times (decision 0059)
        if (containsNul(bytes)) {
            if (looksUtf16(bytes, 1)) return "UTF-16LE";
            if (looksUtf16(bytes, 0)) return "UTF-16BE";
            throw new InputException(fileName, "binary data, not a text file");
        }
        if (decodesStrictly(bytes, StandardCharsets.UTF_8)) return "UTF-8";
        CharsetDetector d = new CharsetDetector();
        d.setText(bytes);
        CharsetMatch best = d.detect();
        String name = best == null ? "windows-1252" : best.getName();
        // ICU names Latin text ISO-8859-1 even when it uses the 0x80-0x9F range; windows-1252 is the superset.
        if (name.equals("ISO-8859-1")) name = "windows-1252";
        return name;
    }

    /** The text of {@code original} without its byte-order mark. */
    public static String decode(Original original, String fileName) {
        byte[] bytes = original.bytes();
        int skip = bom(original).length;
        Charset cs;
        try {
            cs = original.charset();
        } catch (IllegalArgumentException e) {
            throw new InputException(fileName, "unknown encoding " + original.encoding(), e);
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(fileName, "bytes that are not valid " + original.encoding(), e);
        }
    }

    /**
     * {@code text} in the original's encoding, after the original's byte-order mark. A translation with characters
     * the encoding cannot hold is an error, never silently written as "?".
     */
    public static byte[] encode(String text, Original original, String fileName) {
        byte[] bom = bom(original);
        ByteBuffer body;
        try {
            body = original.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new InputException(fileName, "the translation has characters that " + original.encoding()
                    + " (the original's encoding) cannot hold", e);
        }
        byte[] out = new byte[bom.length + body.remaining()];
        System.arraycopy(bom, 0, out, 0, bom.length);
        body.get(out, bom.length, body.remaining());
        return out;
    }

    /** The byte-order mark at the start of the original, or none. */
    public static byte[] bom(Original original) {
        byte[] b = original.bytes();
        String enc = original.encoding().toUpperCase();
        if (enc.startsWith("UTF-8") && startsWith(b, UTF8_BOM)) return UTF8_BOM.clone();
        if (enc.startsWith("UTF-16") && (startsWith(b, UTF16LE_BOM) || startsWith(b, UTF16BE_BOM))) {
            return Arrays.copyOf(b, 2);
        }
        return new byte[0];
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }

    private static boolean containsNul(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    /** UTF-16 without BOM: most ASCII characters have a zero byte at the given parity. */
    private static boolean looksUtf16(byte[] b, int zeroParity) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return false;
        int zeros = 0;
        int otherZeros = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == zeroParity) zeros++;
                else otherZeros++;
            }
        }
        return zeros > n / 2 * 0.6 && otherZeros == 0;
    }

    private static boolean decodesStrictly(byte[] b, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
