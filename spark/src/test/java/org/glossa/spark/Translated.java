package org.glossa.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * "Translated" XLIFF 2.1 for QA tests (as bench/MakeTranslated.java): each target is its source with the glossary
 * terms replaced by their first German term; some segments, by position, get another rendering ("Variante: …") or
 * one shared target ("Gleicher Text."), so inconsistent-target and inconsistent-source have work across files.
 */
final class Translated {
    private Translated() {
    }

    static Path write(List<Path> sources, Path out) throws IOException {
        TermAnnotator terms = new TermAnnotator(List.of(GlossaryReader.read(Archives.GLOSSARY)), "en", "de");
        Extractor x = new Extractor(new ExtractOptions("en", "de"));
        Files.createDirectories(out);
        int k = 0;
        for (Path f : sources) {
            Document doc = terms.annotate(x.extract(f));
            List<Unit> units = new ArrayList<>();
            int j = 0;
            for (Unit u : doc.units()) {
                Unit t = u;
                for (Segment s : u.segments()) {
                    if (!u.translate()) continue;
                    j++;
                    String text = s.source().plainText();
                    StringBuilder sb = new StringBuilder();
                    int pos = 0;
                    for (TermMark m : u.termsOf(s.id())) {
                        if (m.start() < pos || m.end() > text.length() || m.targets().isEmpty()) continue;
                        sb.append(text, pos, m.start()).append(m.targets().get(0).text());
                        pos = m.end();
                    }
                    sb.append(text.substring(pos));
                    String target = (k + j) % 13 == 0 ? "Variante: " + sb : j % 17 == 5 ? "Gleicher Text." : sb.toString();
                    t = t.withSegment(s.withTarget(Content.of(target), SegmentState.TRANSLATED));
                }
                units.add(t.withTerms(List.of()));
            }
            XliffWriter.write(doc.withUnits(units), XliffVersion.V2_1, out.resolve(f.getFileName() + ".xlf"));
            k++;
        }
        return out;
    }
}
