import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * One large XLIFF 2.1 for the desktop editor benchmark: generated articles (bench/generate-articles.py) extracted one
 * after the other into a single file until it has SEGMENTS segments (boilerplate units included, as the editor shows
 * them). The first half of the translatable segments get a target (the source with its glossary terms replaced by
 * the German term, so QA has real findings), the rest are empty.
 * Usage: java -cp CLI_CLASSPATH bench/desktop/MakeLargeXliff.java ARTICLES_DIR GLOSSARY OUT.xlf SEGMENTS
 */
public class MakeLargeXliff {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int wanted = Integer.parseInt(args[3]);
        TermAnnotator terms = new TermAnnotator(List.of(GlossaryReader.read(Path.of(args[1]))), "en", "de");
        Extractor x = new Extractor(new ExtractOptions("en", "de"));
        List<Unit> units = new ArrayList<>();
        int segments = 0;
        int translated = 0;
        for (int f = 0; f < files.size() && segments < wanted; f++) {
            Document doc = terms.annotate(x.extract(files.get(f)));
            for (Unit u : doc.units()) {
                if (segments + u.segments().size() > wanted) continue;
                Unit t = new Unit("a" + f + "-" + u.id(), u.role(), u.translate(), u.origin(), u.parts());
                for (Segment s : u.segments()) {
                    segments++;
                    if (!u.translate() || segments > wanted / 2) continue;
                    t = t.withSegment(s.withTarget(Content.of(withTerms(s.source().plainText(), u.termsOf(s.id()))),
                            SegmentState.TRANSLATED));
                    translated++;
                }
                units.add(t);
            }
        }
        if (segments < wanted) throw new IllegalStateException("only " + segments + " segments: generate more articles");
        Document out = new Document(Path.of(args[2]).getFileName().toString(), Format.TEXT, "en",
                java.util.Optional.of("de"), units, java.util.Optional.empty());
        XliffWriter.write(out, XliffVersion.V2_1, Path.of(args[2]));
        System.out.printf("%d units, %d segments (%d with a target) -> %s%n", units.size(), segments, translated, args[2]);
    }

    /** The text with each glossary term replaced by its first target. */
    static String withTerms(String text, List<TermMark> marks) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (TermMark m : marks) {
            if (m.start() < pos || m.end() > text.length() || m.targets().isEmpty()) continue;
            sb.append(text, pos, m.start()).append(m.targets().get(0).text());
            pos = m.end();
        }
        return sb.append(text.substring(pos)).toString();
    }
}
