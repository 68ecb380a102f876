package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.merge.Merger;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/** The Okapi-style round trip: extract, write XLIFF, read it back, (translate,) merge. */
public final class RoundTrip {
    public static final String SOURCE = "en";
    public static final String TARGET = "de";

    private RoundTrip() {
    }

    public static Document extract(byte[] bytes, String name) {
        return new Extractor(new ExtractOptions(SOURCE, TARGET)).extract(bytes, name);
    }

    /** The document as it comes back from an XLIFF file of {@code version}. */
    public static Document throughXliff(Document doc, XliffVersion version) {
        try {
            ByteArrayOutputStream xliff = new ByteArrayOutputStream();
            XliffWriter.write(doc, version, xliff);
            List<Document> docs = XliffReader.read(new ByteArrayInputStream(xliff.toByteArray()), doc.name() + ".xlf");
            assertEquals(1, docs.size(), "documents in the XLIFF");
            return docs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] merge(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Merger.merge(doc, Optional.empty(), out);
        return out.toByteArray();
    }

    /** extract → XLIFF → read → merge, no translation. */
    public static byte[] untranslated(byte[] bytes, String name, XliffVersion version) {
        return merge(throughXliff(extract(bytes, name), version));
    }

    /** Gives a target to every segment of the units that {@code which} selects. */
    public static Document translate(Document doc, Predicate<Unit> which, Function<Segment, Content> translation) {
        List<Unit> units = new ArrayList<>();
        for (Unit u : doc.units()) {
            Unit t = u;
            if (which.test(u)) {
                for (Segment s : u.segments()) t = t.withSegment(s.withTarget(translation.apply(s), SegmentState.TRANSLATED));
            }
            units.add(t);
        }
        return doc.withUnits(units);
    }

    /** A target with the same tags as the source around new text: tags before the first text, text, the other tags. */
    public static Content keepTags(Content source, String text) {
        List<Inline> leading = new ArrayList<>();
        List<Inline> rest = new ArrayList<>();
        boolean textSeen = false;
        for (Inline p : source.parts()) {
            if (p instanceof Inline.Text) textSeen = true;
            else if (textSeen) rest.add(p);
            else leading.add(p);
        }
        List<Inline> out = new ArrayList<>(leading);
        out.add(new Inline.Text(text));
        out.addAll(rest);
        return new Content(out);
    }

    /** The content with each text part replaced by {@code translation} of it, the tags left where they are. */
    public static Content mapText(Content source, Function<String, String> translation) {
        return new Content(source.parts().stream()
                .map(p -> p instanceof Inline.Text t ? new Inline.Text(translation.apply(t.value())) : p).toList());
    }

    /** The first unit whose source text contains {@code text}. */
    public static Unit unitWith(Document doc, String text) {
        return doc.units().stream().filter(u -> u.source().plainText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit with \"" + text + "\" in " + describe(doc)));
    }

    public static String describe(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Unit u : doc.units()) {
            sb.append(u.id()).append(' ').append(u.role().id()).append(u.translate() ? "" : " (no)").append(" [")
                    .append(u.origin()).append("] ");
            for (UnitPart p : u.parts()) sb.append(p instanceof Segment ? "|" : "~").append(p.source());
            sb.append('\n');
        }
        return sb.toString();
    }
}
