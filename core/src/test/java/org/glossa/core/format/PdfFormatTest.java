package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;

/** PDF is read (Tika) but never written. */
class PdfFormatTest {
    private static final String NAME = "eu-nato.pdf";

    /** A title line and two paragraphs of two lines each, the paragraphs set apart by a blank line. */
    static byte[] article() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                s.newLineAtOffset(72, 700);
                s.showText("EU and NATO sign joint declaration");
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.setLeading(14);
                s.newLineAtOffset(0, -40);
                s.showText("NATO and the EU have played key roles since Russia's invasion of Ukraine, both in");
                s.newLine();
                s.showText("sending weapons to Kyiv and safeguarding regional security.");
                s.newLineAtOffset(0, -28);
                s.showText("The declaration is the third of its kind. It names Russia as the most significant");
                s.newLine();
                s.showText("and direct threat to the security of the allies.");
                s.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void extractionGivesTheTitleAndTheParagraphsWithTheirLinesJoined() throws IOException {
        Document doc = RoundTrip.extract(article(), NAME);
        assertEquals(Format.PDF, doc.format());
        List<String> texts = doc.units().stream().map(u -> u.source().plainText()).toList();
        assertEquals(List.of(
                "EU and NATO sign joint declaration",
                "NATO and the EU have played key roles since Russia's invasion of Ukraine, both in sending weapons to Kyiv and safeguarding regional security.",
                "The declaration is the third of its kind. It names Russia as the most significant and direct threat to the security of the allies."),
                texts, RoundTrip.describe(doc));
    }

    @Test
    void mergingSaysPdfIsExtractionOnly() throws IOException {
        Document read = RoundTrip.throughXliff(RoundTrip.extract(article(), NAME), XliffVersion.V2_1);
        Document translated = RoundTrip.translate(read, u -> true, s -> Content.of("Übersetzt."));
        InputException e = assertThrows(InputException.class, () -> RoundTrip.merge(translated));
        assertEquals(NAME, e.file());
        assertTrue(e.getMessage().contains("PDF is extraction only"), e.getMessage());
    }

    @Test
    void theFormatItselfRefusesToWrite() throws IOException {
        byte[] bytes = article();
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> new PdfFormat().write(
                new org.glossa.core.model.Original(bytes, "UTF-8"), NAME, "en", "de", java.util.Map.of(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("extraction only"), e.getMessage());
    }

    @Test
    void hyphenatedLineEndsAreJoined() {
        assertEquals("a well-known cooperation", PdfFormat.joinLines("a well-known coop-\neration"));
        assertEquals("EU- and NATO", PdfFormat.joinLines("EU-\nand NATO"));
    }
}
