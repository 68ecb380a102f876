package org.glossa.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.format.Block;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Unit;

/**
 * Places the units of another tool's XLIFF in the blocks of the original, as Glossa reads it: a unit goes to the
 * block with its id when their texts agree, else to the block with the same text (the next one in document order
 * first), else, for text without codes, several consecutive units (a text file extracted line by line) fill one
 * block, with the original's line breaks between them. Inline codes are mapped onto the original block's codes in
 * order ({@code <g id="1">} → the block's first opening code…), so the merged document keeps the original markup
 * wherever the translation moves it. A translated unit that fits nowhere, or whose codes do not pair with the
 * original's, is refused with the reason: merging it would silently lose the translation or the markup.
 */
final class OriginalAlignment {
    private final List<Block> blocks;
    private final String documentName;
    private final String originalName;
    private final Map<String, Integer> byOrigin = new HashMap<>();
    private final Map<String, List<Integer>> byText = new HashMap<>();
    private final Set<Integer> used = new HashSet<>();

    /** The translatable units of one origin, in order, as one piece of text. */
    private record Group(String id, String origin, Content source, Content output, boolean translated) {
        String text() {
            return norm(source.plainText());
        }
    }

    private OriginalAlignment(List<Block> blocks, String documentName, String originalName) {
        this.blocks = blocks;
        this.documentName = documentName;
        this.originalName = originalName;
        for (int i = 0; i < blocks.size(); i++) {
            byOrigin.putIfAbsent(blocks.get(i).origin(), i);
            byText.computeIfAbsent(norm(blocks.get(i).content().plainText()), k -> new ArrayList<>()).add(i);
        }
    }

    /**
     * Block origin → translated content (with the original's codes) for the blocks that get a translated unit.
     *
     * @param originalName the original's file name, for messages
     */
    static Map<String, Content> translations(List<Unit> units, List<Block> blocks, String documentName,
                                             String originalName) {
        return new OriginalAlignment(blocks, documentName, originalName).align(groups(units));
    }

    private static List<Group> groups(List<Unit> units) {
        Map<String, List<Unit>> byOrigin = new LinkedHashMap<>();
        for (Unit u : units) {
            if (u.translate()) byOrigin.computeIfAbsent(u.origin(), k -> new ArrayList<>()).add(u);
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> e : byOrigin.entrySet()) {
            Content source = Content.EMPTY;
            Content output = Content.EMPTY;
            boolean translated = false;
            for (Unit u : e.getValue()) {
                source = source.append(u.source());
                output = output.append(u.targetOrSource());
                translated |= u.segments().stream().anyMatch(s -> s.target().isPresent());
            }
            out.add(new Group(e.getValue().get(0).id(), e.getKey(), source, output, translated));
        }
        return out;
    }

    private Map<String, Content> align(List<Group> groups) {
        Map<String, Content> out = new LinkedHashMap<>();
        int next = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (group.text().isEmpty()) continue;
            int block = oneToOne(group, next);
            if (block >= 0) {
                if (group.translated()) out.put(blocks.get(block).origin(), withOriginalCodes(group, blocks.get(block)));
                next = block + 1;
                continue;
            }
            Filled filled = manyToOne(groups, g, next, out);
            if (filled.groups() > 0) {
                next = filled.block() + 1;
                g += filled.groups() - 1;
            } else if (group.translated()) {
                throw new InputException(documentName, "unit " + group.id() + " (\"" + abbreviate(group.source().plainText())
                        + "\") is not in the original " + originalName + ": the XLIFF was not made from it. Give the"
                        + " right original with --original, or merge with the tool that made the XLIFF");
            }
        }
        return out;
    }

    /** The block this group alone fills: the one with its id and text, else the next (then any) with its text. */
    private int oneToOne(Group group, int next) {
        String text = group.text();
        Integer byId = byOrigin.get(group.origin());
        if (byId != null && !used.contains(byId) && text.equals(norm(blocks.get(byId).content().plainText()))) {
            used.add(byId);
            return byId;
        }
        List<Integer> same = byText.getOrDefault(text, List.of());
        int found = -1;
        for (int i : same) {
            if (used.contains(i)) continue;
            if (i >= next) {
                found = i;
                break;
            }
            if (found < 0) found = i;
        }
        if (found >= 0) used.add(found);
        return found;
    }

    /** How many groups filled which block ({@code groups} 0: none). */
    private record Filled(int groups, int block) {
        static final Filled NONE = new Filled(0, -1);
    }

    /**
     * Consecutive code-free groups from {@code first} that together are the text of one code-free block: their
     * outputs joined with the text between them in the block (line breaks).
     */
    private Filled manyToOne(List<Group> groups, int first, int next, Map<String, Content> out) {
        String start = groups.get(first).text();
        for (int b = next; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String whole = norm(block.content().plainText());
            if (used.contains(b) || block.content().hasTags() || !whole.startsWith(start)) continue;
            String text = start;
            int n = 1;
            while (whole.startsWith(text) && !whole.equals(text) && first + n < groups.size()) {
                Group more = groups.get(first + n);
                if (more.source().hasTags()) break;
                text = norm(text + " " + more.text());
                n++;
            }
            if (!whole.equals(text)) continue;
            List<Group> pieces = groups.subList(first, first + n);
            if (pieces.stream().anyMatch(p -> p.source().hasTags() || p.output().hasTags())) return Filled.NONE;
            used.add(b);
            if (pieces.stream().anyMatch(Group::translated)) out.put(block.origin(), joined(pieces, block));
            return new Filled(n, b);
        }
        return Filled.NONE;
    }

    /** The pieces' outputs in the block's text: what lies between their sources in the block stays. */
    private static Content joined(List<Group> pieces, Block block) {
        String original = block.content().plainText();
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String source = pieces.get(i).source().plainText();
            int found = original.indexOf(source, at);
            if (found < 0) {
                if (i > 0) sb.append(' ');
            } else {
                sb.append(original, at, found);
                at = found + source.length();
            }
            sb.append(pieces.get(i).output().plainText());
        }
        return Content.of(sb.append(original.substring(Math.min(at, original.length()))).toString());
    }

    /** The group's output with each code replaced by the original block's code it stands for (paired in order). */
    private Content withOriginalCodes(Group group, Block block) {
        List<Inline.Tag> theirs = group.source().tags();
        List<Inline.Tag> original = block.content().tags();
        if (theirs.isEmpty() && !group.output().hasTags()) {
            if (original.isEmpty()) return group.output();
            Optional<Content> wrapped = insideEdgeCodes(block.content(), group.output());
            if (wrapped.isPresent()) return wrapped.get();
        }
        if (theirs.size() != original.size() || !sameKinds(theirs, original)) {
            throw new InputException(documentName, "unit " + group.id() + ": its inline codes (" + theirs.size()
                    + ") do not pair with those of the original " + originalName + " (" + original.size() + "); merging"
                    + " would lose markup");
        }
        Map<String, Inline.Tag> map = new HashMap<>();
        for (int i = 0; i < theirs.size(); i++) map.putIfAbsent(key(theirs.get(i)), original.get(i));
        List<Inline> parts = new ArrayList<>();
        for (Inline p : group.output().parts()) {
            if (p instanceof Inline.Tag t) {
                Inline.Tag o = map.get(key(t));
                if (o == null) {
                    throw new InputException(documentName, "unit " + group.id() + ": the target has a code (id "
                            + t.id() + ") that its source does not have");
                }
                parts.add(o);
            } else {
                parts.add(p);
            }
        }
        return new Content(parts);
    }

    /**
     * Tools that keep a block's leading and trailing codes out of the unit ({@code <b>} around a whole paragraph):
     * the output between the original's edge codes, when all its codes are at the edges; empty otherwise.
     */
    private static Optional<Content> insideEdgeCodes(Content block, Content output) {
        List<Inline> parts = block.parts();
        int first = 0;
        while (first < parts.size() && parts.get(first) instanceof Inline.Tag) first++;
        int last = parts.size();
        while (last > first && parts.get(last - 1) instanceof Inline.Tag) last--;
        for (int i = first; i < last; i++) {
            if (parts.get(i) instanceof Inline.Tag) return Optional.empty();
        }
        List<Inline> out = new ArrayList<>(parts.subList(0, first));
        out.addAll(output.parts());
        out.addAll(parts.subList(last, parts.size()));
        return Optional.of(new Content(out));
    }

    private static boolean sameKinds(List<Inline.Tag> a, List<Inline.Tag> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).kind() != b.get(i).kind()) return false;
        }
        return true;
    }

    private static String key(Inline.Tag t) {
        return t.kind() + "\u0000" + t.id();
    }

    /** Whitespace runs (no-break spaces and line breaks included) as one space, trimmed: how texts are compared. */
    static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String abbreviate(String s) {
        String n = norm(s);
        return n.length() <= 60 ? n : n.substring(0, 57) + "…";
    }
}
