package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;

/**
 * A translation memory on a Glossa server, as the editor uses it: confirmed segments go to it and it is looked up
 * for matches (the client module's remote memory in the application; a fake in some tests). Calls block; the
 * editor makes them off the UI thread.
 */
public interface ServerMemory {

    /** Where it is: {@code http://HOST:PORT/memories/NAME}. */
    URI location();

    /** Its name on the server (change events name it). */
    String name();

    /**
     * Adds or updates the units of {@code confirmed} (tuid {@code document:unit/segment}). Sending the same
     * confirmation again changes nothing on the server, so a confirmation whose acknowledgement was lost may be sent
     * again.
     *
     * @throws RefusedByServer when the server refuses these units for good (sending them again would not help)
     * @throws IOException     when the server cannot be reached or answers with a transient error
     */
    void add(List<ConfirmedSegment> confirmed) throws IOException;

    /** Matches in the language pair at or above {@code minScore}, best first. */
    List<TmMatch> lookup(Content source, Optional<Content> previous, String sourceLanguage, String targetLanguage,
            int minScore, int maxResults) throws IOException;

    /**
     * Units whose source or target contains {@code text} (the server's concordance search), at most
     * {@code maxResults}, the phrase marked; none from a memory that cannot search.
     */
    default List<ConcordanceHit> concordance(String text, int maxResults) throws IOException {
        return List.of();
    }
}
