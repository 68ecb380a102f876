package org.glossa.core.glossary.io;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.io.SafeXml;

/**
 * Reads TBX 2008 (MARTIF: termEntry/langSet/tig|ntig/term) and TBX 2019 (ISO 30042:2019:
 * conceptEntry/langSec/termSec/term) in DCA style ({@code <termNote type="partOfSpeech">}) and DCT style
 * (data categories as elements of a dialect namespace, {@code <basic:partOfSpeech>}). Both versions share the
 * same walk: only the element names of the levels differ.
 *
 * <p>Kept: concept id, definition (first one, concept or language level), subject field, terms with
 * administrativeStatus / normativeAuthorization / usageStatus, partOfSpeech and notes (several notes are joined
 * with a line break), do-not-translate and case-sensitivity markers (see {@link Flags}). Everything else
 * (transactions, contexts, sources, cross-references) is skipped.
 */
final class TbxReader {
    static final String TBX3_NS = "urn:iso:std:iso:30042:ed-2";

    private static final Set<String> CONCEPT = Set.of("termEntry", "conceptEntry");
    private static final Set<String> LANGUAGE = Set.of("langSet", "langSec");
    private static final Set<String> TERM_CONTAINER = Set.of("tig", "ntig", "termSec");
    /** DCA elements whose {@code type} attribute names the data category. */
    private static final Set<String> DCA = Set.of("termNote", "descrip", "admin", "transacNote", "ref", "xref");

    private final String fileName;
    private final XMLStreamReader r;
    private final List<Concept> concepts = new ArrayList<>();
    private ConceptBuilder concept;
    private String language;
    private TermBuilder term;

    private TbxReader(String fileName, XMLStreamReader r) {
        this.fileName = fileName;
        this.r = r;
    }

    static Glossary read(byte[] bytes, String fileName) {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(bytes), fileName);
        try {
            TbxReader reader = new TbxReader(fileName, r);
            reader.root();
            reader.walk();
            r.close();
            return new Glossary(fileName, reader.concepts);
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        }
    }

    private void root() throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                if (name.equals("martif")) return;
                if (name.equals("tbx") && (ns.isEmpty() || ns.equals(TBX3_NS))) return;
                throw SafeXml.error(fileName, r, "not a glossary: the root element is <" + name + ">"
                        + (ns.isEmpty() ? "" : " in namespace " + ns)
                        + "; a TBX file has <martif> (TBX 2008) or <tbx xmlns=\"" + TBX3_NS + "\"> (TBX 2019)");
            }
        }
        throw new InputException(fileName, "not a glossary: no XML root element");
    }

    private void walk() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) start();
            else if (event == XMLStreamConstants.END_ELEMENT) end();
        }
    }

    private void start() throws XMLStreamException {
        String name = r.getLocalName();
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        boolean core = ns.isEmpty() || ns.equals(TBX3_NS);
        if (core && CONCEPT.contains(name)) {
            // nested levels would leave the walk with a term but no concept or language: refuse them
            if (concept != null) throw SafeXml.error(fileName, r, "<" + name + "> inside another concept entry");
            String id = r.getAttributeValue(null, "id");
            concept = new ConceptBuilder(id == null || id.isBlank() ? "c" + (concepts.size() + 1) : id.trim());
        } else if (concept == null) {
            return; // header and anything outside concept entries
        } else if (core && LANGUAGE.contains(name)) {
            if (language != null) throw SafeXml.error(fileName, r, "<" + name + "> inside another language section");
            language = language(r.getAttributeValue(XMLConstants.XML_NS_URI, "lang"), name);
        } else if (core && TERM_CONTAINER.contains(name)) {
            if (language == null) throw SafeXml.error(fileName, r, "<" + name + "> outside a language section");
            if (term != null) throw SafeXml.error(fileName, r, "<" + name + "> inside another term section");
            term = new TermBuilder(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
        } else if (core && name.equals("term")) {
            if (term == null) throw SafeXml.error(fileName, r, "<term> outside <tig>, <ntig> or <termSec>");
            if (term.text != null) {
                throw SafeXml.error(fileName, r, "a second <term> in one term section (\"" + term.text + "\")");
            }
            term.text = ConceptBuilder.clean(text());
        } else if (core && name.equals("note")) {
            category("note", text());
        } else if (core && DCA.contains(name)) {
            String type = r.getAttributeValue(null, "type");
            if (type != null) category(type, text());
        } else if (!core) {
            category(name, text()); // DCT: <basic:partOfSpeech>, <min:administrativeStatus>, ...
        }
    }

    private void end() {
        String name = r.getLocalName();
        if (CONCEPT.contains(name) && concept != null) {
            concepts.add(concept.build());
            concept = null;
        } else if (LANGUAGE.contains(name)) {
            language = null;
        } else if (TERM_CONTAINER.contains(name) && term != null) {
            if (term.text == null) {
                throw new InputException(fileName, term.line, term.column, "<" + name + "> without a <term>", null);
            }
            // an empty <term/> (SDL exports write them) means "no term in this language yet"
            if (!term.text.isEmpty()) addTerm(term);
            term = null;
        }
    }

    /**
     * A term of type "variant" is a derived or related form of the term before it in the same language section
     * (Glossa writes them so); without such a term it is a term of its own.
     */
    private void addTerm(TermBuilder t) {
        List<Term> terms = concept.terms;
        Term previous = terms.isEmpty() ? null : terms.get(terms.size() - 1);
        if (t.variant && previous != null && previous.language().equals(language)) {
            List<String> variants = new ArrayList<>(previous.variants());
            variants.add(t.text);
            terms.set(terms.size() - 1, previous.withVariants(variants));
        } else {
            terms.add(t.build(language));
        }
    }

    private String language(String value, String element) {
        if (value == null || value.isBlank()) throw SafeXml.error(fileName, r, "<" + element + "> without xml:lang");
        return LanguageTags.wellFormed(value).filter(tag -> !tag.equals("und"))
                .orElseThrow(() -> SafeXml.error(fileName, r, "invalid language code xml:lang=\"" + value + "\""));
    }

    /** A data category and its value, at the level the walk is at (term, language or concept). */
    private void category(String category, String rawValue) {
        String value = ConceptBuilder.clean(rawValue);
        String c = Flags.squash(category);
        switch (c) {
            case "administrativestatus", "normativeauthorization", "usagestatus" -> {
                if (term != null) status(value).ifPresent(s -> term.status = s);
            }
            case "partofspeech" -> {
                if (term != null && !value.isEmpty()) term.partOfSpeech = value;
            }
            case "termtype" -> {
                if (term != null) term.variant = Flags.squash(value).equals("variant");
            }
            case "definition" -> concept.definitionIfAbsent(value);
            case "subjectfield" -> concept.subjectFieldIfAbsent(value);
            case "note" -> note(value);
            case "transfercomment" -> {
                if (Flags.isDoNotTranslateNote(value) || Flags.squash(value).contains("nottranslat")) concept.doNotTranslate = true;
            }
            default -> {
                if (Flags.isDoNotTranslateCategory(category)) {
                    concept.doNotTranslate |= Flags.doNotTranslateValue(category, value);
                } else if (Flags.isCaseCategory(category) && term != null) {
                    term.caseSensitive = Flags.caseSensitiveValue(value);
                }
            }
        }
    }

    private void note(String value) {
        if (value.isEmpty()) return;
        if (Flags.isDoNotTranslateNote(value)) {
            concept.doNotTranslate = true;
        } else if (term != null && Flags.isCaseSensitiveNote(value)) {
            term.caseSensitive = true;
        } else if (term != null) {
            term.notes.add(value);
        }
        // notes on concepts and language sections have no place in the model
    }

    /** "preferredTerm-admn-sts", "preferred", "standardizedTerm", "deprecatedTerm"... */
    static Optional<TermStatus> status(String value) {
        Optional<TermStatus> s = TermStatus.parse(value);
        if (s.isPresent()) return s;
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("notrecommended")) return Optional.of(TermStatus.ADMITTED);
        if (v.equals("unspecified")) return Optional.of(TermStatus.UNSPECIFIED);
        return TermStatus.parse(v.replaceFirst("term$", ""));
    }

    /** The text content of the current element, including that of nested elements such as {@code <hi>}. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(r.getText());
                default -> {
                }
            }
        }
        return sb.toString();
    }

    private static final class TermBuilder {
        final int line;
        final int column;
        String text;
        TermStatus status = TermStatus.UNSPECIFIED;
        String partOfSpeech;
        final List<String> notes = new ArrayList<>();
        boolean caseSensitive;
        boolean variant;

        TermBuilder(int line, int column) {
            this.line = line;
            this.column = column;
        }

        Term build(String language) {
            return new Term(text, language, status, Optional.ofNullable(partOfSpeech),
                    notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes)), caseSensitive);
        }
    }
}
