package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;

/** Finds translation-memory matches for a segment (a {@code TranslationMemory} in the application). */
@FunctionalInterface
public interface MatchLookup {

    /** Most matches a panel shows (Ctrl+Shift+1…9). */
    int MAX_MATCHES = 9;
    /** Lowest score shown. */
    int MIN_SCORE = 50;

    List<TmMatch> lookup(Content source, Optional<Content> previousSource);

    MatchLookup NONE = (source, previous) -> List.of();
}
