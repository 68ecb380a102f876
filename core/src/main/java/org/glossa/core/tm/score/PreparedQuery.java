package org.glossa.core.tm.score;

import java.util.Objects;
import org.glossa.core.model.Content;

/**
 * Content tokenised once: a segment to score against many candidates with
 * {@link MatchScorer#score(PreparedQuery, Content)}, or a memory entry's source kept ready for
 * {@link MatchScorer#score(PreparedQuery, PreparedQuery)}.
 */
public final class PreparedQuery {
    private final Content content;
    final Tokens tokens;

    PreparedQuery(Content content, Tokens tokens) {
        this.content = Objects.requireNonNull(content, "content");
        this.tokens = tokens;
    }

    public Content content() {
        return content;
    }
}
