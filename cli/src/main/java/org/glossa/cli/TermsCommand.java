package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.files.FileKind;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.match.TermHits;
import org.glossa.core.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "List the glossary terms found in each segment of documents or XLIFF files.")
final class TermsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    GlossaCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or XLIFF files, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-g", "--glossary"}, required = true, paramLabel = "GLOSSARY",
            description = "TBX, CSV or TSV glossary, or a server's termbase http(s)://HOST:PORT/termbases/NAME (repeatable).")
    List<String> glossaries;

    @picocli.CommandLine.Mixin
    LanguagePair languages = new LanguagePair();

    @Option(names = "--json", description = "{\"hits\": [{file, unit, segment, term, start, end, targets, status}]}")
    boolean json;

    @picocli.CommandLine.Mixin
    BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() throws Exception {
        languages.check();
        String source = languages.source;
        String target = languages.target;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> extensions = new java.util.HashSet<>(ExtractCommand.EXTENSIONS);
        extensions.addAll(FileKind.XLIFF.extensions());
        // one annotator per language pair (TermAnnotator is thread-safe); files are read in parallel, hits kept in input order
        Map<String, TermAnnotator> annotators = new ConcurrentHashMap<>();
        Resources.Glossaries glossarySet = Resources.glossaries(glossaries);
        BatchRunner.Collected<List<TermHits.Hit>> found = batch.runner("terms", err).collect(
                InputFiles.expand(inputs, extensions, batch.selection), in -> {
                    ExtractOptions options = new ExtractOptions(or(source, "en"), or(target, "de"));
                    Document doc = source != null && target != null ? Documents.openForPair(in.file(), options)
                            : Documents.open(in.file(), options);
                    String src = source != null ? source : doc.sourceLanguage();
                    String trg = target != null ? target : doc.targetLanguage().orElse("de");
                    TermAnnotator annotator = annotators.computeIfAbsent(src + ">" + trg,
                            k -> new TermAnnotator(glossarySet.read(src, trg), src, trg));
                    return new BatchRunner.Done<>(in, TermHits.find(in.file().toString(), doc, annotator));
                }, List::size, err, parent.verbose);
        List<TermHits.Hit> hits = found.results().stream().flatMap(List::stream).toList();
        int failed = found.failed();
        if (json) TermHits.writeJson(hits, out);
        else TermHits.writeText(hits, out);
        out.flush();
        return failed > 0 ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
    }

    private static String or(String v, String dflt) {
        return v == null ? dflt : v;
    }

}
