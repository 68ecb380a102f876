package org.glossa.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.output.Json;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.segment.news.SrxExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Print the segments of a document, one per line, or as JSON with unit, segment id and role.")
final class SegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A document (text, HTML, DOCX, Markdown, PDF); optional with --export-srx.")
    Path file;

    @Option(names = {"-l", "--language"}, defaultValue = "en", paramLabel = "LANG",
            description = "Language of the document (BCP 47, default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--srx", paramLabel = "FILE", description = "SRX 2.0 rules to segment with instead of the default rules.")
    Path srx;

    @Option(names = "--export-srx", paramLabel = "FILE",
            description = "Write Glossa's default segmentation rules (English, German, generic) as an SRX 2.0 file.")
    Path exportSrx;

    @Option(names = "--json", description = "JSON array of {unit, segment, role, text} in document order, boilerplate included.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        language = LanguageTags.parse(language, "--language");
        if (exportSrx != null) {
            SrxExport.write(exportSrx);
            spec.commandLine().getErr().println("glossa: segmentation rules written to " + exportSrx);
            if (file == null) return ExitCodes.OK;
        }
        if (file == null) throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        Document doc = new Extractor(new ExtractOptions(language, language, Optional.ofNullable(srx))).extract(file);
        var out = spec.commandLine().getOut();
        if (json) {
            writeJson(doc, out);
        } else {
            for (Unit u : doc.units()) {
                for (Segment s : u.segments()) out.println(s.source().plainText().replaceAll("\\R", " "));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void writeJson(Document doc, Writer out) throws java.io.IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartArray();
            for (Unit u : doc.units()) {
                for (Segment s : u.segments()) {
                    g.writeStartObject();
                    g.writeStringField("unit", u.id());
                    g.writeStringField("segment", s.id());
                    g.writeStringField("role", u.role().id());
                    g.writeStringField("text", s.source().plainText());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        out.write(System.lineSeparator());
    }
}
