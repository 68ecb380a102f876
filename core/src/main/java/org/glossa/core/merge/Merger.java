package org.glossa.core.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.format.DocumentFormat;
import org.glossa.core.format.FormatDetector;
import org.glossa.core.format.Formats;
import org.glossa.core.format.TextDecoding;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;
import org.glossa.core.model.Unit;

/**
 * Writes the translated document: the original, with each translated block replaced by its units' targets.
 * Segments without a target (or with the source copied unchanged, {@link org.glossa.core.model.Segment#translation()})
 * fall back to their source; units sharing an origin (a caption and its credit) are joined in order; blocks with no
 * translated segment are left exactly as they were. The units of another tool's XLIFF (no original inside) are first
 * placed in the original's blocks by {@link OriginalAlignment}, which refuses what it cannot place.
 */
public final class Merger {
    private Merger() {
    }

    /**
     * @param doc          the translated document (read from XLIFF)
     * @param originalFile where the original is when it did not travel inside the XLIFF
     */
    public static void merge(Document doc, Optional<Path> originalFile, OutputStream out) {
        Original original = original(doc, originalFile);
        Format format = doc.format() == Format.UNKNOWN ? FormatDetector.detect(original.bytes(), doc.name()) : doc.format();
        if (!format.mergeable()) {
            throw new InputException(doc.name(), format.id().toUpperCase() + " is extraction only: Glossa cannot write a"
                    + " translated " + format.id().toUpperCase() + " (translate from the XLIFF, or export another format)");
        }
        if (format == Format.TEXT || format == Format.MARKDOWN) {
            original = new Original(original.bytes(), TextDecoding.detect(original.bytes(), doc.name()));
        }
        String target = doc.targetLanguage().orElseThrow(() ->
                new InputException(doc.name(), "no target language in the XLIFF; cannot merge"));
        DocumentFormat writer = Formats.forFormat(format);
        Map<String, Content> translations = doc.original().isPresent()
                ? translations(doc.units())
                // another tool's XLIFF: its units and codes are placed in the original's blocks, or refused
                : OriginalAlignment.translations(doc.units(), writer.read(original, doc.name(), doc.sourceLanguage()),
                        doc.name(), originalFile.map(f -> f.getFileName().toString()).orElse(doc.name()));
        writer.write(original, doc.name(), doc.sourceLanguage(), target, translations, out);
    }

    /**
     * Merges into {@code outDir} under the {@link TranslatedName} ({@code article.de.txt}), atomically; returns the
     * path written. Refuses (an {@link InputException}) an output that is one of {@code inputs} or the original file.
     */
    public static Path mergeInto(Document doc, Optional<Path> originalFile, Path outDir, ProtectedFiles inputs)
            throws IOException {
        Path target = outDir.resolve(TranslatedName.of(doc));
        inputs.with(originalFile.stream().toList()).refuse(target);
        AtomicFiles.write(target, out -> merge(doc, originalFile, out));
        return target;
    }

    /** Block origin → translated content, for the blocks that have at least one translated segment. */
    static Map<String, Content> translations(List<Unit> units) {
        Map<String, List<Unit>> byOrigin = new LinkedHashMap<>();
        for (Unit u : units) byOrigin.computeIfAbsent(u.origin(), k -> new java.util.ArrayList<>()).add(u);
        Map<String, Content> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Unit>> e : byOrigin.entrySet()) {
            boolean translated = e.getValue().stream()
                    .anyMatch(u -> u.translate() && u.segments().stream().anyMatch(s -> s.translation().isPresent()));
            if (!translated) continue;
            Content c = Content.EMPTY;
            for (Unit u : e.getValue()) c = c.append(u.translate() ? u.targetOrSource() : u.source());
            out.put(e.getKey(), c);
        }
        return out;
    }

    private static Original original(Document doc, Optional<Path> originalFile) {
        if (doc.original().isPresent()) return doc.original().get();
        Path file = originalFile.orElseThrow(() -> new InputException(doc.name(),
                "the XLIFF carries no original document and none was found beside it; give it with --original"));
        try {
            return new Original(Files.readAllBytes(file), "UTF-8");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the original: " + e.getMessage(), e);
        }
    }

    /** Only the file name, so an XLIFF cannot make merge write outside the output folder. */
    public static String safeName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.isBlank() || n.equals(".") || n.equals("..")) throw new InputException(name, "not a usable file name");
        return n;
    }
}
