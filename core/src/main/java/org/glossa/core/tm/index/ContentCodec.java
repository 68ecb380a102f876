package org.glossa.core.tm.index;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.text.TextKey;

/**
 * A compact binary form of {@link Content}, and of a whole {@link MemoryEntry} for the index's one stored field.
 *
 * <p>Content: a format byte (1), the part count, then per part a kind byte (0 text, 1 open tag, 2 close tag,
 * 3 standalone tag) and its strings (text; or id, type, data), each as a varint byte length followed by UTF-8. Tags
 * keep all their fields, so a decoded Content equals the original.
 *
 * <p>Entry ({@link #encodeEntry}): a format byte (2), the source's and the target's parts as above (without their
 * format byte), the tuid and the origin as strings, a flags byte (1: changed, 2: previous, 4: context), then the
 * changed time as a zig-zag varint of epoch millis and the previous and context hashes as 8 bytes each, big-endian,
 * those present only. One field instead of seven saves the index writer's per-field work on its thread
 * (decision 0062).
 */
final class ContentCodec {
    private static final int FORMAT = 1;
    private static final int ENTRY_FORMAT = 2;
    private static final int CHANGED = 1;
    private static final int PREVIOUS = 2;
    private static final int CONTEXT = 4;

    private ContentCodec() {
    }

    static byte[] encode(Content content) {
        Writer out = new Writer(32);
        out.write(FORMAT);
        out.content(content);
        return out.bytes();
    }

    static Content decode(byte[] bytes, int offset, int length) {
        Reader r = new Reader(bytes, offset, offset + length);
        int format = r.next();
        if (format != FORMAT) throw new IllegalArgumentException("unknown content encoding " + format);
        Content c = r.content();
        r.atEnd();
        return c;
    }

    static Content decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** The whole entry in one array (format above). */
    static byte[] encodeEntry(MemoryEntry e) {
        Writer out = new Writer(64);
        out.write(ENTRY_FORMAT);
        out.content(e.source());
        out.content(e.target());
        out.string(e.tuid());
        out.string(e.origin());
        int flags = (e.changed().isPresent() ? CHANGED : 0) | (e.previous() != TextKey.NO_MATCH_HASH ? PREVIOUS : 0)
                | (e.contextProp() != TextKey.NO_MATCH_HASH ? CONTEXT : 0);
        out.write(flags);
        if (e.changed().isPresent()) out.zigzag(e.changed().get().toEpochMilli());
        if (e.previous() != TextKey.NO_MATCH_HASH) out.fixed(e.previous());
        if (e.contextProp() != TextKey.NO_MATCH_HASH) out.fixed(e.contextProp());
        return out.bytes();
    }

    static MemoryEntry decodeEntry(byte[] bytes, int offset, int length) {
        Reader r = new Reader(bytes, offset, offset + length);
        int format = r.next();
        if (format != ENTRY_FORMAT) throw new IllegalArgumentException("unknown entry encoding " + format);
        Content source = r.content();
        Content target = r.content();
        String tuid = r.string();
        String origin = r.string();
        int flags = r.next();
        if ((flags & ~(CHANGED | PREVIOUS | CONTEXT)) != 0) throw new IllegalArgumentException("unknown entry flags");
        Optional<Instant> changed = (flags & CHANGED) != 0 ? Optional.of(Instant.ofEpochMilli(r.zigzag()))
                : Optional.empty();
        long previous = (flags & PREVIOUS) != 0 ? r.fixed() : TextKey.NO_MATCH_HASH;
        long context = (flags & CONTEXT) != 0 ? r.fixed() : TextKey.NO_MATCH_HASH;
        r.atEnd();
        return new MemoryEntry(source, target, tuid, origin, changed, previous, context);
    }

    /** A growable byte array, unsynchronised (a ByteArrayOutputStream locks on every write). */
    private static final class Writer {
        private byte[] bytes;
        private int size;

        Writer(int capacity) {
            bytes = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }

        void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void content(Content content) {
            varint(content.parts().size());
            for (Inline part : content.parts()) {
                if (part instanceof Inline.Text t) {
                    write(0);
                    string(t.value());
                } else {
                    Inline.Tag g = (Inline.Tag) part;
                    write(switch (g.kind()) {
                        case OPEN -> 1;
                        case CLOSE -> 2;
                        case STANDALONE -> 3;
                    });
                    string(g.id());
                    string(g.type());
                    string(g.data());
                }
            }
        }

        /** The UTF-8 bytes with their length first; ASCII copied char by char, anything else through the JDK. */
        void string(String s) {
            int n = s.length();
            if (n < 0x80) {
                room(1 + n);
                int at = size + 1;
                int i = 0;
                for (; i < n; i++) {
                    char c = s.charAt(i);
                    if (c >= 0x80) break;
                    bytes[at + i] = (byte) c;
                }
                if (i == n) {
                    bytes[size] = (byte) n;
                    size = at + n;
                    return;
                }
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        void varint(int v) {
            unsigned(Integer.toUnsignedLong(v));
        }

        void zigzag(long v) {
            unsigned((v << 1) ^ (v >> 63));
        }

        /** {@code v} unsigned, 7 bits a byte, low first, the high bit set on every byte but the last. */
        private void unsigned(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void fixed(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) write((int) (v >>> shift));
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int pos;

        Reader(byte[] bytes, int pos, int end) {
            this.bytes = bytes;
            this.pos = pos;
            this.end = end;
        }

        int next() {
            if (pos >= end) throw new IllegalArgumentException("truncated encoded content");
            return bytes[pos++] & 0xFF;
        }

        void atEnd() {
            if (pos != end) throw new IllegalArgumentException("trailing bytes in encoded content");
        }

        Content content() {
            int n = varint();
            if (n > end - pos) throw new IllegalArgumentException("truncated encoded content");
            List<Inline> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int kind = next();
                if (kind == 0) {
                    parts.add(new Inline.Text(string()));
                    continue;
                }
                Inline.TagKind tagKind = switch (kind) {
                    case 1 -> Inline.TagKind.OPEN;
                    case 2 -> Inline.TagKind.CLOSE;
                    case 3 -> Inline.TagKind.STANDALONE;
                    default -> throw new IllegalArgumentException("unknown part kind " + kind);
                };
                parts.add(new Inline.Tag(tagKind, string(), string(), string()));
            }
            return new Content(parts);
        }

        int varint() {
            return (int) unsigned(32);
        }

        long zigzag() {
            long z = unsigned(64);
            return (z >>> 1) ^ -(z & 1);
        }

        /** An unsigned varint of at most {@code bits} bits ({@link Writer#unsigned}). */
        private long unsigned(int bits) {
            long v = 0;
            for (int shift = 0; shift < bits; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IllegalArgumentException("malformed varint");
        }

        long fixed() {
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | next();
            return v;
        }

        String string() {
            int len = varint();
            if (len < 0 || len > end - pos) throw new IllegalArgumentException("truncated encoded content");
            String s = new String(bytes, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }
    }
}
