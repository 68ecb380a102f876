package org.glossa.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.format.Docx;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.xliff.XliffReader;

/**
 * Every XML reader of Glossa, each with a small valid document that has two holes: {@code %DOCTYPE%} right after
 * the XML declaration and {@code %TEXT%} inside translatable text. Tests fill the holes with hostile markup.
 */
enum HostileXml {
    XLIFF_12("t.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            %DOCTYPE%<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="a.txt" source-language="en" target-language="de" datatype="plaintext">
            <body>
            <trans-unit id="1"><source>Hello %TEXT%</source></trans-unit>
            </body>
            </file>
            </xliff>
            """) {
        @Override
        Object read(Path file) {
            return XliffReader.read(file);
        }
    },
    XLIFF_2("t2.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            %DOCTYPE%<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de">
            <file id="f1">
            <unit id="u1"><segment><source>Hello %TEXT%</source></segment></unit>
            </file>
            </xliff>
            """) {
        @Override
        Object read(Path file) {
            return XliffReader.read(file);
        }
    },
    TMX("t.tmx", """
            <?xml version="1.0" encoding="UTF-8"?>
            %DOCTYPE%<tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" \
            o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
            <tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Hello %TEXT%</seg></tuv></tu>
            </body></tmx>
            """) {
        @Override
        Object read(Path file) throws IOException {
            try (TmxReader r = TmxReader.open(file)) {
                return r.units().toList();
            }
        }
    },
    TBX("t.tbx", """
            <?xml version="1.0" encoding="UTF-8"?>
            %DOCTYPE%<martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="c1"><langSet xml:lang="en"><tig><term>Hello</term></tig></langSet></termEntry>
            <termEntry id="c2"><langSet xml:lang="en"><tig><term>Hello %TEXT%</term></tig></langSet></termEntry>
            </body></text></martif>
            """) {
        @Override
        Object read(Path file) {
            return GlossaryReader.read(file);
        }
    },
    SRX("t.srx", """
            <?xml version="1.0" encoding="UTF-8"?>
            %DOCTYPE%<srx xmlns="http://www.lisa.org/srx20" version="2.0">
            <header segmentsubflows="yes" cascade="no"/>
            <body><languagerules><languagerule languagerulename="Default">
            <rule break="no"><beforebreak>Hello %TEXT%</beforebreak><afterbreak>\\s</afterbreak></rule>
            <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\\s</afterbreak></rule>
            </languagerule></languagerules>
            <maprules><languagemap languagepattern=".*" languagerulename="Default"/></maprules></body>
            </srx>
            """) {
        @Override
        Object read(Path file) {
            return SrxSegmenter.fromFile(file, "en").split(org.glossa.core.model.Content.of("One. Two."));
        }
    },
    /** The template is word/document.xml of a generated DOCX, read through Okapi's OpenXML filter. */
    DOCX("t.docx", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            %DOCTYPE%<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>Hello</w:t></w:r></w:p>
            <w:p><w:r><w:t>Hello %TEXT%</w:t></w:r></w:p>
            </w:body></w:document>
            """) {
        @Override
        Object read(Path file) {
            return new Extractor(new ExtractOptions("en", "de")).extract(file);
        }

        @Override
        byte[] bytes(String xml) {
            return docx(xml);
        }
    };

    final String fileName;
    final String template;

    HostileXml(String fileName, String template) {
        this.fileName = fileName;
        this.template = template;
    }

    /** Reads the file with Glossa's reader for the format; the result (records) shows everything that was read. */
    abstract Object read(Path file) throws IOException;

    /** The bytes of the file for an XML text made from the template. */
    byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    String xml(String doctype, String text) {
        return template.replace("%DOCTYPE%", doctype).replace("%TEXT%", text);
    }

    /** The 1-based line of the {@code %TEXT%} hole when there is no DOCTYPE. */
    int textLine() {
        String before = template.substring(0, template.indexOf("%TEXT%"));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    Path write(Path dir, String doctype, String text) {
        try {
            return Files.write(dir.resolve(fileName), bytes(xml(doctype, text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose word/document.xml is {@code documentXml}; the other parts come from {@link Docx}. */
    static byte[] docx(String documentXml) {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(new Docx().text(null, "x").bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.put("word/document.xml", documentXml);
        return Docx.zip(parts);
    }
}
