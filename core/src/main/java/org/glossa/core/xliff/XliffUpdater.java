package org.glossa.core.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Note;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.EncodedXml.Splice;
import org.glossa.core.xliff.XliffLayout.Element;
import org.glossa.core.xliff.XliffLayout.SegmentLayout;
import org.glossa.core.xliff.XliffLayout.UnitLayout;

/**
 * Saves edited targets into the XLIFF file they were read from, in its own version and dialect (XLIFF 1.0–1.2, 2.0–2.2,
 * Trados sdlxliff, memoQ mqxliff, several {@code <file>}s): only the changed targets are rewritten (and the state
 * where it changed), and the translator's own notes ({@link #notes}); every other byte of the file stays as it was: other files and units, notes, matches,
 * extensions Glossa does not understand, comments, processing instructions, whitespace, the XML declaration and
 * encoding. Inline codes are written as the file wrote them (its {@code g}, {@code x}, {@code bpt}, {@code pc}…).
 *
 * <p>The changes are found by reading the file as it is now and comparing it with the edited documents (documents by
 * position, i.e. {@code <file>}, units by position, segments by id). The result is read back before it is written;
 * when a change cannot be placed (a segment marker missing from a target, a character XLIFF 1.2 cannot hold) or
 * would not read back as edited, an {@link InputException} says why and the file is left alone, so the caller can
 * write a new file beside it instead.
 */
public final class XliffUpdater {
    /** The new bytes, and the character ranges of the old text they replaced (for tests and messages). */
    record Update(byte[] bytes, List<Splice> splices) {
    }

    private static final Map<SegmentState, String> SDL_CONF = Map.of(SegmentState.INITIAL, "Draft",
            SegmentState.TRANSLATED, "Translated", SegmentState.REVIEWED, "ApprovedTranslation",
            SegmentState.FINAL, "ApprovedSignOff");
    private static final String MQ_NS = "MQXliff";
    private static final Map<SegmentState, String> MQ_STATUS = Map.of(SegmentState.INITIAL, "PartiallyEdited",
            SegmentState.TRANSLATED, "ManuallyConfirmed", SegmentState.REVIEWED, "Reviewer1Confirmed",
            SegmentState.FINAL, "Reviewer2Confirmed");

    private final EncodedXml xml;
    private final String fileName;
    private final List<Splice> splices = new ArrayList<>();
    /** Start tags with edited attributes, by element, until they are written. */
    private final Map<Element, String> tags = new LinkedHashMap<>();
    /** Whether a target was added where there was none. */
    private boolean targetAdded;

    private XliffUpdater(EncodedXml xml, String fileName) {
        this.xml = xml;
        this.fileName = fileName;
    }

    /**
     * Writes the edited targets into {@code file} atomically (through {@link AtomicFiles}).
     *
     * @param edited the documents as read from the file, edited; fewer than the file's {@code <file>}s leaves the
     *               others as they are
     * @return false when nothing changed (the file is not touched)
     * @throws InputException when the changes cannot be written into this file (it is left as it was)
     */
    public static boolean save(Path file, List<Document> edited) throws IOException {
        byte[] original = Files.readAllBytes(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Update u = update(original, name, edited);
        if (u.splices().isEmpty()) return false;
        AtomicFiles.write(file, out -> out.write(u.bytes()));
        return true;
    }

    /** The file's bytes with the edited targets written in; the same bytes when nothing changed. */
    public static byte[] apply(byte[] original, String fileName, List<Document> edited) {
        return update(original, fileName, edited).bytes();
    }

    static Update update(byte[] original, String fileName, List<Document> edited) {
        List<Document> before = read(original, fileName);
        EncodedXml xml = EncodedXml.decode(original, fileName);
        XliffLayout.Scan scan = XliffLayout.scan(xml, fileName);
        List<UnitLayout> layouts = scan.units();
        if (edited.size() > before.size()) {
            throw new IllegalArgumentException(edited.size() + " documents for " + fileName + ", which has " + before.size());
        }
        Map<String, UnitLayout> byPosition = new HashMap<>();
        for (UnitLayout l : layouts) byPosition.put(l.file + "/" + l.index, l);
        XliffUpdater updater = new XliffUpdater(xml, fileName);
        for (int f = 0; f < edited.size(); f++) {
            List<Unit> old = before.get(f).units();
            List<Unit> now = edited.get(f).units();
            if (old.size() != now.size()) {
                throw new IllegalArgumentException("document " + (f + 1) + " of " + fileName + " has " + old.size()
                        + " units in the file and " + now.size() + " edited");
            }
            for (int i = 0; i < old.size(); i++) {
                if (!old.get(i).id().equals(now.get(i).id())) {
                    throw new IllegalArgumentException("unit " + (i + 1) + " of document " + (f + 1) + " is "
                            + old.get(i).id() + " in the file and " + now.get(i).id() + " edited");
                }
                if (changed(old.get(i), now.get(i)).isEmpty() && old.get(i).notes().equals(now.get(i).notes())) continue;
                UnitLayout layout = byPosition.get(f + "/" + i);
                if (layout == null) throw new InputException(fileName, "unit " + now.get(i).id() + " not found in the file");
                updater.unit(layout, old.get(i), now.get(i));
            }
        }
        if (updater.targetAdded && scan.root().attrs.get("trgLang") == null && scan.root().attrs.containsKey("srcLang")) {
            // XLIFF 2: a target needs the target language on <xliff>
            Optional<String> lang = edited.stream().flatMap(d -> d.targetLanguage().stream()).findFirst();
            if (lang.isEmpty()) {
                throw updater.error(scan.root().start, "the file has no target language (trgLang) and none was given; a target cannot be added");
            }
            updater.editTag(scan.root(), "trgLang", lang.get());
        }
        updater.flushTags();
        if (updater.splices.isEmpty()) return new Update(original, List.of());
        byte[] bytes = xml.apply(updater.splices);
        verify(bytes, fileName, before, edited);
        return new Update(bytes, List.copyOf(updater.splices));
    }

    /** The segments whose target or state differ. */
    private static List<Segment> changed(Unit old, Unit now) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : now.segments()) {
            Optional<Segment> o = old.segments().stream().filter(x -> x.id().equals(s.id())).findFirst();
            if (o.isEmpty()) throw new IllegalArgumentException("unit " + now.id() + " has no segment " + s.id() + " in the file");
            if (!sameTarget(o.get(), s) || o.get().state() != s.state()) out.add(s);
        }
        return out;
    }

    /** An empty target ({@code <target/>}) and no target are the same: both are work to do. */
    private static boolean sameTarget(Segment a, Segment b) {
        return normalized(a.target()).equals(normalized(b.target()));
    }

    private static Optional<Content> normalized(Optional<Content> target) {
        return target.filter(c -> !c.isEmpty());
    }

    private void unit(UnitLayout layout, Unit old, Unit now) {
        List<Segment> changed = changed(old, now);
        if (layout.version2) {
            for (Segment s : changed) segment2(layout, old, now, s);
        } else if (!changed.isEmpty()) {
            unit1(layout, old, now, changed);
        }
        if (!old.notes().equals(now.notes())) notes(layout, old, now);
    }

    // --- notes ------------------------------------------------------------------------------------------------

    /**
     * The translator's own notes ({@link Note#isOwn()}) as edited: a changed one gets its new text in place, a
     * removed one goes, a new one is written after the unit's last note (XLIFF 1.x: after its last XLIFF element; XLIFF
     * 2: in {@code <notes>}, which is added before the unit's original data and segments when missing). Every other
     * note stays as written; an edit that changes one is refused.
     */
    private void notes(UnitLayout u, Unit old, Unit now) {
        List<Note> others = now.notes().stream().filter(n -> !n.isOwn()).toList();
        if (!old.notes().stream().filter(n -> !n.isOwn()).toList().equals(others)) {
            throw new IllegalArgumentException("unit " + now.id() + ": only the translator's own notes can be changed");
        }
        if (u.notes.size() != old.notes().size()) throw error(u.element.start, "unit " + u.id + ": its notes could not be placed");
        List<Note> wanted = now.notes().stream().filter(Note::isOwn).toList();
        TargetMarkup text = new TargetMarkup(xml, u, u.element.prefix(), fileName, now);
        if (u.version2 && u.notesElement != null && now.notes().isEmpty()) {
            splices.add(new Splice(lineStart(u.notesElement.start), u.notesElement.end, "")); // <notes> needs a note
            return;
        }
        int k = 0;
        for (int i = 0; i < old.notes().size(); i++) {
            Note was = old.notes().get(i);
            if (!was.isOwn()) continue;
            Element e = u.notes.get(i);
            if (k >= wanted.size()) {
                splices.add(new Splice(lineStart(e.start), e.end, ""));
            } else if (!wanted.get(k).equals(was)) {
                splices.add(new Splice(e.start, e.end, noteMarkup(u, wanted.get(k), text)));
            }
            k++;
        }
        if (k >= wanted.size()) return;
        StringBuilder added = new StringBuilder();
        String prefix = u.element.prefix();
        if (!u.version2) {
            Element after = u.lastCoreChild; // the source at least
            for (Note n : wanted.subList(k, wanted.size())) added.append(indentBefore(after)).append(noteMarkup(u, n, text));
            splices.add(new Splice(after.end, after.end, added.toString()));
        } else if (u.notesElement != null) {
            Element last = u.notes.isEmpty() ? u.notesElement : u.notes.get(u.notes.size() - 1);
            String indent = u.notes.isEmpty() ? indentBefore(u.notesElement) + "  " : indentBefore(last);
            for (Note n : wanted.subList(k, wanted.size())) added.append(indent).append(noteMarkup(u, n, text));
            int at = u.notes.isEmpty() ? u.notesElement.startTagEnd : last.end;
            splices.add(new Splice(at, at, added.toString()));
        } else {
            if (u.firstPart == null) throw error(u.element.start, "unit " + u.id + ": no segment to place notes before");
            String indent = indentBefore(u.firstPart);
            added.append('<').append(prefix).append("notes>");
            for (Note n : wanted.subList(k, wanted.size())) added.append(indent).append("  ").append(noteMarkup(u, n, text));
            added.append(indent).append("</").append(prefix).append("notes>").append(indent.isEmpty() ? "" : indent);
            splices.add(new Splice(u.firstPart.start, u.firstPart.start, added.toString()));
        }
    }

    /** A note as Glossa's writers write it, in the file's version and prefix. */
    private static String noteMarkup(UnitLayout u, Note n, TargetMarkup text) {
        String prefix = u.element.prefix();
        StringBuilder sb = new StringBuilder("<").append(prefix).append("note");
        if (u.version2 && !n.id().isEmpty()) sb.append(" id=\"").append(StartTag.escape(n.id(), '"')).append('"');
        if (!n.author().isEmpty()) {
            sb.append(u.version2 ? " category=\"" : " from=\"").append(StartTag.escape(n.author(), '"')).append('"');
        }
        if (n.priority() != 1) sb.append(" priority=\"").append(n.priority()).append('"');
        if (n.appliesTo() != Note.AppliesTo.GENERAL) {
            sb.append(u.version2 ? " appliesTo=\"" : " annotates=\"").append(n.appliesTo().id()).append('"');
        }
        return sb.append('>').append(text.plainText(n.text())).append("</").append(prefix).append("note>").toString();
    }

    /** The line break and indentation before an element ("" when something else precedes it on its line). */
    private String indentBefore(Element e) {
        int from = lineStart(e.start);
        return from == e.start ? "" : xml.text().substring(from, e.start);
    }

    /** Where the whitespace before {@code offset} starts, back to and with the line break before it. */
    private int lineStart(int offset) {
        String text = xml.text();
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
        if (i > 0 && text.charAt(i - 1) == '\n') i--;
        if (i > 0 && text.charAt(i - 1) == '\r') i--;
        return i > 0 && (text.charAt(i) == '\n' || text.charAt(i) == '\r') ? i : offset;
    }

    // --- XLIFF 2 ----------------------------------------------------------------------------------------------

    private void segment2(UnitLayout u, Unit oldUnit, Unit now, Segment s) {
        SegmentLayout sl = u.segments.get(s.id());
        if (sl == null || sl.element == null || sl.source == null) {
            throw u.element == null ? new InputException(fileName, "no segment " + s.id())
                    : error(u.element.start, "unit " + u.id + ": segment " + s.id() + " not found");
        }
        Segment old = oldUnit.segments().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
        if (old.state() != s.state()) editTag(sl.element, "state", s.state().id());
        if (sameTarget(old, s)) return;
        Optional<Content> target = normalized(s.target());
        String prefix = sl.source.prefix();
        if (sl.target != null && target.isEmpty()) {
            splices.add(new Splice(sl.target.start, sl.target.end, ""));
        } else if (sl.target != null) {
            replaceContent(sl.target, markup(u, target.get(), prefix, now));
        } else if (target.isPresent()) {
            targetAdded = true;
            String space = sl.source.attrs.containsKey(XmlElement.key(XmlElement.XML_NS, "space"))
                    ? " xml:space=\"" + sl.source.attrs.get(XmlElement.key(XmlElement.XML_NS, "space")) + "\"" : "";
            splices.add(new Splice(sl.source.end, sl.source.end,
                    "<" + prefix + "target" + space + ">" + markup(u, target.get(), prefix, now) + "</" + prefix + "target>"));
        }
    }

    // --- XLIFF 1.x --------------------------------------------------------------------------------------------

    private void unit1(UnitLayout u, Unit oldUnit, Unit now, List<Segment> changed) {
        String prefix = u.element.prefix();
        boolean statesChanged = false;
        for (Segment s : changed) {
            Segment old = oldUnit.segments().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
            if (old.state() != s.state()) {
                statesChanged = true;
                SegmentLayout sl = u.segments.get(s.id());
                if (sl != null && sl.sdlSeg != null) editTag(sl.sdlSeg, "conf", SDL_CONF.get(s.state()));
            }
        }
        SegmentState lowest = lowest(now);
        if (statesChanged) {
            if (u.target != null) {
                Optional<String> current = u.target.attr("state");
                if (Xliff12Values.state(current, true, false) != lowest || current.isEmpty() && lowest == SegmentState.INITIAL) {
                    editTag(u.target, "state", Xliff12Writer.state(now));
                }
            }
            if ("yes".equals(u.element.attr("approved").orElse("")) && lowest.compareTo(SegmentState.REVIEWED) < 0) {
                editTag(u.element, "approved", "no");
            }
            String mq = XmlElement.key(MQ_NS, "status");
            boolean anyTarget = now.segments().stream().anyMatch(x -> normalized(x.target()).isPresent());
            if (u.element.attrs.containsKey(mq)) {
                editTag(u.element, u.element.names.get(mq), anyTarget ? MQ_STATUS.get(lowest) : "NotStarted");
            }
        }
        boolean targetsChanged = changed.stream().anyMatch(s -> !sameTarget(oldUnit.segments().stream()
                .filter(x -> x.id().equals(s.id())).findFirst().orElseThrow(), s));
        if (u.segmented && u.target == null && targetsChanged) {
            segmentedTarget(u, now, prefix);
            return;
        }
        for (Segment s : changed) {
            Segment old = oldUnit.segments().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
            if (sameTarget(old, s)) continue;
            Content content = s.target().orElse(Content.EMPTY);
            SegmentLayout sl = u.segments.get(s.id());
            Element at = sl == null ? null : sl.element;
            if (at != null) {
                replaceContent(at, markup(u, content, prefix, now));
            } else if (!u.segmented && u.target == null) {
                Element after = u.segSource != null ? u.segSource : u.source;
                splices.add(new Splice(after.end, after.end, "<" + prefix + "target state=\"" + Xliff12Writer.state(now) + "\">"
                        + markup(u, content, prefix, now) + "</" + prefix + "target>"));
            } else {
                throw error(u.target == null ? u.element.start : u.target.start, "unit " + u.id + ": the target has no <mrk mtype=\"seg\" mid=\""
                        + s.id() + "\">, so the translation of segment " + s.id() + " has no place in this file");
            }
        }
    }

    /**
     * A new target for a unit with a seg-source and no target: the seg-source as written (the text between
     * segments, codes and all), each segment marker holding that segment's target (empty when it has none).
     */
    private void segmentedTarget(UnitLayout u, Unit now, String prefix) {
        String text = xml.text();
        List<SegmentLayout> markers = new ArrayList<>();
        for (SegmentLayout sl : u.segments.values()) if (sl.sourceMarker != null) markers.add(sl);
        markers.sort(java.util.Comparator.comparingInt(sl -> sl.sourceMarker.start));
        StringBuilder target = new StringBuilder("<" + prefix + "target state=\"" + Xliff12Writer.state(now) + "\">");
        int pos = u.segSource.startTagEnd;
        for (SegmentLayout sl : markers) {
            Element m = sl.sourceMarker;
            Content content = now.segments().stream().filter(x -> x.id().equals(sl.id)).findFirst()
                    .flatMap(Segment::target).orElse(Content.EMPTY);
            target.append(text, pos, m.start);
            String startTag = m.empty() ? StartTag.opened(text.substring(m.start, m.end)) : text.substring(m.start, m.startTagEnd);
            target.append(startTag).append(markup(u, content, prefix, now)).append("</").append(m.qname).append('>');
            pos = m.end;
        }
        target.append(text, pos, u.segSource.endTagStart).append("</").append(prefix).append("target>");
        splices.add(new Splice(u.segSource.end, u.segSource.end, target.toString()));
    }

    /** The lowest state of the segments with a target; INITIAL when none has one. */
    private static SegmentState lowest(Unit u) {
        SegmentState lowest = null;
        for (Segment s : u.segments()) {
            if (s.target().filter(c -> !c.isEmpty()).isPresent() && (lowest == null || s.state().compareTo(lowest) < 0)) lowest = s.state();
        }
        return lowest == null ? SegmentState.INITIAL : lowest;
    }

    // --- splices ----------------------------------------------------------------------------------------------

    private void editTag(Element e, String qname, String value) {
        String tag = tags.computeIfAbsent(e, x -> xml.text().substring(x.start, x.startTagEnd));
        tags.put(e, StartTag.withAttribute(tag, qname, value));
    }

    /** Replaces what is inside the element; an empty element ({@code <target/>}) is written with start and end tag. */
    private void replaceContent(Element e, String markup) {
        if (e.empty()) {
            String tag = tags.containsKey(e) ? tags.remove(e) : xml.text().substring(e.start, e.end);
            splices.add(new Splice(e.start, e.end, StartTag.opened(tag) + markup + "</" + e.qname + ">"));
        } else {
            splices.add(new Splice(e.startTagEnd, e.endTagStart, markup));
        }
    }

    private void flushTags() {
        for (Map.Entry<Element, String> t : tags.entrySet()) {
            Element e = t.getKey();
            if (e.empty()) {
                String written = xml.text().substring(e.start, e.end);
                if (!written.equals(t.getValue())) splices.add(new Splice(e.start, e.end, t.getValue()));
            } else if (!xml.text().substring(e.start, e.startTagEnd).equals(t.getValue())) {
                splices.add(new Splice(e.start, e.startTagEnd, t.getValue()));
            }
        }
        tags.clear();
    }

    private String markup(UnitLayout u, Content c, String prefix, Unit now) {
        return new TargetMarkup(xml, u, prefix, fileName, now).write(c);
    }

    private InputException error(int offset, String message) {
        int[] lc = xml.lineColumn(offset);
        return new InputException(fileName, lc[0], lc[1], message, null);
    }

    // --- verification -----------------------------------------------------------------------------------------

    /** Reads the new bytes back: every segment must read as edited (text and codes), every other as before. */
    private static void verify(byte[] bytes, String fileName, List<Document> before, List<Document> edited) {
        List<Document> after;
        try {
            after = read(bytes, fileName);
        } catch (InputException e) {
            throw new InputException(fileName, "the changed file would not read back (" + e.describe() + "); it was not changed", e);
        }
        if (after.size() != before.size()) throw new InputException(fileName, "the changed file would not keep its documents");
        for (int f = 0; f < before.size(); f++) {
            List<Unit> want = (f < edited.size() ? edited : before).get(f).units();
            List<Unit> got = after.get(f).units();
            if (want.size() != got.size()) throw new InputException(fileName, "the changed file would not keep its units");
            for (int i = 0; i < want.size(); i++) {
                if (!want.get(i).notes().equals(got.get(i).notes())) {
                    throw new InputException(fileName, "unit " + want.get(i).id() + ": the notes would not read back as edited; the file was not changed");
                }
                List<Segment> ws = want.get(i).segments();
                List<Segment> gs = got.get(i).segments();
                for (int k = 0; k < ws.size(); k++) {
                    Segment w = ws.get(k);
                    Segment g = gs.get(k);
                    if (!Objects.equals(shape(normalized(w.target())), shape(normalized(g.target())))) {
                        throw new InputException(fileName, "unit " + want.get(i).id() + " segment " + w.id()
                                + ": the target would read back as " + g.target().map(Content::toString).orElse("(none)")
                                + ", not " + w.target().map(Content::toString).orElse("(none)") + "; the file was not changed");
                    }
                }
            }
        }
    }

    private static List<Document> read(byte[] bytes, String fileName) {
        try {
            return XliffReader.read(new java.io.ByteArrayInputStream(bytes), fileName);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // bytes in memory: cannot happen
        }
    }

    /** Text and the kind and id of each code: what a save must keep (a code's type may be written differently). */
    private static Optional<String> shape(Optional<Content> c) {
        return c.map(content -> {
            StringBuilder sb = new StringBuilder();
            for (Inline p : content.parts()) {
                if (p instanceof Inline.Text t) sb.append(t.value());
                else if (p instanceof Inline.Tag t) sb.append('\u0000').append(t.kind()).append(':').append(t.id()).append('\u0000');
            }
            return sb.toString();
        });
    }
}
