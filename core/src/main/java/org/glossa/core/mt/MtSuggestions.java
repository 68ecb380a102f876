package org.glossa.core.mt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.MemoryLookup;
import org.glossa.core.tm.TmMatch;

/**
 * Machine translation as a memory: one suggestion per segment, score {@link MachineTranslator#SCORE} (fuzzy, never
 * above 99), origin {@code MT: <provider>}, the segment's glossary term pairs as hints ({@link MtTerms}), so a memory panel shows it beside the memory matches, marked MT.
 */
public final class MtSuggestions implements MemoryLookup {
    private final MachineTranslator mt;
    private final String source;
    private final String target;
    private final MtTerms terms;

    /** Suggestions with the glossary term pairs {@code terms} finds in each segment as hints. */
    public MtSuggestions(MachineTranslator mt, String source, String target, MtTerms terms) {
        this.mt = mt;
        this.source = source;
        this.target = target;
        this.terms = terms;
    }

    /** Suggestions without glossary hints. */
    public MtSuggestions(MachineTranslator mt, String source, String target) {
        this(mt, source, target, MtTerms.NONE);
    }

    /** Whether {@code match} came from machine translation. */
    public static boolean isMachineTranslation(TmMatch match) {
        return match.origin().startsWith("MT: ");
    }

    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previous, int minScore, int maxResults) {
        if (maxResults <= 0 || minScore > MachineTranslator.SCORE || segment.plainText().isBlank()) return List.of();
        try {
            Content t = mt.translate(List.of(segment), source, target, terms).get(0);
            return List.of(new TmMatch(MachineTranslator.SCORE, MatchKind.FUZZY, segment, t, "", mt.origin()));
        } catch (IOException e) {
            throw new UncheckedIOException(mt.name() + ": " + e.getMessage(), e);
        }
    }
}
