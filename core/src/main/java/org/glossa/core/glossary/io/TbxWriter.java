package org.glossa.core.glossary.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.io.AtomicFiles;

/**
 * Writes TBX: {@link GlossaryFormat#TBX_2019} is ISO 30042:2019 TBX-Basic in DCA style
 * ({@code <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">}, conceptEntry/langSec/termSec);
 * {@link GlossaryFormat#TBX_2008} is MARTIF (termEntry/langSet/tig). Per term: partOfSpeech and
 * administrativeStatus termNotes and notes (one {@code <note>} per line); per concept: subjectField and definition.
 * TBX-Basic has no data category for do-not-translate or case sensitivity, so they are written as the notes
 * "do not translate" (concept) and "case-sensitive" (term), which {@link GlossaryReader} reads back.
 */
public final class TbxWriter {
    private final XMLStreamWriter w;
    private final boolean v2019;

    private TbxWriter(XMLStreamWriter w, boolean v2019) {
        this.w = w;
        this.v2019 = v2019;
    }

    /** {@code version} is {@link GlossaryFormat#TBX_2019} or {@link GlossaryFormat#TBX_2008}. */
    public static void write(Glossary glossary, GlossaryFormat version, OutputStream out) throws IOException {
        if (version != GlossaryFormat.TBX_2019 && version != GlossaryFormat.TBX_2008) {
            throw new IllegalArgumentException("not a TBX version: " + version);
        }
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            new TbxWriter(w, version == GlossaryFormat.TBX_2019).document(glossary);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TBX: " + e.getMessage(), e);
        }
    }

    /** Writes atomically. */
    public static void write(Glossary glossary, GlossaryFormat version, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(glossary, version, out));
    }

    private void document(Glossary g) throws XMLStreamException {
        String mainLanguage = g.languages().stream().findFirst().orElse("en");
        nl(0);
        if (v2019) {
            w.writeStartElement("tbx");
            w.writeDefaultNamespace(TbxReader.TBX3_NS);
            w.writeAttribute("type", "TBX-Basic");
            w.writeAttribute("style", "dca");
        } else {
            w.writeStartElement("martif");
            w.writeAttribute("type", "TBX");
        }
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", mainLanguage);
        nl(1);
        w.writeStartElement(v2019 ? "tbxHeader" : "martifHeader");
        nl(2);
        w.writeStartElement("fileDesc");
        nl(3);
        w.writeStartElement("sourceDesc");
        nl(4);
        element("p", "Written by Glossa from " + g.name());
        nl(3);
        w.writeEndElement();
        nl(2);
        w.writeEndElement();
        if (!v2019) {
            nl(2);
            w.writeStartElement("encodingDesc");
            nl(3);
            w.writeStartElement("p");
            w.writeAttribute("type", "XCSURI");
            w.writeCharacters("TBXXCSV02.xcs");
            w.writeEndElement();
            nl(2);
            w.writeEndElement();
        }
        nl(1);
        w.writeEndElement();
        nl(1);
        w.writeStartElement("text");
        nl(2);
        w.writeStartElement("body");
        for (Concept c : g.concepts()) concept(c);
        nl(2);
        w.writeEndElement();
        nl(1);
        w.writeEndElement();
        nl(0);
        w.writeEndElement();
    }

    private void concept(Concept c) throws XMLStreamException {
        nl(3);
        w.writeStartElement(v2019 ? "conceptEntry" : "termEntry");
        w.writeAttribute("id", xmlId(c.id()));
        if (c.subjectField().isPresent()) typed(4, "descrip", "subjectField", c.subjectField().get());
        if (c.definition().isPresent()) typed(4, "descrip", "definition", c.definition().get());
        if (c.doNotTranslate()) {
            nl(4);
            element("note", Flags.DO_NOT_TRANSLATE_NOTE);
        }
        Map<String, List<Term>> byLanguage = new LinkedHashMap<>();
        for (Term t : c.terms()) byLanguage.computeIfAbsent(t.language(), k -> new ArrayList<>()).add(t);
        for (Map.Entry<String, List<Term>> e : byLanguage.entrySet()) {
            nl(4);
            w.writeStartElement(v2019 ? "langSec" : "langSet");
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", e.getKey());
            for (Term t : e.getValue()) term(t);
            nl(4);
            w.writeEndElement();
        }
        nl(3);
        w.writeEndElement();
    }

    private void term(Term t) throws XMLStreamException {
        nl(5);
        w.writeStartElement(v2019 ? "termSec" : "tig");
        nl(6);
        element("term", t.text());
        if (t.partOfSpeech().isPresent()) typed(6, "termNote", "partOfSpeech", t.partOfSpeech().get());
        if (t.status() != TermStatus.UNSPECIFIED) typed(6, "termNote", "administrativeStatus", t.status().tbxValue());
        if (t.note().isPresent()) {
            for (String line : t.note().get().split("\n")) {
                if (line.isBlank()) continue;
                nl(6);
                element("note", line.strip());
            }
        }
        if (t.caseSensitive()) {
            nl(6);
            element("note", Flags.CASE_SENSITIVE_NOTE);
        }
        nl(5);
        w.writeEndElement();
        for (String variant : t.variants()) variant(t, variant);
    }

    /**
     * A derived or related form as a term of type "variant" right after its term (TBX-Basic's termType; other tools
     * see a variant term of the concept), deprecated with a forbidden term so that they forbid it too.
     */
    private void variant(Term t, String variant) throws XMLStreamException {
        nl(5);
        w.writeStartElement(v2019 ? "termSec" : "tig");
        nl(6);
        element("term", variant);
        typed(6, "termNote", "termType", "variant");
        if (t.status().isForbidden()) typed(6, "termNote", "administrativeStatus", t.status().tbxValue());
        nl(5);
        w.writeEndElement();
    }

    private void typed(int depth, String element, String type, String value) throws XMLStreamException {
        nl(depth);
        w.writeStartElement(element);
        w.writeAttribute("type", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private void nl(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "\t".repeat(depth));
    }

    /** Entry ids are XML IDs (NCNames): "12" is written as "_12", spaces and other characters become "_". */
    static String xmlId(String id) {
        String s = id.replaceAll("[^\\p{L}\\p{N}._\\-]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') s = "_" + s;
        return s;
    }
}
