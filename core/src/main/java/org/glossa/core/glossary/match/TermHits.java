package org.glossa.core.glossary.match;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.output.Json;

/**
 * The glossary terms in each segment of a document, as {@code glossa terms} lists them: as text (the file, then one
 * line per hit, and the number of hits) or as JSON ({@code {"hits": [{"file", "unit", "segment", "term", "start",
 * "end", "text", "targets": [{"term", "status"}], "status"}]}}).
 */
public final class TermHits {
    /**
     * One term found.
     *
     * @param term  the term as written in the glossary
     * @param start offset in the segment's plain text
     * @param text  the text matched
     */
    public record Hit(String file, String unit, String segment, String term, int start, int end, String text,
                      List<TermMark.Target> targets, String status) {
        public Hit {
            targets = List.copyOf(targets);
        }
    }

    private TermHits() {
    }

    /** The hits in the source of every segment of {@code doc}, in document order; {@code file} names the file. */
    public static List<Hit> find(String file, Document doc, TermAnnotator annotator) {
        List<Hit> hits = new ArrayList<>();
        for (Unit u : doc.units()) {
            for (Segment s : u.segments()) {
                for (TermHit h : annotator.find(s.source().plainText())) {
                    hits.add(new Hit(file, u.id(), s.id(), h.term().text(), h.start(), h.end(),
                            h.matchedText(), annotator.targets(h.concept(), h.term()), h.term().status().id()));
                }
            }
        }
        return hits;
    }

    /** The file name before its hits, one line per hit ("unit/segment start-end  text → targets"), the count. */
    public static void writeText(Iterable<Hit> hits, PrintWriter out) {
        String lastFile = "";
        long n = 0;
        for (Hit h : hits) {
            n++;
            if (!h.file().equals(lastFile)) {
                out.println(h.file());
                lastFile = h.file();
            }
            StringBuilder t = new StringBuilder();
            for (TermMark.Target x : h.targets()) {
                if (t.length() > 0) t.append(", ");
                t.append(x.text());
                if (!x.status().isEmpty() && !x.status().equals("preferred")) t.append(" (").append(x.status()).append(')');
            }
            out.printf("  %s/%s %d-%d  %s → %s%n", h.unit(), h.segment(), h.start(), h.end(), h.text(), t);
        }
        out.printf("%d term hits%n", n);
    }

    /** {@code {"hits": [...]}} and a line break. */
    public static void writeJson(Iterable<Hit> hits, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("hits");
            for (Hit h : hits) {
                g.writeStartObject();
                g.writeStringField("file", h.file());
                g.writeStringField("unit", h.unit());
                g.writeStringField("segment", h.segment());
                g.writeStringField("term", h.term());
                g.writeNumberField("start", h.start());
                g.writeNumberField("end", h.end());
                g.writeStringField("text", h.text());
                g.writeArrayFieldStart("targets");
                for (TermMark.Target t : h.targets()) {
                    g.writeStartObject();
                    g.writeStringField("term", t.text());
                    g.writeStringField("status", t.status());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("status", h.status());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
