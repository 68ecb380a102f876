package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * Streams the entries of one language pair out of a TMX file, one unit at a time (nothing is held but the previous
 * unit's source hash). A unit yields an entry when it has a non-empty source and a target variant.
 *
 * <p>Languages match case-insensitively; a requested tag without region ("en") also matches any variant of that
 * language ("en-US") when there is no exact one.
 */
final class PairedUnits {
    static final String CONTEXT_PROP = "x-context-prev";

    private PairedUnits() {
    }

    /** Counts of a read: units in the file and entries delivered. */
    record Counts(long units, long entries) {
    }

    /**
     * An entry with {@link TextKey#matchHash} of its source: the exact-match key of its document, and the
     * {@link MemoryEntry#previous} of the entry after it, worked out once.
     */
    record Keyed(MemoryEntry entry, long key) {
    }

    static Counts read(Path tmx, String sourceLang, String targetLang, Consumer<Keyed> sink) throws IOException {
        String origin = tmx.getFileName().toString();
        long[] previous = {TextKey.NO_MATCH_HASH};
        long[] n = {0, 0};
        TmxReader.read(tmx, tu -> {
            n[0]++;
            Optional<Variant> src = variant(tu, sourceLang);
            long key = src.map(v -> TextKey.matchHash(v.content().plainText())).orElse(TextKey.NO_MATCH_HASH);
            Optional<MemoryEntry> entry = entry(tu, src, targetLang, origin, previous[0]);
            if (entry.isPresent()) {
                sink.accept(new Keyed(entry.get(), key));
                n[1]++;
            }
            previous[0] = key;
        });
        return new Counts(n[0], n[1]);
    }

    /**
     * The entry of one unit for the pair, when it has a non-empty source and a target.
     *
     * @param previous {@link TextKey#matchHash} of the source of the unit before it in its file, or {@link TextKey#NO_MATCH_HASH}
     */
    static Optional<MemoryEntry> entry(TranslationUnit tu, String sourceLang, String targetLang, String origin,
                                       long previous) {
        return entry(tu, variant(tu, sourceLang), targetLang, origin, previous);
    }

    private static Optional<MemoryEntry> entry(TranslationUnit tu, Optional<Variant> src, String targetLang,
                                               String origin, long previous) {
        Optional<Variant> trg = variant(tu, targetLang);
        if (src.isEmpty() || trg.isEmpty() || src.get().content().plainText().isBlank()) return Optional.empty();
        long prop = tu.properties().stream().filter(p -> p.type().equals(CONTEXT_PROP)).findFirst()
                .map(Property::value).map(TextKey::matchHash).orElse(TextKey.NO_MATCH_HASH);
        return Optional.of(new MemoryEntry(src.get().content(), trg.get().content(), tu.tuid(), origin,
                changed(tu, trg.get()), previous, prop));
    }

    /** The newest change (or creation) date of the unit or its target variant. */
    private static Optional<Instant> changed(TranslationUnit tu, Variant target) {
        Optional<Instant> unit = tu.changeDate().or(tu::creationDate);
        Optional<Instant> variant = target.changeDate().or(target::creationDate);
        if (unit.isEmpty()) return variant;
        if (variant.isEmpty()) return unit;
        return Optional.of(unit.get().isAfter(variant.get()) ? unit.get() : variant.get());
    }

    static Optional<Variant> variant(TranslationUnit tu, String language) {
        Optional<Variant> exact = tu.variant(language);
        if (exact.isPresent() || language.contains("-")) return exact;
        // the first variant whose language, lower-cased, starts with language + "-" lower-cased; compared in place
        // when both are ASCII (lower case there is A-Z), without two lower-cased copies per unit
        int n = language.length();
        boolean ascii = ascii(language);
        String prefix = null;
        for (Variant v : tu.variants()) {
            String l = v.language();
            if (ascii && ascii(l)) {
                if (l.length() > n && l.charAt(n) == '-' && l.regionMatches(true, 0, language, 0, n)) {
                    return Optional.of(v);
                }
            } else {
                if (prefix == null) prefix = language.toLowerCase(Locale.ROOT) + "-";
                if (l.toLowerCase(Locale.ROOT).startsWith(prefix)) return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
