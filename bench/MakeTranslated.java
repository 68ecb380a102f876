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
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * Makes "translated" XLIFF 2.1 files for the QA benchmark: each article extracted, each segment's target is its
 * source with the glossary terms replaced by their preferred German term (so term, number, tag, language and
 * consistency checks all have real work), written to OUT_DIR/<name>.xlf.
 * Usage: java -cp CLI_CLASSPATH:/tmp/qabench MakeTranslated ARTICLES_DIR GLOSSARY OUT_DIR
 */
public class MakeTranslated {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        TermAnnotator terms = new TermAnnotator(List.of(GlossaryReader.read(Path.of(args[1]))), "en", "de");
        Extractor x = new Extractor(new ExtractOptions("en", "de"));
        Path out = Files.createDirectories(Path.of(args[2]));
        int segments = 0;
        for (Path f : files) {
            Document doc = terms.annotate(x.extract(f));
            List<Unit> units = new ArrayList<>();
            for (Unit u : doc.units()) {
                Unit t = u;
                for (Segment s : u.segments()) {
                    if (!u.translate()) continue;
                    String text = s.source().plainText();
                    List<TermMark> marks = u.termsOf(s.id());
                    StringBuilder sb = new StringBuilder();
                    int pos = 0;
                    for (TermMark m : marks) {
                        if (m.start() < pos || m.end() > text.length() || m.targets().isEmpty()) continue;
                        sb.append(text, pos, m.start()).append(m.targets().get(0).text());
                        pos = m.end();
                    }
                    sb.append(text.substring(pos));
                    t = t.withSegment(s.withTarget(Content.of(sb.toString()), SegmentState.TRANSLATED));
                    segments++;
                }
                units.add(t.withTerms(List.of()));
            }
            XliffWriter.write(doc.withUnits(units), XliffVersion.V2_1, out.resolve(f.getFileName() + ".xlf"));
        }
        System.out.printf("%d files, %d translated segments -> %s%n", files.size(), segments, out);
    }
}
