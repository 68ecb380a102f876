package org.glossa.core.qa.check;

import java.util.Objects;
import java.util.Optional;

/**
 * What a newsroom or project sets for its checks beyond each language's conventions: the target's quotation marks
 * (project key {@code qa.quotes}, {@code glossa qa --quotes}). {@link #DEFAULT} sets nothing: every check follows
 * the language's conventions from ICU.
 */
public record HouseStyle(Optional<QuoteStyle> quotes) {
    public static final HouseStyle DEFAULT = new HouseStyle(Optional.empty());

    public HouseStyle {
        Objects.requireNonNull(quotes, "quotes");
    }
}
