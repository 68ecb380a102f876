package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
}
