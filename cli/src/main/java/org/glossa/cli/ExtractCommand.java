package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.client.mt.MtClients;
import org.glossa.core.InputException;
import org.glossa.core.mt.MachineTranslator;
import org.glossa.core.mt.MtSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true, modelTransformer = LanguagePair.Required.class,
        description = "Extract documents (text, HTML, DOCX, Markdown, PDF) into XLIFF, one OUTDIR/<file name>.xlf per input.")
final class ExtractCommand implements Callable<Integer> {
    static final Set<String> EXTENSIONS = org.glossa.core.extract.Documents.EXTENSIONS;

    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (searched recursively).")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    LanguagePair languages = new LanguagePair();

    @Option(names = "--xliff", defaultValue = "2.1", paramLabel = "VERSION", converter = VersionConverter.class,
            description = "XLIFF version to write: 1.2 or 2.1 (default: ${DEFAULT-VALUE}).")
    XliffVersion version;

    @Option(names = "--srx", paramLabel = "FILE", description = "SRX 2.0 rules to segment with instead of the default rules.")
    Path srx;

    @Option(names = {"-g", "--glossary"}, paramLabel = "GLOSSARY",
            description = "Mark the terms of this TBX, CSV or TSV glossary in the XLIFF (repeatable); or of a server's"
                    + " termbase: http(s)://HOST:PORT/termbases/NAME.")
    List<String> glossaries = List.of();

    @Option(names = "--tm", paramLabel = "TMX",
            description = "Pre-translate from this TMX memory, or a server's memory http(s)://HOST:PORT/memories/NAME"
                    + " (repeatable): exact and context matches fill targets as"
                    + " translated, fuzzy matches at or above --tm-threshold as unconfirmed; the best matches are"
                    + " recorded (XLIFF 1.2 alt-trans, XLIFF 2 matches module).")
    List<String> memories = List.of();

    @Option(names = "--tm-threshold", defaultValue = "75", paramLabel = "SCORE",
            description = "Lowest match score that fills a target (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(names = "--mt", description = "Machine-translate the segments the memories leave empty, as unconfirmed"
            + " (never final; the suggestion recorded with score 70, origin \"MT: <service>\"): the service of"
            + " ~/.config/glossa/mt.properties or GLOSSA_MT_PROVIDER, GLOSSA_MT_URL, GLOSSA_MT_KEY (DeepL API or"
            + " LibreTranslate API).")
    boolean mt;

    @Option(names = "--copy-source", description = "Copy the source into the targets left empty, marked as still to"
            + " translate (XLIFF 1.2 state=\"needs-translation\", 2.1 state=\"initial\"): for tools that translate"
            + " over the target, such as OmegaT. merge and qa count an unchanged copy as untranslated.")
    boolean copySource;

    @Option(names = "--its-terms", description = "XLIFF 1.2: give the glossary terms ITS 2.0 term info as well"
            + " (itsxlf:termInfo, for Okapi's ITS readers); the file is then valid against the transitional schema"
            + " only, not the strict one.")
    boolean itsTerms;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "OUTDIR", description = "Output folder (default: current folder).")
    Path outDir;

    @Option(names = "--force", description = "Extract even when OUTDIR/<name>.xlf is newer than the input and the"
            + " glossaries, memories and SRX rules. The translations of an existing OUTDIR/<name>.xlf are carried"
            + " over to the new one either way (by segment source text); those whose source changed are reported,"
            + " and the previous file is kept as <name>.xlf.bak.")
    boolean force;

    @Option(names = "--json", description = "Print a JSON summary instead of the text lines: {\"files\", \"ok\","
            + " \"failed\", \"skipped\", \"units\", \"segments\", \"words\", \"errors\": [{file, message}],"
            + " \"outputs\": [{input, output, units, segments, words}]}.")
    boolean json;

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() throws Exception {
        languages.check();
        ExtractOptions options = new ExtractOptions(languages.source, languages.target, Optional.ofNullable(srx));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<InputFiles.Input> files = InputFiles.expand(inputs, EXTENSIONS, batch.selection);
        BatchReport report = new BatchReport(out, err, json, parent.verbose);
        ExtractJob job = new ExtractJob(new ExtractJob.Settings(new SourcePreparation.Settings(options,
                Resources.files(glossaries), Resources.files(memories), Optional.empty(), threshold, version, copySource,
                itsTerms), ExtractJob.Output.under(outDir), force,
                Resources.shared(memories, glossaries, languages.source, languages.target)));
        if (mt) job.machineTranslating(machineTranslator(languages.source, languages.target));
        job.run(files, batch.runner("extract", err), report);
        if (json) {
            report.writeJson();
        } else {
            out.printf("total: %d files extracted, %d failed, %d units, %d segments, %d words%s%s%n", report.ok,
                    report.failed(), report.units, report.segments, report.words, report.skippedSuffix(),
                    job.filled().carrySuffix());
            if (mt) out.printf("machine-translated %d segments (unconfirmed)%n", job.machineTranslated());
            out.flush();
        }
        return report.exitCode();
    }

    /** The configured service; an input error when none is configured or it lacks the language pair. */
    static MachineTranslator machineTranslator(String source, String target) throws java.io.IOException {
        MtSettings settings = MtSettings.ofUser().orElseThrow(() -> new InputException("--mt",
                "machine translation is not configured: put provider (deepl or libretranslate), url and key into "
                        + MtSettings.userFile() + ", or set GLOSSA_MT_PROVIDER, GLOSSA_MT_URL and GLOSSA_MT_KEY"));
        MachineTranslator mt = MtClients.translator(settings);
        if (!mt.supports(source, target)) {
            throw new InputException("--mt", mt.name() + " does not translate " + source + " into " + target);
        }
        return mt;
    }

    static final class VersionConverter implements ITypeConverter<XliffVersion> {
        @Override
        public XliffVersion convert(String value) {
            return XliffVersion.fromLabel(value).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("'" + value + "' is not an XLIFF version Glossa writes (1.2 or 2.1)"));
        }
    }
}
