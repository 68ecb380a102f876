package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.InputException;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.analysis.AnalysisReport;
import org.glossa.core.analysis.Band;
import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.project.Project;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.report.ReportFormat;
import org.glossa.core.qa.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a project: extract every source into OUTPUT/xliff (glossary terms marked, pre-translated from"
                + " the memories and memories/project.tmx; a glossary or memory may be a server's termbase or memory URL; the translations of an earlier XLIFF carried over, those"
                + " whose source changed reported), QA those XLIFF files with the glossaries (OUTPUT/reports/qa.html, qa.json), then"
                + " analyse the sources against the memories with the matches the pre-translation found"
                + " (OUTPUT/reports/analysis.json, analysis.html).",
                "QA checks only the segments that have a target (pre-translated or translated earlier): a freshly"
                + " extracted segment without one is work to do, not an error."},
        footer = {"", "Exit codes: 0 every step ran and QA found no error, 1 QA found errors, 2 an invalid project file"
                + " or a file that could not be read (the other files are still processed)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(paramLabel = "PROJECT", description = "The project folder or its " + ProjectFile.FILE_NAME + ".")
    Path projectArg;

    @Option(names = "--force", description = "Extract even the sources whose XLIFF is newer than them and the"
            + " glossaries and memories.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (errors are still reported).")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Project project = ProjectFile.read(projectArg);
        if (project.sources().isEmpty()) {
            throw new InputException(ProjectFile.locate(projectArg).toString(), "sources: no source file matches");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputFiles.Input> sources = project.sources().stream()
                .map(f -> new InputFiles.Input(f, project.relative(f)))
                .toList();

        // the project's server memories and termbases (URL entries), checked and loaded before any work starts
        SourcePreparation.Shared shared = Resources.shared(project.memoryUrls(), project.glossaryUrls(),
                project.sourceLanguage(), project.targetLanguage());
        ExtractJob extract = new ExtractJob(new ExtractJob.Settings(SourcePreparation.Settings.of(project),
                in -> project.xliffOf(in.file()), force, shared));
        // the per-file lines are left out: run prints one line per step
        BatchReport extracted = new BatchReport(new PrintWriter(Writer.nullWriter()), err, false, parent.verbose);
        Analysis.Counter analysis = new Analysis.Counter();
        extract.run(sources, runner("extract", err), extracted, Optional.of(analysis));
        out.printf("extract: %d files -> %s: %d written, %d up to date, %d failed; %d units, %d segments, %d words;"
                        + " pre-translated %d exact + %d fuzzy%s%n", extracted.files, project.xliffFolder(),
                extracted.ok, extracted.skipped, extracted.failed(), extracted.units, extracted.segments,
                extracted.words, extract.filled().exact, extract.filled().fuzzy, extract.filled().carrySuffix());
        for (String line : extract.filled().carryLines) out.println("  " + line);
        out.flush();

        List<InputFiles.Input> xliff = sources.stream()
                .map(in -> new InputFiles.Input(extract.outputFor(in), in.relative()))
                .filter(in -> Files.isRegularFile(in.file())).toList();
        Path qaHtml = project.reportsFolder().resolve("qa.html");
        Path qaJson = project.reportsFolder().resolve("qa.json");
        int qaFailed;
        long errors;
        try (QaJob.Result qa = new QaJob(new Resources.Glossaries(project.glossaries(), shared.glossaries()), Optional.of(project.sourceLanguage()),
                Optional.of(project.targetLanguage()), Set.of(), Optional.of(project.folder()), project.houseStyle())
                .run(xliff, runner("qa", err), err, parent.verbose, p -> !p.targetText().isBlank())) {
            QaReport report = qa.report();
            ReportWriter.write(report, ReportFormat.HTML, qaHtml);
            ReportWriter.write(report, ReportFormat.JSON, qaJson);
            errors = report.countsBySeverity().get(Severity.ERROR);
            qaFailed = qa.failed();
            out.printf("qa: %d files, %d segments with a target checked (%d without one not checked), %d errors,"
                            + " %d warnings -> %s, %s%n", report.files().size(), report.segments(), qa.unchecked(),
                    errors, report.countsBySeverity().get(Severity.WARNING), qaHtml, qaJson);
        }
        out.flush();

        Analysis.Result analysed = analysis.result();
        Path anJson = project.reportsFolder().resolve("analysis.json");
        Path anHtml = project.reportsFolder().resolve("analysis.html");
        AnalysisReport.write(analysed, AnalysisReport::json, anJson);
        AnalysisReport.write(analysed, AnalysisReport::html, anHtml);
        var total = analysed.total();
        out.printf("analysis: %d files, %d words: %d in 101, %d in 100, %d fuzzy, %d no match, %d repetitions -> %s, %s%n",
                analysed.files().size(), total.totalWords(), total.words(Band.CONTEXT), total.words(Band.EXACT),
                total.words(Band.FUZZY_95) + total.words(Band.FUZZY_85) + total.words(Band.FUZZY_75) + total.words(Band.FUZZY_50),
                total.words(Band.NO_MATCH), total.words(Band.REPETITION), anJson, anHtml);
        out.flush();

        if (extracted.failed() > 0 || qaFailed > 0) return ExitCodes.USAGE_OR_INPUT;
        return errors > 0 ? ExitCodes.QA_FINDINGS : ExitCodes.OK;
    }

    private BatchRunner runner(String task, PrintWriter err) {
        return new BatchRunner(Runtime.getRuntime().availableProcessors(),
                quiet ? Progress.none() : Progress.forStderr(task, err));
    }
}
