package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.text.TextKey;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.junit.jupiter.api.Test;

class ContentCodecTest {
    @Test
    void roundTripsTextAndEveryKindOfTag() {
        Content c = new Content(List.of(new Inline.Text("Größe 😀 "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("x"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"),
                new Inline.Tag(Inline.TagKind.STANDALONE, "2", "", ""), new Inline.Text("y".repeat(70_000))));
        assertEquals(c, ContentCodec.decode(ContentCodec.encode(c)));
        assertEquals(Content.EMPTY, ContentCodec.decode(ContentCodec.encode(Content.EMPTY)));
    }

    @Test
    void isCompact() {
        assertEquals(2 + 1 + 1 + 12, ContentCodec.encode(Content.of("Touch Retry.")).length);
    }

    @Test
    void refusesDamagedBytes() {
        byte[] b = ContentCodec.encode(Content.of("Touch Retry."));
        assertThrows(IllegalArgumentException.class, () -> ContentCodec.decode(b, 0, b.length - 1));
        b[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> ContentCodec.decode(b));
    }

    @Test
    void roundTripsWholeEntriesWithAndWithoutTheirOptionalParts() {
        Content tagged = new Content(List.of(new Inline.Text("Größe "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("x".repeat(300)),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>")));
        List<MemoryEntry> entries = List.of(
                new MemoryEntry(Content.of("Touch Retry."), Content.of("Tippen Sie auf Wiederholen."), "tu-1",
                        "memory.tmx", Optional.of(Instant.parse("2019-03-04T05:06:07.089Z")), 42L, -7L),
                new MemoryEntry(tagged, Content.EMPTY, "", "ü.tmx", Optional.empty(), TextKey.NO_MATCH_HASH,
                        TextKey.NO_MATCH_HASH),
                new MemoryEntry(Content.of("a"), Content.of("b"), "ß".repeat(200), "o".repeat(128),
                        Optional.of(Instant.ofEpochMilli(-1)), Long.MIN_VALUE, TextKey.NO_MATCH_HASH),
                new MemoryEntry(Content.of("a"), Content.of("b"), "t", "o", Optional.of(Instant.ofEpochMilli(0)),
                        TextKey.NO_MATCH_HASH, Long.MAX_VALUE));
        for (MemoryEntry e : entries) {
            byte[] b = ContentCodec.encodeEntry(e);
            byte[] framed = new byte[b.length + 5];
            System.arraycopy(b, 0, framed, 3, b.length);
            assertEquals(e, ContentCodec.decodeEntry(framed, 3, b.length));
        }
    }

    @Test
    void entryIsCompact() {
        MemoryEntry e = new MemoryEntry(Content.of("Touch Retry."), Content.of("Retry"), "7", "m.tmx",
                Optional.empty(), TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
        // format, (count, kind, length, text) twice, tuid, origin, flags
        assertEquals(1 + (3 + 12) + (3 + 5) + 2 + 6 + 1, ContentCodec.encodeEntry(e).length);
    }

    @Test
    void refusesDamagedEntries() {
        byte[] b = ContentCodec.encodeEntry(new MemoryEntry(Content.of("a"), Content.of("b"), "t", "o",
                Optional.of(Instant.ofEpochMilli(5)), 1L, 2L));
        assertThrows(IllegalArgumentException.class, () -> ContentCodec.decodeEntry(b, 0, b.length - 1));
        byte[] longer = java.util.Arrays.copyOf(b, b.length + 1);
        assertThrows(IllegalArgumentException.class, () -> ContentCodec.decodeEntry(longer, 0, longer.length));
        byte[] content = ContentCodec.encode(Content.of("a"));
        assertThrows(IllegalArgumentException.class, () -> ContentCodec.decodeEntry(content, 0, content.length));
    }
}
