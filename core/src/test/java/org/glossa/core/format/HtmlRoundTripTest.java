package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A news article page through extract → XLIFF → read → merge. */
class HtmlRoundTripTest {
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>EU and NATO sign joint declaration | DW</title>
            </head>
            <body>
            <nav class="skip-links"><ul><li><a href="#content">Skip to content</a></li><li><a href="#menu">Skip to main menu</a></li></ul></nav>
            <main id="content">
            <article>
            <h1>EU and NATO sign joint call for cooperation</h1>
            <time datetime="2023-01-10">January 10, 2023</time>
            <p class="lead">NATO and the EU have played key roles since Russia's invasion of Ukraine.</p>
            <figure>
            <img src="signing.jpg" alt="Ursula von der Leyen, Jens Stoltenberg and Charles Michel in Brussels">
            <figcaption>The leaders signed the declaration in Brussels <span class="credit">Image: Johanna Geron/REUTERS</span></figcaption>
            </figure>
            <p>The two institutions say cooperation is <b>more important than ever</b>, according to <a href="https://www.nato.int/" title="NATO website">a statement</a> published on Tuesday.</p>
            <h2>A new level of partnership</h2>
            <p>The declaration is the third of its kind. It names Russia as the main threat.</p>
            </article>
            </main>
            <footer><p>© 2023 Deutsche Welle</p></footer>
            </body>
            </html>
            """;
    private static final String NAME = "eu-nato.html";

    private static Document extracted() {
        return RoundTrip.extract(PAGE.getBytes(StandardCharsets.UTF_8), NAME);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void untranslatedRoundTripKeepsElementsAttributesAndText(XliffVersion version) {
        String merged = new String(RoundTrip.merge(RoundTrip.throughXliff(extracted(), version)), StandardCharsets.UTF_8);

        assertTrue(merged.contains("<html lang=\"de\">"), "lang becomes the target language:\n" + merged);
        assertEquals(HtmlTokens.of(PAGE.replace("<html lang=\"en\">", "<html lang=\"de\">")), HtmlTokens.of(merged));
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void translatedTextAttributesAndInlineMarkupAreMerged(XliffVersion version) {
        Document read = RoundTrip.throughXliff(extracted(), version);
        Map<String, String> german = Map.of(
                "EU and NATO sign joint call for cooperation", "EU und NATO rufen gemeinsam zur Zusammenarbeit auf",
                "Ursula von der Leyen, Jens Stoltenberg and Charles Michel in Brussels",
                "Ursula von der Leyen, Jens Stoltenberg und Charles Michel in Brüssel",
                "The leaders signed the declaration in Brussels", "Die Spitzen unterzeichneten die Erklärung in Brüssel",
                "NATO website", "NATO-Website");
        Document translated = RoundTrip.translate(read, u -> german.containsKey(u.source().plainText().strip()),
                s -> Content.of(german.get(s.source().plainText())));
        Unit paragraph = RoundTrip.unitWith(translated, "The two institutions say");
        Segment sentence = single(paragraph);
        translated = replace(translated, paragraph.withSegment(sentence.withTarget(german(sentence.source()),
                org.glossa.core.model.SegmentState.TRANSLATED)));

        String merged = new String(RoundTrip.merge(translated), StandardCharsets.UTF_8);

        String expected = PAGE.replace("<html lang=\"en\">", "<html lang=\"de\">")
                .replace("<h1>EU and NATO sign joint call for cooperation</h1>", "<h1>EU und NATO rufen gemeinsam zur Zusammenarbeit auf</h1>")
                .replace("alt=\"Ursula von der Leyen, Jens Stoltenberg and Charles Michel in Brussels\"",
                        "alt=\"Ursula von der Leyen, Jens Stoltenberg und Charles Michel in Brüssel\"")
                .replace("<figcaption>The leaders signed the declaration in Brussels <span",
                        "<figcaption>Die Spitzen unterzeichneten die Erklärung in Brüssel <span")
                .replace("<p>The two institutions say cooperation is <b>more important than ever</b>, according to "
                                + "<a href=\"https://www.nato.int/\" title=\"NATO website\">a statement</a> published on Tuesday.</p>",
                        "<p>Die beiden Institutionen nennen die Zusammenarbeit <b>wichtiger denn je</b>, so "
                                + "<a href=\"https://www.nato.int/\" title=\"NATO-Website\">eine Erklärung</a> vom Dienstag.</p>");
        assertEquals(HtmlTokens.of(expected), HtmlTokens.of(merged), merged);
        assertTrue(merged.contains("<b>wichtiger denn je</b>"), merged);
        assertTrue(merged.contains("<span class=\"credit\">Image: Johanna Geron/REUTERS</span>"), "untranslated credit kept");
        assertTrue(merged.contains("Skip to content"), "untranslated boilerplate kept");
    }

    @Test
    void rolesComeFromTheMarkup() {
        Document doc = extracted();
        assertEquals(Format.HTML, doc.format());
        assertRole(doc, "EU and NATO sign joint call for cooperation", Role.TITLE, true);
        assertRole(doc, "January 10, 2023", Role.DATELINE, true);
        assertRole(doc, "NATO and the EU have played key roles", Role.LEAD, true);
        assertRole(doc, "Ursula von der Leyen, Jens Stoltenberg", Role.CAPTION, true);
        assertRole(doc, "The leaders signed the declaration", Role.CAPTION, true);
        assertRole(doc, "Image: Johanna Geron/REUTERS", Role.CREDIT, true);
        assertRole(doc, "Skip to content", Role.BOILERPLATE, false);
        assertRole(doc, "Skip to main menu", Role.BOILERPLATE, false);
        assertRole(doc, "A new level of partnership", Role.HEADING, true);
        assertRole(doc, "The two institutions say", Role.BODY, true);
        assertRole(doc, "NATO website", Role.BODY, true);
        assertRole(doc, "© 2023 Deutsche Welle", Role.BOILERPLATE, false);

        Unit caption = RoundTrip.unitWith(doc, "The leaders signed the declaration");
        Unit credit = RoundTrip.unitWith(doc, "Image: Johanna Geron/REUTERS");
        assertEquals(caption.origin(), credit.origin(), "the credit is split off its caption's block");
    }

    @Test
    void inlineMarkupBecomesTagsAndCodeOnlyBlocksAreNoUnits() {
        Document doc = extracted();
        Content paragraph = RoundTrip.unitWith(doc, "The two institutions say").source();
        List<Inline.Tag> tags = paragraph.tags();
        assertEquals(4, tags.size(), paragraph.toString());
        assertTrue(tags.get(0).data().startsWith("<b"), tags.get(0).data());
        assertTrue(tags.get(2).data().startsWith("<a href=\"https://www.nato.int/\""), tags.get(2).data());
        assertEquals("The two institutions say cooperation is more important than ever, according to a statement published on Tuesday.",
                paragraph.plainText());
        for (Unit u : doc.units()) assertFalse(u.source().plainText().isBlank(), "unit without text: " + u);
    }

    private static void assertRole(Document doc, String text, Role role, boolean translate) {
        Unit u = RoundTrip.unitWith(doc, text);
        assertEquals(role, u.role(), text + "\n" + RoundTrip.describe(doc));
        assertEquals(translate, u.translate(), "translate of " + text);
    }

    private static Segment single(Unit u) {
        assertEquals(1, u.segments().size(), RoundTrip.describe(new Document("x", Format.HTML, "en", null, List.of(u), null)));
        return u.segments().get(0);
    }

    /** The German sentence with the source's tags: text {b}text{/b} text {a}text{/a} text. */
    private static Content german(Content source) {
        List<Inline.Tag> t = source.tags();
        List<Inline> parts = new ArrayList<>();
        parts.add(new Inline.Text("Die beiden Institutionen nennen die Zusammenarbeit "));
        parts.add(t.get(0));
        parts.add(new Inline.Text("wichtiger denn je"));
        parts.add(t.get(1));
        parts.add(new Inline.Text(", so "));
        parts.add(t.get(2));
        parts.add(new Inline.Text("eine Erklärung"));
        parts.add(t.get(3));
        parts.add(new Inline.Text(" vom Dienstag."));
        return new Content(parts);
    }

    private static Document replace(Document doc, Unit unit) {
        return doc.withUnits(doc.units().stream().map(u -> u.id().equals(unit.id()) ? unit : u).toList());
    }
}
