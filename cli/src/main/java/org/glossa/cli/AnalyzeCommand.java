package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.analysis.AnalysisReport;
import org.glossa.core.files.FileKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Word counts per match band (101, 100, 95-99, 85-94, 75-84, 50-74, no match) and repetitions,"
                + " per file and in total, for quoting. Words by ICU word boundaries; a number is one word; inline"
                + " codes and punctuation are not words; page furniture does not count.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or XLIFF files, or directories of them.")
    List<Path> inputs;

    @Option(names = "--tm", paramLabel = "TMX",
            description = "TMX memory, or a server's memory http(s)://HOST:PORT/memories/NAME (repeatable).")
    List<String> tmx = List.of();

    @picocli.CommandLine.Mixin
    LanguagePair languages = new LanguagePair();

    @picocli.CommandLine.Mixin
    BatchOptions batch = new BatchOptions();

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "{\"files\": [...], \"total\": {\"words\", \"segments\", \"bands\": {\"101\": words, …}}}")
        boolean json;

        @Option(names = "--csv", description = "CSV, one row per file and a total row.")
        boolean csv;

        @Option(names = "--html", description = "One self-contained HTML page.")
        boolean html;
    }

    @Override
    public Integer call() throws IOException {
        languages.check();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> extensions = new java.util.HashSet<>(ExtractCommand.EXTENSIONS);
        extensions.addAll(FileKind.XLIFF.extensions());
        AnalysisJob.Result analysed = AnalysisJob.run(InputFiles.expand(inputs, extensions, batch.selection), tmx,
                languages.source, languages.target, batch.runner("analyze", err), err, parent.verbose);
        Analysis.Result result = analysed.analysis();
        int failed = analysed.failed();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) AnalysisReport.json(result, out);
        else if (format.csv) AnalysisReport.csv(result, out);
        else if (format.html) AnalysisReport.html(result, out);
        else AnalysisReport.text(result, out);
        out.flush();
        return failed > 0 ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
    }
}
