package org.glossa.core.xliff;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;
import org.glossa.core.model.Inline.TagKind;

/**
 * Where the parts an update may change sit in an XLIFF file's text: for each unit (by file and position, as
 * {@link XliffReader} numbers them) its start tag, source, targets, segment markers and the inline codes as
 * written. Read in one pass with StAX, keeping character offsets (Woodstox reports them exactly); nothing else of
 * the file is kept. Units are found, and their segments and codes named, the way {@link Xliff12Reader},
 * {@link Xliff12Inline} and {@link Xliff2Documents} name them, so the model's ids point here.
 */
final class XliffLayout {
    static final String SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0";

    /** An element as written: {@code [start, startTagEnd)} is its start tag, {@code [endTagStart, end)} its end tag. */
    static final class Element {
        final String qname;
        final String ns;
        final String local;
        final int start;
        final int startTagEnd;
        final Map<String, String> attrs = new HashMap<>();
        /** Attribute keys as in {@link #attrs} → the name as written (with its prefix). */
        final Map<String, String> names = new HashMap<>();
        int endTagStart;
        int end;

        Element(XMLStreamReader2 r, int start, int startTagEnd) {
            String prefix = r.getPrefix();
            this.local = r.getLocalName();
            this.qname = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            String uri = r.getNamespaceURI();
            this.ns = uri == null ? "" : uri;
            this.start = start;
            this.startTagEnd = startTagEnd;
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String ans = r.getAttributeNamespace(i);
                String key = XmlElement.key(ans, r.getAttributeLocalName(i));
                String p = r.getAttributePrefix(i);
                attrs.put(key, r.getAttributeValue(i));
                names.put(key, p == null || p.isEmpty() ? r.getAttributeLocalName(i) : p + ":" + r.getAttributeLocalName(i));
            }
        }

        /** {@code <x/>}: the start tag is the whole element. */
        boolean empty() {
            return endTagStart == start;
        }

        String prefix() {
            int colon = qname.indexOf(':');
            return colon < 0 ? "" : qname.substring(0, colon + 1);
        }

        Optional<String> attr(String name) {
            return Optional.ofNullable(attrs.get(name));
        }
    }

    /** A code of a unit's content as written: the whole element, or the start and end tags of {@code g}/{@code pc}. */
    record Code(TagKind kind, String id, String xml, boolean pairedElement) {
    }

    record CodeKey(TagKind kind, String id) {
    }

    /** A segment of a unit: where its target goes. */
    static final class SegmentLayout {
        final String id;
        /** XLIFF 2: the segment element; XLIFF 1.2: the target's {@code mrk mtype="seg"} (null when missing). */
        Element element;
        /** XLIFF 2: the segment's source. */
        Element source;
        /** XLIFF 2: the segment's target (null when missing). */
        Element target;
        /** XLIFF 1.2: the seg-source's {@code mrk mtype="seg"} (null when missing). */
        Element sourceMarker;
        /** Trados: the {@code sdl:seg} holding the segment's confirmation level (null when missing). */
        Element sdlSeg;

        SegmentLayout(String id) {
            this.id = id;
        }
    }

    /** A unit: {@code trans-unit} (1.x) or {@code unit} (2.x). */
    static final class UnitLayout {
        final int file;
        final int index;
        final String id;
        final Element element;
        final boolean version2;
        Element source;
        Element segSource;
        boolean segmented;
        /** XLIFF 1.x: the unit's target (null when missing). */
        Element target;
        final Map<String, SegmentLayout> segments = new LinkedHashMap<>();
        final Map<CodeKey, Code> codes = new HashMap<>();
        /** XLIFF 2: the segments and ignorables, without their fresh ids yet. */
        final List<Element> parts2 = new ArrayList<>();
        final Set<String> usedIds = new HashSet<>();
        /** The unit's notes in file order: XLIFF 1.x {@code note} children, XLIFF 2 the {@code note}s of {@code notes}. */
        final List<Element> notes = new ArrayList<>();
        /** XLIFF 2: the unit's {@code notes} (null when it has none). */
        Element notesElement;
        /** XLIFF 2: the first {@code originalData}, {@code segment} or {@code ignorable}: where new notes go before. */
        Element firstPart;
        /** XLIFF 1.x: the last child in the XLIFF namespace: new notes go after it (extensions must come last). */
        Element lastCoreChild;
        /** XLIFF 2: the prefix Glossa's writer put before the unit's code ids ({@link CodeIds}), "" when none. */
        String codePrefix = "";
        /** XLIFF 2: the unit's codes written with an id of their own: written id → model id ({@link CodeIds}). */
        Map<String, String> renamedCodes = Map.of();

        UnitLayout(int file, int index, String id, Element element, boolean version2) {
            this.file = file;
            this.index = index;
            this.id = id;
            this.element = element;
            this.version2 = version2;
        }

        SegmentLayout segment(String id) {
            return segments.computeIfAbsent(id, SegmentLayout::new);
        }
    }

    private enum Role { ROOT, FILE, BODY, GROUP, UNIT, NOTES, SOURCE, SEG_SOURCE, TARGET, SEGMENT, SEGMENT_SOURCE, SEGMENT_TARGET,
        SDL_SEG_DEFS, SDL_SEG, CONTENT, NATIVE_CODE, OTHER }

    private record Frame(Element element, Role role) {
    }

    private final EncodedXml xml;
    private final String fileName;
    private final List<UnitLayout> units = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean version2;
    private String core = "";
    private int files = -1;
    private int unitCount;
    private UnitLayout unit;
    private int anonymous;
    private Element root;

    private XliffLayout(EncodedXml xml, String fileName) {
        this.xml = xml;
        this.fileName = fileName;
    }

    /** The root element and the units of the file, in document order. */
    record Scan(Element root, List<UnitLayout> units) {
    }

    static Scan scan(EncodedXml xml, String fileName) {
        XliffLayout layout = new XliffLayout(xml, fileName);
        layout.read();
        return new Scan(layout.root, layout.units);
    }

    private void read() {
        try {
            XMLStreamReader2 r = (XMLStreamReader2) SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml.text()));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    start(r);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    end(r);
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        }
    }

    private void start(XMLStreamReader2 r) throws XMLStreamException {
        var at = r.getLocationInfo();
        Element e = new Element(r, (int) at.getStartingCharOffset(), (int) at.getEndingCharOffset());
        Frame parent = stack.peek();
        Role role;
        if (parent == null) {
            core = e.ns;
            root = e;
            version2 = Xliff2Ns.isCore(e.ns);
            role = Role.ROOT;
        } else {
            role = version2 ? role2(parent, e) : role1(parent, e);
        }
        stack.push(new Frame(e, role));
    }

    /** A {@code <file>} in the root starts the next document; other root children are not looked into. */
    private Role fileRole(Element e) {
        if (!isCore(e, "file")) return Role.OTHER;
        files++;
        unitCount = 0;
        return Role.FILE;
    }

    private boolean isCore(Element e, String local) {
        return e.ns.equals(core) && e.local.equals(local);
    }

    private Role role1(Frame parent, Element e) {
        switch (parent.role) {
            case ROOT -> {
                return fileRole(e);
            }
            case FILE -> {
                return isCore(e, "body") ? Role.BODY : Role.OTHER;
            }
            case BODY, GROUP -> {
                if (isCore(e, "group")) return Role.GROUP;
                if (!isCore(e, "trans-unit")) return Role.OTHER;
                unitCount++;
                unit = new UnitLayout(files, unitCount - 1, e.attr("id").orElse("u" + unitCount), e, false);
                units.add(unit);
                return Role.UNIT;
            }
            case UNIT -> {
                if (isCore(e, "source") && unit.source == null) {
                    unit.source = e;
                    anonymous = 0;
                    return Role.SOURCE;
                }
                if (isCore(e, "seg-source") && unit.segSource == null) {
                    unit.segSource = e;
                    anonymous = 0;
                    return Role.SEG_SOURCE;
                }
                if (isCore(e, "target") && unit.target == null) {
                    unit.target = e;
                    anonymous = 0;
                    return Role.TARGET;
                }
                if (e.ns.equals(SDL_NS) && e.local.equals("seg-defs")) return Role.SDL_SEG_DEFS;
                if (isCore(e, "note")) unit.notes.add(e);
                return Role.OTHER;
            }
            case SDL_SEG_DEFS -> {
                if (!(e.ns.equals(SDL_NS) && e.local.equals("seg"))) return Role.OTHER;
                e.attr("id").ifPresent(id -> unit.segment(id).sdlSeg = e);
                return Role.SDL_SEG;
            }
            case SOURCE, SEG_SOURCE, TARGET, CONTENT -> {
                return content1(parent, e);
            }
            default -> {
                return parent.role == Role.NATIVE_CODE ? Role.NATIVE_CODE : Role.OTHER;
            }
        }
    }

    /** An element in a 1.x source, seg-source or target: codes as {@link Xliff12Inline} reads them. */
    private Role content1(Frame parent, Element e) {
        if (!e.ns.equals(core)) return Role.OTHER;
        switch (e.local) {
            case "g" -> {
                code(TagKind.OPEN, id1(e), true, e);
                return Role.CONTENT;
            }
            case "x" -> code(TagKind.STANDALONE, id1(e), false, e);
            case "bx", "bpt" -> code(TagKind.OPEN, pairId1(e), false, e);
            case "ex", "ept" -> code(TagKind.CLOSE, pairId1(e), false, e);
            case "ph" -> code(TagKind.STANDALONE, id1(e), false, e);
            case "it" -> {
                TagKind kind = switch (e.attr("pos").orElse("")) {
                    case "open", "begin" -> TagKind.OPEN;
                    case "close", "end" -> TagKind.CLOSE;
                    default -> TagKind.STANDALONE;
                };
                code(kind, pairId1(e), false, e);
            }
            case "mrk" -> {
                boolean seg = "seg".equals(e.attr("mtype").orElse("")) && !insideSegmentMarker();
                if (seg && e.attr("mid").isPresent()) {
                    Role in = containerRole();
                    if (in == Role.SEG_SOURCE) {
                        unit.segmented = true;
                        if (unit.segment(e.attr("mid").get()).sourceMarker == null) unit.segment(e.attr("mid").get()).sourceMarker = e;
                    }
                    if (in == Role.TARGET && unit.segment(e.attr("mid").get()).element == null) {
                        unit.segment(e.attr("mid").get()).element = e;
                    }
                }
                return Role.CONTENT;
            }
            default -> {
                return Role.CONTENT;
            }
        }
        return Role.NATIVE_CODE;
    }

    private boolean insideSegmentMarker() {
        for (Frame f : stack) {
            if (f.role == Role.SOURCE || f.role == Role.SEG_SOURCE || f.role == Role.TARGET) return false;
            if (f.element.local.equals("mrk") && "seg".equals(f.element.attr("mtype").orElse(""))) return true;
        }
        return false;
    }

    private Role containerRole() {
        for (Frame f : stack) {
            if (f.role == Role.SOURCE || f.role == Role.SEG_SOURCE || f.role == Role.TARGET
                    || f.role == Role.SEGMENT_SOURCE || f.role == Role.SEGMENT_TARGET) return f.role;
        }
        return Role.OTHER;
    }

    private String id1(Element e) {
        return e.attr("id").orElseGet(() -> "auto" + ++anonymous);
    }

    private String pairId1(Element e) {
        return e.attr("rid").orElseGet(() -> id1(e));
    }

    private Role role2(Frame parent, Element e) {
        switch (parent.role) {
            case ROOT -> {
                return fileRole(e);
            }
            case FILE, GROUP -> {
                if (isCore(e, "group")) return Role.GROUP;
                if (!isCore(e, "unit")) return Role.OTHER;
                unitCount++;
                unit = new UnitLayout(files, unitCount - 1, e.attr("id").orElse(""), e, true);
                unit.codePrefix = e.attr(XmlElement.key(GlossaXliff.NS, CodeIds.PREFIX_ATTRIBUTE)).orElse("");
                unit.renamedCodes = CodeIds.renamed(e.attr(XmlElement.key(GlossaXliff.NS, CodeIds.RENAMED_ATTRIBUTE)));
                units.add(unit);
                return Role.UNIT;
            }
            case UNIT -> {
                e.attr("id").ifPresent(unit.usedIds::add);
                if (isCore(e, "notes") && unit.notesElement == null) {
                    unit.notesElement = e;
                    return Role.NOTES;
                }
                if (unit.firstPart == null && (isCore(e, "originalData") || isCore(e, "segment") || isCore(e, "ignorable"))) {
                    unit.firstPart = e;
                }
                if (isCore(e, "segment") || isCore(e, "ignorable")) {
                    unit.parts2.add(e);
                    return Role.SEGMENT;
                }
                return Role.OTHER;
            }
            case NOTES -> {
                if (isCore(e, "note")) unit.notes.add(e);
                return Role.OTHER;
            }
            case SEGMENT -> {
                if (isCore(e, "source") && !pendingSource.containsKey(parent.element)) {
                    pendingSource.put(parent.element, e);
                    return Role.SEGMENT_SOURCE;
                }
                if (isCore(e, "target") && !pendingTarget.containsKey(parent.element)) {
                    pendingTarget.put(parent.element, e);
                    return Role.SEGMENT_TARGET;
                }
                return Role.OTHER;
            }
            case SEGMENT_SOURCE, SEGMENT_TARGET, CONTENT -> {
                return content2(e);
            }
            default -> {
                return Role.OTHER;
            }
        }
    }

    private final Map<Element, Element> pendingSource = new HashMap<>();
    private final Map<Element, Element> pendingTarget = new HashMap<>();

    /** An element in a 2.x source or target: codes as {@link Xliff2Documents} reads them. */
    private Role content2(Element e) {
        if (!e.ns.equals(core)) return Role.OTHER;
        switch (e.local) {
            case "ph" -> code(TagKind.STANDALONE, e.attr("id").orElse(""), false, e);
            case "sc" -> code(TagKind.OPEN, e.attr("id").orElse(""), false, e);
            case "ec" -> code(TagKind.CLOSE, e.attr("startRef").or(() -> e.attr("id")).orElse(""), false, e);
            case "pc" -> code(TagKind.OPEN, e.attr("id").orElse(""), true, e);
            default -> {
                return Role.CONTENT;
            }
        }
        return e.local.equals("pc") ? Role.CONTENT : Role.NATIVE_CODE;
    }

    /** Remembers a code; its text is taken when the element ends. */
    private void code(TagKind kind, String id, boolean paired, Element e) {
        pendingCodes.put(e, new CodeKey(kind, unit == null ? id
                : CodeIds.read(id, unit.renamedCodes, unit.codePrefix)));
        pairedCodes.put(e, paired);
    }

    private final Map<Element, CodeKey> pendingCodes = new HashMap<>();
    private final Map<Element, Boolean> pairedCodes = new HashMap<>();

    private void end(XMLStreamReader2 r) throws XMLStreamException {
        var at = r.getLocationInfo();
        Frame f = stack.pop();
        Element e = f.element;
        e.endTagStart = (int) at.getStartingCharOffset();
        e.end = (int) at.getEndingCharOffset();
        Frame parent = stack.peek();
        if (parent != null && parent.role == Role.UNIT && !version2 && e.ns.equals(core)) unit.lastCoreChild = e;
        CodeKey key = pendingCodes.remove(e);
        if (key != null && unit != null) {
            String text = xml.text();
            if (pairedCodes.remove(e)) {
                String startTag = e.empty() ? StartTag.opened(text.substring(e.start, e.end)) : text.substring(e.start, e.startTagEnd);
                String endTag = e.empty() ? "</" + e.qname + ">" : text.substring(e.endTagStart, e.end);
                unit.codes.putIfAbsent(key, new Code(TagKind.OPEN, key.id(), startTag, true));
                unit.codes.putIfAbsent(new CodeKey(TagKind.CLOSE, key.id()), new Code(TagKind.CLOSE, key.id(), endTag, true));
            } else {
                unit.codes.putIfAbsent(key, new Code(key.kind(), key.id(), text.substring(e.start, e.end), false));
            }
        }
        if (f.role == Role.UNIT && version2) resolveSegments2(unit);
        if (f.role == Role.UNIT && !version2 && !unit.segmented) {
            SegmentLayout only = unit.segments.computeIfAbsent("1", SegmentLayout::new);
            only.element = unit.target;
        }
    }

    /** Segment ids as {@link Xliff2Documents} gives them: the id, else the first free s1, s2… (i1, i2… for ignorables). */
    private void resolveSegments2(UnitLayout u) {
        Set<String> used = new HashSet<>(u.usedIds);
        for (Element p : u.parts2) {
            boolean seg = p.local.equals("segment");
            String id = p.attr("id").orElseGet(() -> {
                String prefix = seg ? "s" : "i";
                int n = 1;
                while (used.contains(prefix + n)) n++;
                used.add(prefix + n);
                return prefix + n;
            });
            if (!seg) continue;
            SegmentLayout s = u.segment(id);
            s.element = p;
            s.source = pendingSource.remove(p);
            s.target = pendingTarget.remove(p);
        }
    }

    InputException error(int offset, String message) {
        int[] lc = xml.lineColumn(offset);
        return new InputException(fileName, lc[0], lc[1], message, null);
    }
}
