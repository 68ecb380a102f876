package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.glossary.TermAnnotator;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.text.WordCount;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract documents (text, HTML, DOCX, Markdown, PDF) into XLIFF, one OUTDIR/<file name>.xlf per input.")
final class ExtractCommand implements Callable<Integer> {
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "docx", "md", "markdown", "pdf");

    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-s", "--source"}, required = true, paramLabel = "SRC", description = "Source language (BCP 47), e.g. en.")
    String source;

    @Option(names = {"-t", "--target"}, required = true, paramLabel = "TGT", description = "Target language (BCP 47), e.g. de.")
    String target;

    @Option(names = "--xliff", defaultValue = "2.1", paramLabel = "VERSION", converter = VersionConverter.class,
            description = "XLIFF version to write: 1.2 or 2.1 (default: ${DEFAULT-VALUE}).")
    XliffVersion version;

    @Option(names = "--srx", paramLabel = "FILE", description = "SRX 2.0 rules to segment with instead of the default rules.")
    Path srx;

    @Option(names = {"-g", "--glossary"}, paramLabel = "GLOSSARY",
            description = "Mark the terms of this TBX, CSV or TSV glossary in the XLIFF (repeatable).")
    List<Path> glossaries = List.of();

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "OUTDIR", description = "Output folder (default: current folder).")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        Languages.check(source, "--source");
        Languages.check(target, "--target");
        Extractor extractor = new Extractor(new ExtractOptions(source, target, Optional.ofNullable(srx)));
        WordCount words = new WordCount(source);
        Optional<TermAnnotator> terms = glossaries.isEmpty() ? Optional.empty()
                : Optional.of(new TermAnnotator(Glossaries.read(glossaries, source, target), source, target));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int ok = 0;
        int failed = 0;
        long totalUnits = 0;
        long totalSegments = 0;
        long totalWords = 0;
        List<InputFiles.Input> files = InputFiles.expand(inputs, EXTENSIONS);
        for (InputFiles.Input in : files) {
            try {
                Document doc = extractor.extract(in.file());
                if (terms.isPresent()) doc = terms.get().annotate(doc);
                Path xlf = outDir.resolve(in.relative().resolveSibling(in.relative().getFileName() + ".xlf"));
                XliffWriter.write(doc, version, xlf);
                long units = doc.units().size();
                List<Segment> segs = doc.segments();
                long w = doc.units().stream().filter(u -> u.translate())
                        .flatMap(u -> u.segments().stream()).mapToLong(s -> words.count(s.source().plainText())).sum();
                long hits = doc.units().stream().mapToLong(u -> u.terms().size()).sum();
                out.printf("%s -> %s: %d units, %d segments, %d words%s%n", in.file(), xlf, units, segs.size(), w,
                        terms.isPresent() ? ", " + hits + " term hits" : "");
                totalUnits += units;
                totalSegments += segs.size();
                totalWords += w;
                ok++;
            } catch (RuntimeException e) {
                failed++;
                err.println("glossa: " + ErrorHandler.describe(e));
                if (parent.verbose) e.printStackTrace(err);
            }
        }
        out.printf("total: %d files extracted, %d failed, %d units, %d segments, %d words%n", ok, failed, totalUnits,
                totalSegments, totalWords);
        out.flush();
        return failed > 0 || files.isEmpty() ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
    }

    static final class VersionConverter implements ITypeConverter<XliffVersion> {
        @Override
        public XliffVersion convert(String value) {
            return XliffVersion.fromLabel(value).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("'" + value + "' is not an XLIFF version Glossa writes (1.2 or 2.1)"));
        }
    }
}
