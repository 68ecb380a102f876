package org.glossa.core.mt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The translations of {@code sources}, in order, with their inline codes. */
    public List<Content> translate(List<Content> sources, String source, String target, List<MtProvider.TermHint> hints)
            throws IOException {
        List<String> texts = new ArrayList<>();
        for (Content c : sources) texts.add(MtCodes.protect(c));
        Map<String, String> done = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String t : texts) {
            String key = MtCache.key(provider.name(), source, target, t);
            Optional<String> cached = cache.get(key);
            if (cached.isPresent()) done.put(t, cached.get());
            else missing.put(t, key);
        }
        List<String> toSend = new ArrayList<>(missing.keySet());
        int batch = Math.max(1, provider.maxBatch());
        for (int i = 0; i < toSend.size(); i += batch) {
            List<String> part = toSend.subList(i, Math.min(toSend.size(), i + batch));
            rate.acquire();
            List<String> translated = provider.translate(part, source, target, hints);
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
}
