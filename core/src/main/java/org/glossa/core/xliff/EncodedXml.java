package org.glossa.core.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.InputException;

/**
 * An XML file's bytes and their text, so that changes made at character offsets of the text can be written back
 * into the bytes with every byte outside the changes as it was (byte order mark, XML declaration, encoding).
 *
 * @param bytes     the file as it is
 * @param bomLength bytes of the byte order mark at the start (0 without one)
 * @param charset   the encoding of the bytes (from the byte order mark, else the XML declaration, else UTF-8)
 * @param text      the characters after the byte order mark
 */
record EncodedXml(byte[] bytes, int bomLength, Charset charset, String text) {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** A replacement of the characters {@code [start, end)} of the text. */
    record Splice(int start, int end, String replacement) {
        Splice {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad splice " + start + ".." + end);
        }
    }

    static EncodedXml decode(byte[] bytes, String fileName) {
        int bom = 0;
        Charset cs;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            cs = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bom = 2;
            cs = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bom = 2;
            cs = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
            cs = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
            cs = StandardCharsets.UTF_16LE;
        } else {
            cs = declared(bytes, fileName);
        }
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
            return new EncodedXml(bytes, bom, cs, text);
        } catch (CharacterCodingException e) {
            throw new InputException(fileName, "the bytes are not valid " + cs.name() + ": " + e.getMessage(), e);
        }
    }

    private static Charset declared(byte[] bytes, String fileName) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return StandardCharsets.UTF_8;
        String name = m.group(1);
        try {
            Charset cs = Charset.forName(name);
            // "UTF-16" without a byte order mark was caught above; the name alone does not say the byte order
            return cs.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(fileName, "unknown encoding \"" + name + "\" in the XML declaration", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** Whether the file's encoding can hold the character (otherwise it is written as a character reference). */
    boolean canEncode(int codePoint) {
        return charset.newEncoder().canEncode(new String(Character.toChars(codePoint)));
    }

    /**
     * The bytes with the splices applied; the bytes between splices are copied, never decoded and encoded again.
     *
     * @throws IllegalArgumentException when splices overlap
     */
    byte[] apply(List<Splice> splices) {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1024);
        CharsetEncoder encoder = charset.newEncoder();
        int charPos = 0;
        int bytePos = bomLength;
        out.write(bytes, 0, bomLength);
        for (Splice s : sorted) {
            if (s.start() < charPos) throw new IllegalArgumentException("overlapping splices at " + s.start());
            int copy = byteLength(encoder, charPos, s.start());
            out.write(bytes, bytePos, copy);
            bytePos += copy + byteLength(encoder, s.start(), s.end());
            byte[] replacement = encode(encoder, s.replacement());
            out.write(replacement, 0, replacement.length);
            charPos = s.end();
        }
        out.write(bytes, bytePos, bytes.length - bytePos);
        return out.toByteArray();
    }

    private int byteLength(CharsetEncoder encoder, int from, int to) {
        if (from == to) return 0;
        if (charset.equals(StandardCharsets.UTF_8)) return utf8Length(from, to);
        return encode(encoder, text.substring(from, to)).length;
    }

    private int utf8Length(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < to) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    private static byte[] encode(CharsetEncoder encoder, String s) {
        try {
            encoder.reset();
            ByteBuffer b = encoder.encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            // the splices escape what the encoding cannot hold, and the rest was decoded from these bytes
            throw new IllegalStateException("cannot encode in " + encoder.charset() + ": " + e.getMessage(), e);
        }
    }

    /** 1-based line and column of a character offset, for messages. */
    int[] lineColumn(int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
