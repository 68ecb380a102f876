package org.glossa.core.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds minimal but valid DOCX files with plain java.util.zip: paragraphs with a style and runs. */
public final class Docx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final List<String> paragraphs = new ArrayList<>();
    private long length;

    /** A paragraph of one plain run; {@code style} null for a normal paragraph. */
    public Docx text(String style, String text) {
        return paragraph(style, run(text, false));
    }

    /** A paragraph of several runs made with {@link #run}. */
    public Docx paragraph(String style, String... runs) {
        StringBuilder p = new StringBuilder("<w:p>");
        if (style != null) p.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        for (String r : runs) p.append(r);
        paragraphs.add(p.append("</w:p>").toString());
        length += p.length();
        return this;
    }

    public static String run(String text, boolean bold) {
        return "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escape(text)
                + "</w:t></w:r>";
    }

    /** About how many characters the paragraphs take in {@code document.xml}. */
    public long length() {
        return length;
    }

    public byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                </Relationships>""");
        parts.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>""");
        parts.put("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
                + style("Normal", "Normal", true) + style("Title", "Title", false) + style("Heading1", "heading 1", false)
                + style("Caption", "caption", false) + "</w:styles>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                + W + "\"><w:body>" + String.join("", paragraphs)
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        return zip(parts);
    }

    public static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String style(String id, String name, boolean isDefault) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\"><w:name w:val=\""
                + name + "\"/>" + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/>") + "</w:style>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
