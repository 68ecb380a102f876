package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.files.FileKind;
import org.glossa.core.merge.Merger;
import org.glossa.core.merge.ProtectedFiles;
import org.glossa.core.merge.TranslatedName;
import org.glossa.core.model.Document;
import org.glossa.core.text.WordCount;
import org.glossa.core.xliff.XliffReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write translated documents from translated XLIFF files, named after their originals with the"
                + " target language (article.txt -> article.de.txt); never over an input or the original.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(arity = "1..*", paramLabel = "XLIFF", description = "Translated XLIFF files or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "OUTDIR", description = "Output folder (default: current folder).")
    Path outDir;

    @Option(names = "--original", paramLabel = "FILE",
            description = "The original document, for XLIFF that does not carry it (other tools' files). By default"
                    + " Glossa uses the embedded original, else the file named in 'original' beside the XLIFF.")
    Path original;

    @Option(names = "--force", description = "Merge even when the outputs are newer than the XLIFF.")
    boolean force;

    @Option(names = "--json", description = "Print a JSON summary instead of the text lines: {\"files\", \"ok\","
            + " \"failed\", \"skipped\", \"units\", \"segments\", \"words\", \"errors\": [{file, message}],"
            + " \"outputs\": [{input, output, units, segments, words}]}.")
    boolean json;

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<InputFiles.Input> files = InputFiles.expand(inputs, FileKind.extensionsOf(FileKind.XLIFF), batch.selection);
        BatchReport report = new BatchReport(out, err, json, parent.verbose);
        List<Path> given = new ArrayList<>(files.stream().map(InputFiles.Input::file).toList());
        if (original != null) given.add(original);
        ProtectedFiles inputsOfRun = ProtectedFiles.of(given);
        batch.runner("merge", err).run(files, () -> in -> mergeOne(in, inputsOfRun), BatchReport.Written::segments, report::accept);
        if (json) {
            report.writeJson();
        } else {
            out.printf("total: %d documents written, %d failed%s%n", report.written, report.failed(), report.skippedSuffix());
            out.flush();
        }
        return report.exitCode();
    }

    private BatchRunner.Outcome<BatchReport.Written> mergeOne(InputFiles.Input in, ProtectedFiles inputsOfRun)
            throws IOException {
        List<Document> docs = XliffReader.read(in.file());
        Path dir = in.relative().getParent() == null ? outDir : outDir.resolve(in.relative().getParent());
        if (!force && !docs.isEmpty()) {
            List<Path> targets = docs.stream().map(d -> dir.resolve(fileName(d))).toList();
            List<Path> sources = original == null ? List.of(in.file()) : List.of(in.file(), original);
            boolean upToDate = true;
            for (Path t : targets) upToDate &= SourcePreparation.upToDate(t, sources);
            if (upToDate) return new BatchRunner.Skipped<>(in, targets);
        }
        List<BatchReport.Output> outputs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Document doc : docs) {
            Optional<Path> orig = Optional.ofNullable(original).or(() -> beside(in.file(), doc));
            // the original's name beside the XLIFF is protected even when the original travelled inside it
            Path besideName = in.file().toAbsolutePath().resolveSibling(Merger.safeName(doc.name()));
            Path written = Merger.mergeInto(doc, orig, dir, inputsOfRun.with(List.of(besideName)));
            WordCount words = new WordCount(doc.sourceLanguage());
            long w = doc.units().stream().filter(u -> u.translate())
                    .flatMap(u -> u.segments().stream()).mapToLong(s -> words.count(s.source().plainText())).sum();
            outputs.add(new BatchReport.Output(in.file(), written, doc.units().size(), doc.segments().size(), w));
            lines.add(in.file() + " -> " + written);
        }
        return new BatchRunner.Done<>(in, new BatchReport.Written(outputs, lines));
    }

    /** The name {@link Merger#mergeInto} writes under. */
    private static String fileName(Document doc) {
        return TranslatedName.of(doc);
    }

    private static Optional<Path> beside(Path xliff, Document doc) {
        Path dir = xliff.toAbsolutePath().getParent();
        Path candidate = dir.resolve(Path.of(doc.name().replace('\\', '/')).getFileName().toString());
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
