package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.tm.ConcordanceHit;

/**
 * The concordance panel: the memory units whose source or target holds the words searched for (selected text or
 * typed), searched in the background, each side cut into pieces with the hits marked for the view to highlight.
 */
public final class ConcordanceViewModel {
    /** A memory's concordance search ({@code TranslationMemory#concordance}). */
    @FunctionalInterface
    public interface Search {
        List<ConcordanceHit> concordance(String text, int maxResults);

        Search NONE = (text, max) -> List.of();

        /** The hits of {@code searches} in order (the memory files', then the server's), at most {@code max}. */
        static Search together(List<Search> searches) {
            List<Search> all = List.copyOf(searches);
            return (text, max) -> {
                List<ConcordanceHit> out = new ArrayList<>();
                for (Search s : all) {
                    if (out.size() >= max) break;
                    out.addAll(s.concordance(text, max - out.size()));
                }
                return out;
            };
        }
    }

    /** A run of text, marked when it is a searched word. */
    public record Piece(String text, boolean hit) {
    }

    /** One unit as shown. */
    public record HitRow(List<Piece> source, List<Piece> target, String origin, ConcordanceHit hit) {
        public HitRow {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    private static final int MAX = 100;
    private final Async async;
    private final ObservableList<HitRow> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Search search = Search.NONE;
    private long request;

    public ConcordanceViewModel(Async async) {
        this.async = Objects.requireNonNull(async, "async");
    }

    public void useMemory(Search memory) {
        search = Objects.requireNonNull(memory, "memory");
    }

    /** Searches {@code text} in the background; the latest search wins. */
    public void search(String text) {
        long mine = ++request;
        String words = text.strip();
        if (words.isEmpty()) {
            hits.clear();
            message.set("");
            return;
        }
        Search s = search;
        message.set("Searching “" + words + "”…");
        async.run(() -> s.concordance(words, MAX), found -> {
            if (mine != request) return;
            List<HitRow> rows = new ArrayList<>();
            for (ConcordanceHit h : found) {
                rows.add(new HitRow(pieces(h.source().plainText(), h.sourceHits()),
                        pieces(h.target().plainText(), h.targetHits()), h.origin(), h));
            }
            hits.setAll(rows);
            message.set(found.isEmpty() ? "No unit holds “" + words + "”" : found.size() + " units hold “" + words + "”");
        }, failure -> {
            if (mine == request) message.set("Concordance failed: " + failure.getMessage());
        });
    }

    /**
     * Where {@code phrase} occurs in {@code text}, ignoring case (a server memory's concordance finds the phrase as
     * written, not word by word).
     */
    static List<ConcordanceHit.Highlight> occurrences(String text, String phrase) {
        List<ConcordanceHit.Highlight> out = new ArrayList<>();
        if (phrase.isEmpty()) return out;
        String folded = text.toLowerCase(java.util.Locale.ROOT);
        String wanted = phrase.toLowerCase(java.util.Locale.ROOT);
        if (folded.length() != text.length() || wanted.length() != phrase.length()) return out;
        for (int at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + wanted.length())) {
            out.add(new ConcordanceHit.Highlight(at, at + wanted.length()));
        }
        return out;
    }

    static List<Piece> pieces(String text, List<ConcordanceHit.Highlight> marks) {
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (ConcordanceHit.Highlight h : marks) {
            if (h.start() > at) out.add(new Piece(text.substring(at, h.start()), false));
            out.add(new Piece(text.substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < text.length()) out.add(new Piece(text.substring(at), false));
        return out;
    }

    public ObservableList<HitRow> hits() {
        return hits;
    }

    /** Shows no hits (the document or its memories changed). */
    public void clear() {
        request++;
        hits.clear();
        message.set("");
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
