package org.glossa.core.qa;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.io.SafeXml;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxPairs;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.glossa.core.xliff.XliffReader;

/** Turns the files QA is given (XLIFF 1.2/2.x, TMX 1.4b) into segment pairs. */
public final class QaInputs {
    /** How many XML elements {@link #languages(Path)} reads before it gives up. */
    private static final int LANGUAGES_WITHIN = 8;

    private QaInputs() {
    }

    /** The source and target language an XLIFF file declares first. */
    public record Languages(String source, String target) {
    }

    /**
     * The language pair an XLIFF file declares first ({@code srcLang}/{@code trgLang} of an XLIFF 2 root, or
     * {@code source-language}/{@code target-language} of an XLIFF 1.2 {@code <file>}), read from its first few
     * elements only: what a run over it will most likely check, known before it is read. Empty for a TMX file, a file
     * without a target language in those elements, or one that cannot be read (reading it later reports why).
     */
    public static Optional<Languages> languages(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader r = SafeXml.open(in, file.toString());
            try {
                for (int elements = 0; elements < LANGUAGES_WITHIN && r.hasNext(); ) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                    elements++;
                    String name = r.getLocalName();
                    Optional<Languages> found = name.equals("xliff") ? pair(r, "srcLang", "trgLang")
                            : name.equals("file") ? pair(r, "source-language", "target-language") : Optional.empty();
                    if (found.isPresent() || name.equals("file") || name.equals("tmx")) return found;
                }
                return Optional.empty();
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Languages> pair(XMLStreamReader r, String source, String target) {
        String s = r.getAttributeValue(null, source);
        String t = r.getAttributeValue(null, target);
        if (s == null || t == null || s.isBlank() || t.isBlank()) return Optional.empty();
        return Optional.of(new Languages(s.strip(), t.strip()));
    }

    /** The pairs of one file; {@code name} is how reports name it. Languages from the file unless given. */
    public static List<SegmentPair> read(Path file, String name, Optional<String> source, Optional<String> target)
            throws IOException {
        return read(file, name, source, target, w -> { });
    }

    /**
     * As {@link #read(Path, String, String, Optional, Optional)}; with {@code -s}/{@code -t} given, an XLIFF file for
     * another pair, or a TMX without a unit of the pair, is an {@link InputException} naming the pairs it holds, and
     * a TMX that also holds other pairs gives {@code warnings} the counts (its other units are left out).
     */
    public static List<SegmentPair> read(Path file, String name, Optional<String> source, Optional<String> target,
                                         Consumer<String> warnings) throws IOException {
        if (FileKindDetector.isTmx(file)) {
            return tmx(file, name, source, target, warnings);
        }
        List<SegmentPair> out = new ArrayList<>();
        for (Document doc : XliffReader.read(file)) {
            if (source.isPresent() && target.isPresent()) {
                LanguagePairs.requireSame(name, doc.sourceLanguage(), doc.targetLanguage(), source.get(), target.get());
            }
            out.addAll(QaEngine.pairs(name, doc, source, target));
        }
        return out;
    }

    /**
     * One pair per translation unit: the source variant in the unit's, header's or given source language, the target
     * variant in the given target language, or else the first other language. {@code unit} is the tuid, or the
     * 1-based position when there is none.
     */
    static List<SegmentPair> tmx(Path file, String name, Optional<String> source, Optional<String> target,
                                 Consumer<String> warnings) throws IOException {
        List<SegmentPair> out = new ArrayList<>();
        LanguagePairs pairs = new LanguagePairs();
        String src;
        try (TmxReader r = TmxReader.open(file)) {
            TmxHeader h = r.header();
            src = source.orElse(h.sourceLanguage());
            r.units().forEach(tu -> {
                if (target.isPresent()) {
                    TmxPairs.count(pairs, tu, h.sourceLanguage(), src);
                    // a unit of another pair (en→fr in an en→de run) is left out, not an empty target
                    if (!TmxPairs.hasTarget(tu, src, target.get()) && TmxPairs.hasOtherLanguage(tu, src)) return;
                }
                pair(name, h, tu, source, target).ifPresent(out::add);
            });
        }
        if (target.isPresent()) {
            pairs.check(name, "units", src, target.get()).ifPresent(warnings);
        }
        return out;
    }

    private static Optional<SegmentPair> pair(String name, TmxHeader h, TranslationUnit tu, Optional<String> source,
                                              Optional<String> target) {
        String src = source.or(tu::sourceLanguage)
                .orElse(TmxHeader.ALL_LANGUAGES.equals(h.sourceLanguage()) ? "" : h.sourceLanguage());
        Optional<Variant> s = tu.variants().stream().filter(v -> src.isEmpty() || LanguageTags.matches(v.language(), src)).findFirst();
        if (s.isEmpty()) return Optional.empty();
        Optional<Variant> t = target.isPresent()
                ? tu.variants().stream().filter(v -> LanguageTags.matches(v.language(), target.get())).findFirst()
                : tu.variants().stream().filter(v -> !LanguageTags.matches(v.language(), s.get().language())).findFirst();
        if (t.isEmpty() && target.isEmpty()) {
            throw new InputException(name, "unit " + unitId(tu) + " has no target language variant; give the language with -t");
        }
        String unit = unitId(tu);
        String trgLang = t.map(Variant::language).orElse(target.orElse(""));
        return Optional.of(new SegmentPair(name, unit, "1", s.get().content(), t.map(Variant::content).orElse(Content.EMPTY),
                s.get().language(), trgLang));
    }

    private static String unitId(TranslationUnit tu) {
        return tu.tuid().isEmpty() ? String.valueOf(tu.position()) : tu.tuid();
    }
}
