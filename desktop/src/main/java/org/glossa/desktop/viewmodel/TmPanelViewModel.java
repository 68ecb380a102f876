package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;

/** Translation-memory matches for the current segment, looked up in the background when the segment changes. */
public final class TmPanelViewModel {

    /** One match as shown: {@code number} is the n of Ctrl+Shift+n. */
    public record MatchRow(int number, int score, String source, String target, String origin, TmMatch match) {
    }

    private final Async async;
    private final ObservableList<MatchRow> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private MatchLookup lookup = MatchLookup.NONE;
    private boolean hasMemory;
    private long request;

    public TmPanelViewModel(Async async) {
        this.async = Objects.requireNonNull(async, "async");
    }

    /** Uses {@code memory} from now on (it is opened in the background after the document). */
    public void useMemory(MatchLookup memory) {
        lookup = Objects.requireNonNull(memory, "memory");
        hasMemory = true;
    }

    /**
     * Looks up matches for {@code source}; {@code onBestScore} gets the best score when there is a match. A
     * result that arrives after the next lookup started is dropped.
     */
    public void lookup(Content source, Optional<Content> previous, IntConsumer onBestScore) {
        long mine = ++request;
        matches.clear();
        if (!hasMemory) {
            message.set("No translation memory (start with --tm FILE.tmx)");
            return;
        }
        message.set("Looking up…");
        async.run(() -> lookup.lookup(source, previous), found -> {
            if (mine != request) return;
            List<TmMatch> shown = found.stream().limit(MatchLookup.MAX_MATCHES).toList();
            for (TmMatch m : shown) {
                matches.add(new MatchRow(matches.size() + 1, m.score(), TagText.display(m.source()),
                        TagText.display(m.target(), source), m.origin(), m));
            }
            message.set(shown.isEmpty() ? "No matches" : "");
            if (!shown.isEmpty()) onBestScore.accept(shown.get(0).score());
        }, failure -> {
            if (mine == request) message.set("Lookup failed: " + failure.getMessage());
        });
    }

    public void clear() {
        request++;
        matches.clear();
        message.set("");
    }

    public ObservableList<MatchRow> matches() {
        return matches;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The n-th match (1-based). */
    public Optional<MatchRow> match(int n) {
        return n >= 1 && n <= matches.size() ? Optional.of(matches.get(n - 1)) : Optional.empty();
    }
}
