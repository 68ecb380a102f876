package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HTML and Markdown that are not plain UTF-8 keep their encoding (and BOM) through the round trip. */
class EncodedMarkupRoundTripTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="windows-1252"><title>Le café</title></head>
            <body>
            <h1>Déclaration commune de l’UE et de l’OTAN</h1>
            <p>Le café coûte 4,50 € à Bruxelles, « dit-on ».</p>
            </body>
            </html>
            """;
    private static final String MARKDOWN = "# Déclaration commune\n\nLe café coûte **4,50 €** à Bruxelles.\n";

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void windows1252HtmlStaysWindows1252(XliffVersion version) {
        byte[] bytes = PAGE.getBytes(CP1252);
        Document read = RoundTrip.throughXliff(RoundTrip.extract(bytes, "cafe.html"), version);
        assertEquals("Le café coûte 4,50 € à Bruxelles, « dit-on ».", RoundTrip.unitWith(read, "Le café coûte").source().plainText());

        String untranslated = new String(RoundTrip.merge(read), CP1252);
        assertEquals(HtmlTokens.of(PAGE.replace("lang=\"en\"", "lang=\"de\"")), HtmlTokens.of(untranslated));

        Document translated = RoundTrip.translate(read, u -> u.source().plainText().startsWith("Le café coûte"),
                s -> Content.of("Der Kaffee kostet in Brüssel 4,50 € – „heißt es“."));
        String merged = new String(RoundTrip.merge(translated), CP1252);
        assertTrue(merged.contains("<p>Der Kaffee kostet in Brüssel 4,50 € – „heißt es“.</p>"), merged);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void markdownWithBomKeepsItsBom(XliffVersion version) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = MARKDOWN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertArrayEquals(bytes, RoundTrip.untranslated(bytes, "cafe.md", version));
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void windows1252MarkdownStaysWindows1252(XliffVersion version) {
        byte[] bytes = MARKDOWN.getBytes(CP1252);
        Document read = RoundTrip.throughXliff(RoundTrip.extract(bytes, "cafe.md"), version);
        assertEquals("Le café coûte 4,50 € à Bruxelles.", RoundTrip.unitWith(read, "Le café").source().plainText());
        assertArrayEquals(bytes, RoundTrip.merge(read));
    }
}
