package org.glossa.core.mt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.model.Content;

/**
 * Translates segments with a {@link MtProvider}: inline codes protected and restored ({@link MtCodes}), texts already
 * in the {@link MtCache} not sent again, the rest sent in batches of the provider's size at the {@link RateLimit}'s
 * pace, identical texts once. Suggestions score {@link #SCORE} (never above 99) and are never final.
 */
public final class MachineTranslator {
    /** The score machine translations are shown and recorded with: a fuzzy match's, never an exact one's. */
    public static final int SCORE = 70;

    private final MtProvider provider;
    private final MtCache cache;
    private final RateLimit rate;

    public MachineTranslator(MtProvider provider, MtCache cache, RateLimit rate) {
        this.provider = provider;
        this.cache = cache;
        this.rate = rate;
    }

    public String name() {
        return provider.name();
    }

    /** Where suggestions say they come from: {@code MT: <provider>}. */
    public String origin() {
        return "MT: " + provider.name();
    }

    public boolean supports(String source, String target) throws IOException {
        return provider.supports(source, target);
    }

    /** The translations of {@code sources}, in order, with their inline codes; {@code hints} go with every text. */
    public List<Content> translate(List<Content> sources, String source, String target, List<MtProvider.TermHint> hints)
            throws IOException {
        List<MtProvider.TermHint> all = List.copyOf(hints);
        return translate(sources, source, target, c -> all);
    }

    /**
     * The translations of {@code sources}, in order, with their inline codes; each text goes with the glossary term
     * pairs {@code terms} finds in it (a batch carries those of its texts), and is cached with them: the same text
     * with other terms is translated again.
     */
    public List<Content> translate(List<Content> sources, String source, String target, MtTerms terms)
            throws IOException {
        return translate(sources, source, target, terms::in);
    }

    private List<Content> translate(List<Content> sources, String source, String target,
            Function<Content, List<MtProvider.TermHint>> termsOf) throws IOException {
        List<String> texts = new ArrayList<>();
        Map<String, List<MtProvider.TermHint>> hintsOf = new HashMap<>();
        for (Content c : sources) {
            String text = MtCodes.protect(c);
            texts.add(text);
            hintsOf.computeIfAbsent(text, t -> termsOf.apply(c));
        }
        Map<String, String> done = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String t : texts) {
            String key = MtCache.key(provider.name(), source, target, t + hintKey(hintsOf.get(t)));
            Optional<String> cached = cache.get(key);
            if (cached.isPresent()) done.put(t, cached.get());
            else missing.put(t, key);
        }
        List<String> toSend = new ArrayList<>(missing.keySet());
        int batch = Math.max(1, provider.maxBatch());
        for (int i = 0; i < toSend.size(); i += batch) {
            List<String> part = toSend.subList(i, Math.min(toSend.size(), i + batch));
            Set<MtProvider.TermHint> hints = new LinkedHashSet<>();
            for (String t : part) hints.addAll(hintsOf.get(t));
            rate.acquire();
            List<String> translated = provider.translate(part, source, target, List.copyOf(hints));
            if (translated.size() != part.size()) {
                throw new IOException(provider.name() + " returned " + translated.size() + " translations for " + part.size() + " texts");
            }
            Map<String, String> added = new HashMap<>();
            for (int j = 0; j < part.size(); j++) {
                done.put(part.get(j), translated.get(j));
                added.put(missing.get(part.get(j)), translated.get(j));
            }
            cache.putAll(added);
        }
        List<Content> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) out.add(MtCodes.restore(done.get(texts.get(i)), sources.get(i)));
        return out;
    }

    /** What the hints add to a text's cache key (nothing without hints, so earlier entries stay valid). */
    private static String hintKey(List<MtProvider.TermHint> hints) {
        StringBuilder sb = new StringBuilder();
        for (MtProvider.TermHint h : hints) sb.append('\u0001').append(h.source()).append('\u0002').append(h.target());
        return sb.toString();
    }
}
