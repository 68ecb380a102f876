package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Original;
import org.junit.jupiter.api.Test;

/**
 * DOCX paragraph styles read from the package (word/document.xml and word/styles.xml) and matched to Okapi's text
 * units in order: empty and hidden paragraphs give no unit and are stepped over, a text box's paragraph follows the
 * paragraph that holds it, headers and footnotes are parts of their own; the element is the style's name.
 */
class DocxStylesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @Test
    void eachUnitGetsItsParagraphsStyleByName() {
        List<Block> blocks = OkapiFormat.docx().read(new Original(docx(), "UTF-8"), "styles.docx", "en");
        List<String> got = blocks.stream().map(b -> b.content().plainText() + " = " + b.element()).toList();
        assertEquals(List.of(
                "The title = title",
                "A heading = heading 1",
                "Plain bold text.a link = p",
                "Cell one = caption",
                "Cell two = p",
                "Outer before outer after. = p",
                "Boxed = title",
                "Same text = caption",
                "Same text = p",
                "Unknown style = unknown",
                "Tabafter tabafter break = p",
                "Header text = caption",
                "A footnote. = p"), got);
    }

    private static byte[] docx() {
        Map<String, String> parts = new LinkedHashMap<>();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        parts.put("[Content_Types].xml", xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>");
        parts.put("_rels/.rels", xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/_rels/document.xml.rels", xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + R + "/header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + R + "/hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/></Relationships>");
        // German Word: the heading's id is "berschrift1", its name "heading 1"
        parts.put("word/styles.xml", xml + "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Beschriftung\"><w:name w:val=\"caption\"/></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Fett\"><w:name w:val=\"Strong\"/></w:style></w:styles>");
        parts.put("word/header1.xml", xml + "<w:hdr xmlns:w=\"" + W + "\">" + p("Beschriftung", r("Header text")) + "</w:hdr>");
        parts.put("word/footnotes.xml", xml + "<w:footnotes xmlns:w=\"" + W + "\"><w:footnote w:id=\"1\">" + p(null, r("A footnote."))
                + "</w:footnote></w:footnotes>");
        String body = p("Titel", r("The title")) + p(null, "") + p("berschrift1", r("A heading"))
                + p(null, r("Plain ") + "<w:r><w:rPr><w:rStyle w:val=\"Fett\"/></w:rPr><w:t>bold</w:t></w:r>" + r(" text.")
                        + "<w:hyperlink r:id=\"rId4\" xmlns:r=\"" + R + "\">" + r("a link") + "</w:hyperlink>"
                        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
                + "<w:tbl><w:tr><w:tc>" + p("Beschriftung", r("Cell one")) + "</w:tc><w:tc>" + p(null, r("Cell two")) + "</w:tc></w:tr></w:tbl>"
                + p(null, r("Outer before ") + "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                        + p("Titel", r("Boxed")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>" + r("outer after."))
                + p("Beschriftung", r("Same text")) + p(null, r("Same text")) + p("Unknown", r("Unknown style"))
                + p("Beschriftung", "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>")
                + p(null, r("Tab") + "<w:r><w:tab/></w:r>" + r("after tab") + "<w:r><w:br/></w:r>" + r("after break"));
        parts.put("word/document.xml", xml + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\" xmlns:r=\"" + R + "\"/></w:sectPr></w:body></w:document>");
        return Docx.zip(parts);
    }

    private static String p(String style, String runs) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + runs + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }
}
