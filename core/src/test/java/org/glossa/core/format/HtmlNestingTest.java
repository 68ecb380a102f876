package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.core.InputException;
import org.glossa.core.model.Original;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Deeply nested HTML, on which Okapi's HTML filter takes time quadratic in the depth, is refused before the filter. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class HtmlNestingTest {
    private static String nested(int depth, String inner) {
        return "<html><body>\n" + "<div>".repeat(depth) + inner + "</div>".repeat(depth) + "\n</body></html>\n";
    }

    private static Original utf8(String html) {
        return new Original(html.getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void aPageNested100000DeepIsRefusedWithAMessageNamingIt() {
        InputException e = assertThrows(InputException.class,
                () -> OkapiFormat.html().read(utf8(nested(100_000, "deep text")), "deep.html", "en"));
        assertEquals("deep.html", e.file());
        assertTrue(e.describe().startsWith("deep.html: HTML elements nested more than 1000 deep (line 2)"), e.describe());
    }

    @Test
    void writingRefusesItToo() {
        assertThrows(InputException.class, () -> OkapiFormat.html().write(utf8(nested(100_000, "x")), "deep.html", "en", "de",
                java.util.Map.of(), java.io.OutputStream.nullOutputStream()));
    }

    @Test
    void aPageAtTheLimitIsRead() {
        List<Block> blocks = OkapiFormat.html().read(utf8(nested(HtmlNesting.MAX_DEPTH, "deep text")), "ok.html", "en");
        assertEquals(List.of("deep text"), blocks.stream().map(b -> b.content().plainText()).toList());
    }

    @Test
    void elementsWithoutEndTagsCommentsAndScriptsDoNotCount() {
        String page = "<ul>" + "<li><p>item".repeat(5_000) + "</ul><!--" + "<div>".repeat(5_000) + "-->"
                + "<script>" + "<div>".repeat(5_000) + "</script>" + "<br>".repeat(5_000) + "<span/>".repeat(5_000);
        assertEquals(-1, HtmlNesting.firstBeyond(page, HtmlNesting.MAX_DEPTH));
        assertFalse(HtmlNesting.firstBeyond("<div>".repeat(1_001), 1_000) < 0);
        assertEquals(-1, HtmlNesting.firstBeyond("<div></div>".repeat(5_000), 1));
    }
}
