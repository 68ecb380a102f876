package org.glossa.core.tmx;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.output.Csv;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.io.AtomicFiles;

/** Writes the units of memories that have both languages of a pair to a TMX 1.4b file, or to CSV (source, target, tuid). */
public final class TmxExport {
    private TmxExport() {
    }

    /**
     * @return how many units were written
     * @throws org.glossa.core.InputException for a memory without a unit of the pair that holds other pairs, naming
     *                                        the pairs it holds (checked before anything is written)
     */
    public static long run(List<Path> inputs, Path output, String source, String target) throws IOException {
        for (Path in : inputs) {
            LanguagePairs pairs = new LanguagePairs();
            try (TmxReader r = TmxReader.open(in)) {
                String header = r.header().sourceLanguage();
                for (var it = r.iterator(); it.hasNext(); ) TmxPairs.count(pairs, it.next(), header, source);
            }
            pairs.check(in.toString(), "units", source, target);
        }
        if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) return csv(inputs, output, source, target);
        long[] n = {0};
        try (TmxWriter w = TmxWriter.open(output, TmxHeader.glossa(source, "plaintext"))) {
            try {
                for (Path in : inputs) {
                    try (TmxReader r = TmxReader.open(in)) {
                        for (var it = r.iterator(); it.hasNext(); ) {
                            TranslationUnit tu = it.next();
                            Optional<Variant> s = find(tu, source);
                            Optional<Variant> t = find(tu, target);
                            if (s.isEmpty() || t.isEmpty()) continue;
                            w.write(new TranslationUnit(tu.tuid(), 0, Optional.empty(), tu.properties(), tu.notes(), tu.creationDate(),
                                    tu.changeDate(), tu.creationId(), tu.changeId(), List.of(s.get(), t.get())));
                            n[0]++;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                w.abort();
                throw e;
            }
        }
        return n[0];
    }

    private static long csv(List<Path> inputs, Path output, String source, String target) throws IOException {
        long[] n = {0};
        AtomicFiles.write(output, os -> {
            Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            out.write(Csv.BOM);
            Csv.row(out, List.of(source, target, "tuid"));
            for (Path in : inputs) {
                try (TmxReader r = TmxReader.open(in)) {
                    for (var it = r.iterator(); it.hasNext(); ) {
                        TranslationUnit tu = it.next();
                        Optional<Variant> s = find(tu, source);
                        Optional<Variant> t = find(tu, target);
                        if (s.isEmpty() || t.isEmpty()) continue;
                        Csv.row(out, List.of(s.get().content().plainText(), t.get().content().plainText(), tu.tuid()));
                        n[0]++;
                    }
                }
            }
            out.flush();
        });
        return n[0];
    }

    private static Optional<Variant> find(TranslationUnit tu, String language) {
        return tu.variants().stream().filter(v -> LanguageTags.matches(v.language(), language)).findFirst();
    }
}
