package org.glossa.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.files.FileKind;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.match.TermHit;
import org.glossa.core.output.Json;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
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

    record Hit(String file, String unit, String segment, String term, int start, int end, String text,
               List<TermMark.Target> targets, String status) {
    }

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
        BatchRunner.Collected<List<Hit>> found = batch.runner("terms", err).collect(
                InputFiles.expand(inputs, extensions, batch.selection), in -> {
                    Document doc = Documents.open(in.file(), new ExtractOptions(or(source, "en"), or(target, "de")));
                    String src = source != null ? source : doc.sourceLanguage();
                    String trg = target != null ? target : doc.targetLanguage().orElse("de");
                    TermAnnotator annotator = annotators.computeIfAbsent(src + ">" + trg,
                            k -> new TermAnnotator(glossarySet.read(src, trg), src, trg));
                    return new BatchRunner.Done<>(in, hits(in, doc, annotator));
                }, List::size, err, parent.verbose);
        List<Hit> hits = found.results().stream().flatMap(List::stream).toList();
        int failed = found.failed();
        if (json) writeJson(hits, out);
        else writeText(hits, out);
        out.flush();
        return failed > 0 ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
    }

    private static List<Hit> hits(InputFiles.Input in, Document doc, TermAnnotator annotator) {
        List<Hit> hits = new ArrayList<>();
        for (Unit u : doc.units()) {
            for (Segment s : u.segments()) {
                for (TermHit h : annotator.find(s.source().plainText())) {
                    hits.add(new Hit(in.file().toString(), u.id(), s.id(), h.term().text(), h.start(), h.end(),
                            h.matchedText(), annotator.targets(h.concept(), h.term()), h.term().status().id()));
                }
            }
        }
        return hits;
    }

    private static String or(String v, String dflt) {
        return v == null ? dflt : v;
    }

    private static void writeText(List<Hit> hits, PrintWriter out) {
        String lastFile = "";
        for (Hit h : hits) {
            if (!h.file().equals(lastFile)) {
                out.println(h.file());
                lastFile = h.file();
            }
            StringBuilder t = new StringBuilder();
            for (TermMark.Target x : h.targets()) {
                if (t.length() > 0) t.append(", ");
                t.append(x.text());
                if (!x.status().isEmpty() && !x.status().equals("preferred")) t.append(" (").append(x.status()).append(')');
            }
            out.printf("  %s/%s %d-%d  %s → %s%n", h.unit(), h.segment(), h.start(), h.end(), h.text(), t);
        }
        out.printf("%d term hits%n", hits.size());
    }

    private static void writeJson(List<Hit> hits, PrintWriter out) throws java.io.IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("hits");
            for (Hit h : hits) {
                g.writeStartObject();
                g.writeStringField("file", h.file());
                g.writeStringField("unit", h.unit());
                g.writeStringField("segment", h.segment());
                g.writeStringField("term", h.term());
                g.writeNumberField("start", h.start());
                g.writeNumberField("end", h.end());
                g.writeStringField("text", h.text());
                g.writeArrayFieldStart("targets");
                for (TermMark.Target t : h.targets()) {
                    g.writeStartObject();
                    g.writeStringField("term", t.text());
                    g.writeStringField("status", t.status());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("status", h.status());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

}
