package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.mt.MtSuggestions;
import org.glossa.core.tm.TmMatch;

/** Translation-memory matches for the current segment, looked up in the background when the segment changes. */
public final class TmPanelViewModel {

    /**
     * One match as shown: {@code number} is the n of Ctrl+Shift+n; {@code sourceDiff} is the match's source word by
     * word against the current segment's source (see {@link WordDiff}).
     */
    public record MatchRow(int number, int score, String source, String target, String origin, TmMatch match,
                           List<DiffPiece> sourceDiff) {
        public MatchRow {
            sourceDiff = List.copyOf(sourceDiff);
        }

        /** Whether this is a machine translation (shown marked "MT"; score never above 99, never final). */
        public boolean machineTranslation() {
            return MtSuggestions.isMachineTranslation(match);
        }

        MatchRow numbered(int n) {
            return new MatchRow(n, score, source, target, origin, match, sourceDiff);
        }
    }

    private final Async async;
    private final ObservableList<MatchRow> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private MatchLookup lookup = MatchLookup.NONE;
    private WordDiff diff = new WordDiff("en");
    private boolean hasMemory;
    private Optional<MatchLookup> machine = Optional.empty();
    private long request;
    /** The current lookup's memory and machine translation rows, each null until it arrived. */
    private List<MatchRow> memoryRows;
    private List<MatchRow> machineRows;

    public TmPanelViewModel(Async async) {
        this.async = Objects.requireNonNull(async, "async");
    }

    /** Diffs match sources with the word rules of {@code sourceLanguage} (the open document's). */
    public void useLanguage(String sourceLanguage) {
        diff = new WordDiff(sourceLanguage);
    }

    /** Uses {@code memory} from now on (it is opened in the background after the document). */
    public void useMemory(MatchLookup memory) {
        lookup = Objects.requireNonNull(memory, "memory");
        hasMemory = true;
    }

    /** Uses no memory from now on (the one in use was closed). */
    public void useNoMemory() {
        lookup = MatchLookup.NONE;
        hasMemory = false;
    }

    /**
     * Adds machine translation suggestions (see {@link MachineTranslation}) to the memory matches from now on, or
     * none.
     */
    public void useMachineTranslation(Optional<MatchLookup> suggestions) {
        machine = Objects.requireNonNull(suggestions, "suggestions");
    }

    /**
     * Looks up matches for {@code source}; {@code onBestScore} gets the best memory score when there is a match. A
     * result that arrives after the next lookup started is dropped. A machine translation is asked for at the same
     * time and joins the matches when it arrives (by score: below a better memory match).
     */
    public void lookup(Content source, Optional<Content> previous, IntConsumer onBestScore) {
        long mine = ++request;
        matches.clear();
        memoryRows = hasMemory ? null : List.of();
        machineRows = machine.isPresent() ? null : List.of();
        if (!hasMemory && machine.isEmpty()) {
            message.set("No translation memory (start with --tm FILE.tmx)");
            return;
        }
        message.set("Looking up…");
        WordDiff words = diff;
        String current = TagText.display(source);
        if (hasMemory) {
            MatchLookup memory = lookup;
            async.run(() -> rows(memory.lookup(source, previous), source, current, words), found -> {
                if (mine != request) return;
                memoryRows = found;
                showRows();
                if (!found.isEmpty()) onBestScore.accept(found.get(0).score());
            }, failure -> {
                if (mine != request) return;
                memoryRows = List.of();
                showRows();
                message.set("Lookup failed: " + failure.getMessage());
            });
        }
        machine.ifPresent(mt -> async.run(() -> rows(mt.lookup(source, previous), source, current, words), found -> {
            if (mine != request) return;
            machineRows = found;
            showRows();
        }, failure -> {
            if (mine != request) return;
            machineRows = List.of();
            showRows();
            if (matches.isEmpty()) message.set("Machine translation failed: " + Messages.oneLine(failure));
        }));
    }

    /** The rows arrived so far, best first (a memory match before a machine translation of the same score). */
    private void showRows() {
        List<MatchRow> all = new ArrayList<>();
        if (memoryRows != null) all.addAll(memoryRows);
        if (machineRows != null) all.addAll(machineRows);
        all.sort(java.util.Comparator.comparingInt(MatchRow::score).reversed());
        List<MatchRow> numbered = new ArrayList<>();
        for (MatchRow r : all) {
            if (numbered.size() == MatchLookup.MAX_MATCHES) break;
            numbered.add(r.numbered(numbered.size() + 1));
        }
        matches.setAll(numbered);
        boolean done = memoryRows != null && machineRows != null;
        message.set(!numbered.isEmpty() ? "" : done ? "No matches" : "Looking up…");
    }

    /** The rows of the best matches, diffed in the background with the lookup. */
    private static List<MatchRow> rows(List<TmMatch> found, Content source, String current, WordDiff words) {
        List<MatchRow> out = new ArrayList<>();
        for (TmMatch m : found.stream().limit(MatchLookup.MAX_MATCHES).toList()) {
            String matchSource = TagText.display(m.source());
            int score = MtSuggestions.isMachineTranslation(m) ? Math.min(m.score(), 99) : m.score();
            out.add(new MatchRow(out.size() + 1, score, matchSource, TagText.display(m.target(), source),
                    m.origin(), m, words.diff(matchSource, current)));
        }
        return out;
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
