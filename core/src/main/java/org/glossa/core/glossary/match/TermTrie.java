package org.glossa.core.glossary.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Term;

/**
 * A trie over token keys: each glossary term is a path from the root, one edge per token key. Lookups cost one hash
 * lookup per text token and per key the token offers, whatever the number of terms. Filled while the matcher is
 * built, never changed afterwards.
 */
final class TermTrie {
    /** A term of a concept. */
    record Entry(Concept concept, Term term) {
    }

    /** The longest match found from one token: tokens [from, to) and the entry at its end. */
    record Match(int from, int to, Entry entry) {
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private Entry entry;
        /** Further entries with the same keys (another concept's "EU-"), seen only by {@link #allAt}. */
        private List<Entry> others = List.of();
    }

    private final Node root = new Node();
    private int size;

    /** Adds a term under its token keys; the first term added under the same keys wins. */
    void add(List<String> keys, Entry entry) {
        if (keys.isEmpty()) throw new IllegalArgumentException("a term needs at least one token: " + entry.term());
        Node n = root;
        for (String k : keys) n = n.children.computeIfAbsent(k, x -> new Node());
        if (n.entry == null) {
            n.entry = entry;
            size++;
        } else if (n.entry.concept() != entry.concept() && n.others.stream().noneMatch(e -> e.concept() == entry.concept())) {
            List<Entry> more = new java.util.ArrayList<>(n.others);
            more.add(entry);
            n.others = List.copyOf(more);
        }
    }

    int size() {
        return size;
    }

    /** The longest term starting at token {@code from}; {@code keys.get(i)} are the keys text token i offers. */
    Optional<Match> longestAt(List<List<String>> keys, int from) {
        Match[] best = new Match[1];
        walk(root, keys, from, from, best);
        return Optional.ofNullable(best[0]);
    }

    /**
     * Every term starting at token {@code from}, shortest first (overlapping: "EU" and "EU-" both), and every
     * concept's entry where several share the same keys.
     */
    List<Match> allAt(List<List<String>> keys, int from) {
        List<Match> out = new java.util.ArrayList<>();
        walkAll(root, keys, from, from, out);
        return out;
    }

    private static void walkAll(Node node, List<List<String>> keys, int from, int at, List<Match> out) {
        if (node.entry != null && at > from) {
            out.add(new Match(from, at, node.entry));
            for (Entry e : node.others) out.add(new Match(from, at, e));
        }
        if (at >= keys.size() || node.children.isEmpty()) return;
        for (String k : keys.get(at)) {
            Node child = node.children.get(k);
            if (child != null) walkAll(child, keys, from, at + 1, out);
        }
    }

    private static void walk(Node node, List<List<String>> keys, int from, int at, Match[] best) {
        if (node.entry != null && (best[0] == null || at > best[0].to())) best[0] = new Match(from, at, node.entry);
        if (at >= keys.size() || node.children.isEmpty()) return;
        for (String k : keys.get(at)) {
            Node child = node.children.get(k);
            if (child != null) walk(child, keys, from, at + 1, best);
        }
    }
}
