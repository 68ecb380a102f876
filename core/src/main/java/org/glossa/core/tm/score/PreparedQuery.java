package org.glossa.core.tm.score;

import java.util.Objects;
import org.glossa.core.model.Content;

/** A segment tokenised once, to be scored against many candidates with {@link MatchScorer#score(PreparedQuery, Content)}. */
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
