package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.files.FileKind;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.qa.check.QuoteStyle;
import org.glossa.core.qa.report.ReportFormat;
import org.glossa.core.qa.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Check translated XLIFF and TMX files: glossary terms, numbers, tags, untranslated and empty"
                + " targets, punctuation, spaces, URLs, language, consistency across files.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage errors or"
                + " unreadable input (the other files are still checked)."})
final class QaCommand implements Callable<Integer> {
    static final Set<String> EXTENSIONS = FileKind.extensionsOf(FileKind.XLIFF, FileKind.TMX);

    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "XLIFF (1.2, 2.x) or TMX files, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-g", "--glossary"}, paramLabel = "GLOSSARY",
            description = "TBX, CSV or TSV glossary, or a server's termbase http(s)://HOST:PORT/termbases/NAME (repeatable).")
    List<String> glossaries = List.of();

    @picocli.CommandLine.Mixin
    LanguagePair languages = new LanguagePair();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, json, html or csv (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT", description = "Write the report to this file (default: standard output).")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--disable", split = ",", paramLabel = "CHECK", description = "Checks to turn off, e.g. length-ratio,wrong-language.")
    Set<String> disabled = Set.of();

    @Option(names = "--quotes", paramLabel = "PAIRS", converter = QuoteStyleConverter.class,
            description = "The target's quotation marks (a house style): pairs of an opening and a closing mark, the"
                    + " primary pair first, e.g. \"»« ›‹\" (default: the target language's own from ICU, with German »…« accepted too).")
    QuoteStyle quotes;

    @picocli.CommandLine.Mixin
    BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() throws IOException {
        Optional<Severity> threshold = failOn.equals("never") ? Optional.empty() : Optional.of(Severity.fromId(failOn)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--fail-on: '" + failOn + "' is not one of error, warning, never")));
        languages.check();
        List<InputFiles.Input> inputFiles = InputFiles.expand(inputs, EXTENSIONS, batch.selection);
        // the dictionary and the language model load while the glossaries are read and the checks built
        QaJob.prepareAhead(inputFiles, Optional.ofNullable(languages.source), Optional.ofNullable(languages.target), disabled);
        QaJob job = new QaJob(Resources.glossaries(glossaries), Optional.ofNullable(languages.source), Optional.ofNullable(languages.target), disabled,
                new HouseStyle(Optional.ofNullable(quotes)));
        PrintWriter err = spec.commandLine().getErr();
        try (QaJob.Result result = job.run(inputFiles, batch.runner("qa", err), err, parent.verbose, p -> true)) {
            QaReport report = result.report();
            if (output == null) {
                ReportWriter.write(report, format, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
            } else {
                ReportWriter.write(report, format, output);
                err.printf("%s: %d issues in %d segments%n", output, report.issues(), report.segments());
            }
            if (result.failed() > 0) return ExitCodes.USAGE_OR_INPUT;
            boolean fail = threshold.isPresent() && report.anyAtLeast(threshold.get());
            return fail ? ExitCodes.QA_FINDINGS : ExitCodes.OK;
        }
    }


    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromId(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a report format (text, json, html, csv)"));
        }
    }


    /** Reads --quotes: "»« ›‹". */
    static final class QuoteStyleConverter implements ITypeConverter<QuoteStyle> {
        @Override
        public QuoteStyle convert(String value) {
            try {
                return QuoteStyle.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
