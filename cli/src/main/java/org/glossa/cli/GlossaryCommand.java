package org.glossa.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryCheck;
import org.glossa.core.glossary.io.GlossaryProblem;
import org.glossa.core.glossary.io.GlossaryFormat;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.glossary.io.GlossaryWriter;
import org.glossa.core.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Convert and check glossaries.",
        subcommands = {GlossaryCommand.Convert.class, GlossaryCommand.Check.class})
final class GlossaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert a glossary; the output format comes from OUT's extension: .tbx (TBX 2019 Basic),"
                    + " .martif.tbx (TBX 2008), .csv, .tsv/.tab (Glossa's columns), .utf8/.txt (OmegaT: source TAB target"
                    + " TAB comment for the pair -s/-t), or --format.")
    static final class Convert implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "IN", description = "TBX, CSV or TSV glossary.")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
        Path out;

        @picocli.CommandLine.Mixin
        LanguagePair languages = new LanguagePair();

        @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
                description = "Output format whatever OUT's extension: tbx, martif, csv, tsv or omegat.")
        GlossaryFormat format;

        @Override
        public Integer call() throws Exception {
            languages.check();
            Glossary g = GlossaryReader.read(in, languages.source, languages.target);
            GlossaryWriter.write(g, out, format != null ? format : GlossaryWriter.formatOf(out), languages.source,
                    languages.target);
            spec.commandLine().getOut().printf("%s -> %s: %d concepts, languages %s%n", in, out, g.concepts().size(),
                    String.join(", ", g.languages()));
            return ExitCodes.OK;
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<GlossaryFormat> {
        @Override
        public GlossaryFormat convert(String value) {
            return GlossaryFormat.fromName(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a glossary format Glossa writes (tbx, martif, csv, tsv, omegat)"));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Report duplicates, empty targets, conflicting targets and forbidden terms that are also"
                    + " preferred. Exits 1 when it finds problems.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE",
                description = "TBX, CSV or TSV glossary, or a server's termbase http(s)://HOST:PORT/termbases/NAME.")
        String file;

        @picocli.CommandLine.Mixin
        LanguagePair languages = new LanguagePair();

        @Option(names = "--json", description = "{\"glossary\", \"concepts\", \"problems\": [{kind, concept, message}]}")
        boolean json;

        @Override
        public Integer call() throws Exception {
            languages.check();
            String source = languages.source;
            String target = languages.target;
            Glossary g = Resources.glossary(file, java.util.Optional.ofNullable(source), java.util.Optional.ofNullable(target));
            List<String> langs = new ArrayList<>(g.languages());
            String src = source != null ? source : langs.isEmpty() ? "en" : langs.get(0);
            String trg = target != null ? target : langs.size() < 2 ? "de" : langs.get(1);
            List<GlossaryProblem> problems = GlossaryCheck.check(g, src, trg);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                try (JsonGenerator j = Json.generator(out)) {
                    j.writeStartObject();
                    j.writeStringField("glossary", file);
                    j.writeNumberField("concepts", g.concepts().size());
                    j.writeArrayFieldStart("problems");
                    for (GlossaryProblem p : problems) {
                        j.writeStartObject();
                        j.writeStringField("kind", p.kind());
                        j.writeStringField("concept", p.conceptId());
                        j.writeStringField("message", p.message());
                        j.writeEndObject();
                    }
                    j.writeEndArray();
                    j.writeEndObject();
                }
                out.println();
            } else {
                for (GlossaryProblem p : problems) out.printf("%s: %s [%s] %s%n", file, p.conceptId(), p.kind(), p.message());
                out.printf("%s: %d concepts (%s → %s), %d problems%n", file, g.concepts().size(), src, trg, problems.size());
            }
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.QA_FINDINGS;
        }
    }
}
