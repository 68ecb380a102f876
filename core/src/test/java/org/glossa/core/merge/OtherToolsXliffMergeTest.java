package org.glossa.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XLIFF 1.2 made by other tools (Okapi Rainbow's shapes: one trans-unit per line of a text file, {@code tuN} ids and
 * {@code <g>}/{@code <x/>} codes for HTML) merged with the original beside it: the targets land in the right places
 * and the inline codes keep the original's markup; an XLIFF that does not fit the original is refused with the reason.
 */
class OtherToolsXliffMergeTest {
    @TempDir
    Path dir;

    private static final String OKAPI_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
            + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:okp=\"okapi-framework:xliff-extensions\">\n";

    static final String ARTICLE = "EU and NATO sign a declaration\n\nThe two institutions signed it in Brussels\n"
            + "on Tuesday. It is the third one.\n\nSecond paragraph.\n";

    /** Okapi's plain-text filter: one trans-unit per line, numeric ids. */
    static final String TEXT_XLIFF = OKAPI_HEAD
            + "<file original=\"article.txt\" source-language=\"en\" target-language=\"de\" datatype=\"x-text/plain\""
            + " okp:inputEncoding=\"UTF-8\">\n<body>\n"
            + "<trans-unit id=\"1\"><source xml:lang=\"en\">EU and NATO sign a declaration</source>"
            + "<target xml:lang=\"de\">EU und NATO unterzeichnen eine Erklärung</target></trans-unit>\n"
            + "<trans-unit id=\"2\"><source xml:lang=\"en\">The two institutions signed it in Brussels</source>"
            + "<target xml:lang=\"de\">Die beiden Institutionen unterzeichneten sie in Brüssel</target></trans-unit>\n"
            + "<trans-unit id=\"3\"><source xml:lang=\"en\">on Tuesday. It is the third one.</source>"
            + "<target xml:lang=\"de\">am Dienstag. Es ist die dritte.</target></trans-unit>\n"
            + "<trans-unit id=\"4\"><source xml:lang=\"en\">Second paragraph.</source></trans-unit>\n"
            + "</body>\n</file>\n</xliff>\n";

    static final String PAGE = "<html><head><title>EU and NATO</title></head><body>\n<h1>EU and NATO sign a declaration</h1>\n"
            + "<p>Text in <b>bold</b> and a <a href=\"https://dw.com\">link</a>.</p>\n<p>Second paragraph.</p>\n</body></html>\n";

    /** Okapi's HTML filter as Rainbow writes it (see interop okapi/…/gold/htmltest.html.xlf): tuN ids, g codes. */
    static final String HTML_XLIFF = OKAPI_HEAD
            + "<file original=\"page.html\" source-language=\"en\" target-language=\"de\" datatype=\"html\""
            + " okp:inputEncoding=\"UTF-8\">\n<body>\n"
            + "<trans-unit id=\"tu1\" restype=\"x-title\"><source xml:lang=\"en\">EU and NATO</source>"
            + "<target xml:lang=\"de\">EU und NATO</target></trans-unit>\n"
            + "<trans-unit id=\"tu3\" restype=\"x-paragraph\"><source xml:lang=\"en\">Text in <g id=\"1\">bold</g> and a"
            + " <g id=\"2\">link</g>.</source><target xml:lang=\"de\">Ein <g id=\"2\">Link</g> und Text in"
            + " <g id=\"1\">fett</g>.</target></trans-unit>\n"
            + "</body>\n</file>\n</xliff>\n";

    @Test
    void aTextFileLinePerUnitXliffMergesWithItsTargets() throws IOException {
        assertEquals("EU und NATO unterzeichnen eine Erklärung\n\nDie beiden Institutionen unterzeichneten sie in Brüssel\n"
                + "am Dienstag. Es ist die dritte.\n\nSecond paragraph.\n", merge(TEXT_XLIFF, "article.txt", ARTICLE));
    }

    @Test
    void anHtmlXliffKeepsTheOriginalsBoldAndLinkWhereTheTargetPutsThem() throws IOException {
        String merged = merge(HTML_XLIFF, "page.html", PAGE);
        assertTrue(merged.contains("<title>EU und NATO</title>"), merged);
        assertTrue(merged.contains("<p>Ein <a href=\"https://dw.com\">Link</a> und Text in <b>fett</b>.</p>"), merged);
        assertTrue(merged.contains("<h1>EU and NATO sign a declaration</h1>"), "untranslated stays: " + merged);
    }

    @Test
    void unitsFoundByTheirTextWhenTheIdsDiffer() throws IOException {
        // the same units numbered by another tool (Trados-like ids): found by their source text
        String renumbered = HTML_XLIFF.replace("id=\"tu1\"", "id=\"a7\"").replace("id=\"tu3\"", "id=\"a9\"");
        String merged = merge(renumbered, "page.html", PAGE);
        assertTrue(merged.contains("<title>EU und NATO</title>"), merged);
        assertTrue(merged.contains("<p>Ein <a href=\"https://dw.com\">Link</a> und Text in <b>fett</b>.</p>"), merged);
    }

    @Test
    void anXliffOfAnotherDocumentIsRefusedWithTheReason() throws IOException {
        String other = TEXT_XLIFF.replace("The two institutions signed it in Brussels", "Something else entirely");
        InputException e = assertThrows(InputException.class, () -> merge(other, "article.txt", ARTICLE));
        assertEquals("article.txt", e.file());
        assertTrue(e.getMessage().contains("trans-unit 2") || e.getMessage().contains("unit 2"), e.getMessage());
        assertTrue(e.getMessage().contains("Something else entirely"), e.getMessage());
        assertTrue(e.getMessage().contains("not in the original"), e.getMessage());
    }

    @Test
    void aTargetCodeTheSourceDoesNotHaveIsRefused() throws IOException {
        String extra = HTML_XLIFF.replace("<g id=\"1\">fett</g>", "<g id=\"1\">fett</g><x id=\"9\"/>");
        InputException e = assertThrows(InputException.class, () -> merge(extra, "page.html", PAGE));
        assertTrue(e.getMessage().contains("code"), e.getMessage());
    }

    @Test
    void codesAToolKeptOutsideItsUnitStayAroundTheTranslation() throws IOException {
        String page = PAGE.replace("<p>Second paragraph.</p>", "<p><b>Second paragraph.</b></p>");
        String xliff = HTML_XLIFF.replace("</body>", "<trans-unit id=\"x1\"><source>Second paragraph.</source>"
                + "<target>Zweiter Absatz.</target></trans-unit>\n</body>");
        assertTrue(merge(xliff, "page.html", page).contains("<p><b>Zweiter Absatz.</b></p>"));
    }

    @Test
    void codesInsideTheOriginalTextThatTheUnitLacksAreRefused() throws IOException {
        String xliff = HTML_XLIFF.replace("Text in <g id=\"1\">bold</g> and a <g id=\"2\">link</g>.</source>",
                "Text in bold and a link.</source>").replace("<g id=\"2\">Link</g> und Text in <g id=\"1\">fett</g>",
                "Link und Text in fett");
        InputException e = assertThrows(InputException.class, () -> merge(xliff, "page.html", PAGE));
        assertTrue(e.getMessage().contains("do not pair"), e.getMessage());
    }

    private String merge(String xliff, String originalName, String original) throws IOException {
        Path file = Files.writeString(dir.resolve(originalName), original);
        List<Document> docs = XliffReader.read(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)),
                originalName + ".xlf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Merger.merge(docs.get(0), Optional.of(file), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
