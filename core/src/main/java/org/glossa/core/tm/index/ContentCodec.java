package org.glossa.core.tm.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * A compact binary form of {@link Content} for stored index fields: a format byte, the part count, then per part a
 * kind byte (0 text, 1 open tag, 2 close tag, 3 standalone tag) and its strings (text; or id, type, data), each as
 * a varint byte length followed by UTF-8. Tags keep all their fields, so a decoded Content equals the original.
 */
final class ContentCodec {
    private static final int FORMAT = 1;

    private ContentCodec() {
    }

    static byte[] encode(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        out.write(FORMAT);
        varint(out, content.parts().size());
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text t) {
                out.write(0);
                string(out, t.value());
            } else {
                Inline.Tag g = (Inline.Tag) part;
                out.write(switch (g.kind()) {
                    case OPEN -> 1;
                    case CLOSE -> 2;
                    case STANDALONE -> 3;
                });
                string(out, g.id());
                string(out, g.type());
                string(out, g.data());
            }
        }
        return out.toByteArray();
    }

    static Content decode(byte[] bytes, int offset, int length) {
        Reader r = new Reader(bytes, offset, offset + length);
        int format = r.next();
        if (format != FORMAT) throw new IllegalArgumentException("unknown content encoding " + format);
        int n = r.varint();
        List<Inline> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = r.next();
            if (kind == 0) {
                parts.add(new Inline.Text(r.string()));
                continue;
            }
            Inline.TagKind tagKind = switch (kind) {
                case 1 -> Inline.TagKind.OPEN;
                case 2 -> Inline.TagKind.CLOSE;
                case 3 -> Inline.TagKind.STANDALONE;
                default -> throw new IllegalArgumentException("unknown part kind " + kind);
            };
            parts.add(new Inline.Tag(tagKind, r.string(), r.string(), r.string()));
        }
        if (r.pos != r.end) throw new IllegalArgumentException("trailing bytes in encoded content");
        return new Content(parts);
    }

    static Content decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(out, b.length);
        out.write(b, 0, b.length);
    }

    private static void varint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
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

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = next();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IllegalArgumentException("malformed varint");
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
