package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glossa.core.qa.Span;
import org.junit.jupiter.api.Test;

/**
 * {@link Links#find}: where each link is, with the quick test for "www." and "://" in front of the URL pattern, and
 * one search per text for the checks that ask for the same text.
 */
class LinksTest {
    @Test
    void urlsWithAndWithoutSchemeInAnyCaseEmailsAndHandles() {
        String text = "See WWW.NATO.int, https://dw.com/x(1)). Mail press@nato.int or @NATO; Ftp://files.eu/a.";
        List<Links.Link> links = Links.find(text);
        assertEquals(List.of(
                new Links.Link(Links.Kind.URL, "WWW.NATO.int", new Span(4, 16)),
                new Links.Link(Links.Kind.URL, "https://dw.com/x(1)", new Span(18, 37)),
                new Links.Link(Links.Kind.EMAIL, "press@nato.int", new Span(45, 59)),
                new Links.Link(Links.Kind.HANDLE, "@NATO", new Span(63, 68)),
                new Links.Link(Links.Kind.URL, "Ftp://files.eu/a", new Span(70, 86))), links);
        assertEquals("WWW.NATO.int", text.substring(4, 16));
        assertEquals("Ftp://files.eu/a", text.substring(70, 86));
    }

    @Test
    void noUrlWithoutWwwOrScheme() {
        assertEquals(List.of(), Links.find("The www site: nato.int, a.www, www-nato.int and http:/broken."));
        assertTrue(Links.containsWww("x wWw.y"));
        assertTrue(Links.containsWww("www."));
        assertFalse(Links.containsWww("ww.x www x.www"));
        assertFalse(Links.containsWww(".www"));
    }

    @Test
    void aTextIsSearchedOnceAndItsLinksCannotBeChanged() {
        String text = "Read more at www.dw.com.";
        List<Links.Link> first = Links.find(text);
        assertSame(first, Links.find(new String(text.toCharArray())), "the same text asked again: the same result");
        assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)));
        assertEquals(List.of(new Links.Link(Links.Kind.URL, "www.dw.com", new Span(13, 23))), first);
    }
}
