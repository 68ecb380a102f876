package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.glossa.core.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Trados Studio and memoQ cannot run here; what they write can be read: their own XLIFF files in the shared interop
 * folder (Trados Studio 2009 en→de with {@code sdl:}, an SDL en-US→es-ES file, memoQ 4 with {@code mq:}). Checked:
 * Glossa's XLIFF 1.2 speaks their dialect's core (the namespace, version and state values they use), and saving
 * edited targets into their files ({@link XliffUpdater}, what the editor's Ctrl+S does) keeps every {@code sdl:} and
 * {@code mq:} element and attribute and every namespace declaration, changing only the confirmation of the segments
 * edited, in their own vocabulary.
 */
class TradosMemoqXliffTest {
    static final String DIR = "okapi/okapi/filters/xliff/src/test/resources/";
    static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final Map<String, String> EXTENSIONS = Map.of("http://sdl.com/FileTypes/SdlXliff/1.0", "sdl", "MQXliff", "mq");
    /** The state values of XLIFF 1.2 (section 4.3 state), the only ones Trados and memoQ's XLIFF import know. */
    static final Set<String> STATES_12 = Set.of("final", "needs-adaptation", "needs-l10n", "needs-review-adaptation",
            "needs-review-l10n", "needs-review-translation", "needs-translation", "new", "signed-off", "translated");
    /** Trados' sdl:seg conf and memoQ's mq:status values (the tools' own vocabularies). */
    static final Set<String> SDL_CONF = Set.of("Draft", "Translated", "ApprovedTranslation", "RejectedTranslation",
            "ApprovedSignOff", "RejectedSignOff", "Unspecified");
    static final Set<String> MQ_STATUS = Set.of("NotStarted", "Editing", "PartiallyEdited", "ManuallyConfirmed",
            "Reviewer1Confirmed", "Reviewer2Confirmed", "Rejected", "AssembledFromFragments", "MachineTranslated");

    @ParameterizedTest
    @ValueSource(strings = {"TS09-12-Test01.xlf", "test2_es.xlf", "MQ-12-Test01.xlf"})
    void savingEditedTargetsKeepsEveryExtensionAndNamespace(String name) throws Exception {
        Path file = Interop.require(DIR + name);
        byte[] original = Files.readAllBytes(file);
        List<Document> docs = XliffReader.read(file);
        int[] edited = {0};
        List<Document> changed = new ArrayList<>();
        for (Document d : docs) {
            List<Unit> units = new ArrayList<>();
            for (Unit u : d.units()) {
                if (!u.translate() || edited[0] >= 3 || u.segments().isEmpty()) {
                    units.add(u);
                    continue;
                }
                List<UnitPart> parts = new ArrayList<>();
                for (UnitPart p : u.parts()) {
                    if (p instanceof Segment s && edited[0] < 3 && s.source().tags().isEmpty()) {
                        parts.add(s.withTarget(Content.of("Glossa " + edited[0]), SegmentState.TRANSLATED));
                        edited[0]++;
                    } else {
                        parts.add(p);
                    }
                }
                units.add(u.withParts(parts));
            }
            changed.add(d.withUnits(units));
        }
        assertEquals(3, edited[0], name + ": three segments without codes to edit");
        byte[] saved = XliffUpdater.apply(original, name, changed);

        org.w3c.dom.Document before = parse(original);
        org.w3c.dom.Document after = parse(saved);
        assertEquals(namespaces(before.getDocumentElement()), namespaces(after.getDocumentElement()), name + ": namespace declarations");
        assertEquals(XLIFF12, after.getDocumentElement().getNamespaceURI());
        assertEquals(extensions(before), extensions(after), name + ": sdl:/mq: elements and attributes (besides the confirmation)");
        assertEquals(count(before, "trans-unit"), count(after, "trans-unit"));

        List<String> confirmations = confirmations(after);
        List<String> beforeConfirmations = confirmations(before);
        assertEquals(beforeConfirmations.size(), confirmations.size(), name);
        int differ = 0;
        for (int i = 0; i < confirmations.size(); i++) if (!confirmations.get(i).equals(beforeConfirmations.get(i))) differ++;
        assertTrue(differ <= 3, name + ": only the edited segments' confirmation changes, " + differ);
        assertTrue(differ > 0 || confirmations.isEmpty(), name + ": the edited segments are confirmed in the tool's terms");
        for (String c : confirmations) assertTrue(c.isEmpty() || SDL_CONF.contains(c) || MQ_STATUS.contains(c), name + ": " + c);
        for (String state : attributes(after, "state")) assertTrue(STATES_12.contains(state), name + ": state " + state);

        List<Document> back = XliffReader.read(new ByteArrayInputStream(saved), name);
        long glossa = back.stream().flatMap(d -> d.segments().stream())
                .filter(s -> s.target().map(t -> t.plainText().startsWith("Glossa ")).orElse(false)).count();
        assertEquals(3, glossa, name + ": the three targets read back");
    }

    @Test
    void glossasXliff12UsesTheirNamespaceVersionAndStateValues() throws Exception {
        org.w3c.dom.Document trados = parse(Files.readAllBytes(Interop.require(DIR + "TS09-12-Test01.xlf")));
        org.w3c.dom.Document memoq = parse(Files.readAllBytes(Interop.require(DIR + "MQ-12-Test01.xlf")));
        List<Unit> units = new ArrayList<>();
        int i = 0;
        for (SegmentState state : SegmentState.values()) {
            units.add(new Unit("u" + ++i, Role.BODY, true, "", List.of(new Segment("1", Content.of("Sentence " + i + "."),
                    Optional.of(Content.of("Satz " + i + ".")), state))));
        }
        units.add(new Unit("u" + ++i, Role.BODY, true, "", List.of(new Segment("1", Content.of("Sentence " + i + ".")))));
        Document doc = new Document("a.txt", Format.TEXT, "en", Optional.of("de"), units, Optional.empty());
        Path out = Files.createTempFile("glossa-12", ".xlf");
        org.w3c.dom.Document glossa;
        try {
            XliffWriter.write(doc, XliffVersion.V1_2, out);
            glossa = parse(Files.readAllBytes(out));
        } finally {
            Files.delete(out);
        }
        for (org.w3c.dom.Document theirs : List.of(trados, memoq)) {
            assertEquals(theirs.getDocumentElement().getNamespaceURI(), glossa.getDocumentElement().getNamespaceURI());
            assertEquals(theirs.getDocumentElement().getAttribute("version"), glossa.getDocumentElement().getAttribute("version"));
        }
        Element file = (Element) glossa.getElementsByTagNameNS(XLIFF12, "file").item(0);
        assertEquals("en", file.getAttribute("source-language"));
        assertEquals("de", file.getAttribute("target-language"));
        List<String> states = attributes(glossa, "state");
        assertTrue(!states.isEmpty());
        for (String state : states) assertTrue(STATES_12.contains(state), "state " + state);
        assertTrue(states.containsAll(List.of("new", "translated", "signed-off", "final")), states.toString());
    }

    private static org.w3c.dom.Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Map<String, String> namespaces(Element root) {
        Map<String, String> out = new TreeMap<>();
        NamedNodeMap attrs = root.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getName().startsWith("xmlns")) out.put(a.getName(), a.getValue());
        }
        return out;
    }

    /**
     * Every element in an extension namespace with its attributes and text, and every extension attribute on an
     * XLIFF element, in document order; the confirmation attributes (sdl:seg conf, mq:status) left out.
     */
    private static List<String> extensions(org.w3c.dom.Document d) {
        List<String> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            boolean ext = isExtension(e.getNamespaceURI());
            StringBuilder sb = new StringBuilder(ext ? e.getTagName() : "");
            NamedNodeMap attrs = e.getAttributes();
            Map<String, String> sorted = new TreeMap<>();
            for (int j = 0; j < attrs.getLength(); j++) {
                Attr a = (Attr) attrs.item(j);
                boolean extAttr = isExtension(a.getNamespaceURI());
                boolean confirmation = a.getName().equals("mq:status") || (e.getLocalName().equals("seg") && a.getName().equals("conf"));
                if ((ext || extAttr) && !confirmation && !a.getName().startsWith("xmlns")) sorted.put(a.getName(), a.getValue());
            }
            if (!ext && sorted.isEmpty()) continue;
            sb.append(sorted);
            if (ext && e.getElementsByTagName("*").getLength() == 0) sb.append(e.getTextContent());
            out.add(sb.toString());
        }
        return out;
    }

    private static boolean isExtension(String namespace) {
        return namespace != null && EXTENSIONS.containsKey(namespace);
    }

    private static List<String> confirmations(org.w3c.dom.Document d) {
        List<String> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("mq:status")) out.add(e.getAttribute("mq:status"));
            if (e.getLocalName().equals("seg") && "http://sdl.com/FileTypes/SdlXliff/1.0".equals(e.getNamespaceURI())) {
                out.add(e.getAttribute("conf")); // "" when the segment has none yet
            }
        }
        return out;
    }

    private static List<String> attributes(org.w3c.dom.Document d, String name) {
        List<String> out = new ArrayList<>();
        NodeList all = d.getElementsByTagNameNS(XLIFF12, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute(name)) out.add(e.getAttribute(name));
        }
        return out;
    }

    private static int count(org.w3c.dom.Document d, String local) {
        return d.getElementsByTagNameNS(XLIFF12, local).getLength();
    }
}
