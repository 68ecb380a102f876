package org.glossa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.merge.Merger;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write translated documents from translated XLIFF files, under their original file names.")
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

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int ok = 0;
        int failed = 0;
        List<InputFiles.Input> files = InputFiles.expand(inputs, Set.of("xlf", "xliff", "sdlxliff", "mqxliff"));
        for (InputFiles.Input in : files) {
            try {
                for (Document doc : XliffReader.read(in.file())) {
                    Optional<Path> orig = Optional.ofNullable(original).or(() -> beside(in.file(), doc));
                    Path dir = in.relative().getParent() == null ? outDir : outDir.resolve(in.relative().getParent());
                    Path written = Merger.mergeInto(doc, orig, dir);
                    out.printf("%s -> %s%n", in.file(), written);
                    ok++;
                }
            } catch (Exception e) {
                failed++;
                err.println("glossa: " + ErrorHandler.describe(e));
                if (parent.verbose) e.printStackTrace(err);
            }
        }
        out.printf("total: %d documents written, %d failed%n", ok, failed);
        out.flush();
        return failed > 0 || files.isEmpty() ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
    }

    private static Optional<Path> beside(Path xliff, Document doc) {
        Path dir = xliff.toAbsolutePath().getParent();
        Path candidate = dir.resolve(Path.of(doc.name().replace('\\', '/')).getFileName().toString());
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
