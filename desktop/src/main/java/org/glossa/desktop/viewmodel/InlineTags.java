package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.TermMark;

/**
 * The source's inline codes in the target text (placeholders, see {@link TagText}): which are placed, missing, extra
 * or out of order ({@link #states}), inserting the next missing one or a chosen one ({@link #insertNext},
 * {@link #insert}: with a selection, a missing pair wraps it), and placing the codes of a segment into a memory
 * match's target that has none ({@link #placeInto}). No edit here ever appends an empty pair: a pair is put
 * around words, or not at all.
 */
public final class InlineTags {

    /** How a source code stands in the target. */
    public enum State { PLACED, MISSING, OUT_OF_ORDER, EXTRA }

    /**
     * One code as the tag strip under the target shows it.
     *
     * @param placeholder e.g. {@code ⟨1⟩}, {@code ⟨/1⟩}, {@code ⟨2/⟩}
     * @param label       what it is, e.g. "⟨1⟩ bold" (the code's type when known)
     */
    public record TagState(String placeholder, String label, State state) {
    }

    /** The target text after an insertion and the caret behind what was inserted. */
    public record Edit(String text, int caret) {
    }

    /** A word: letters or digits, joined by inner hyphens, apostrophes, dots or commas ("U.S.", "1,000", "EU-Staaten"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*");

    private InlineTags() {
    }

    /** The codes of {@code source} (in source order) and then the extra placeholders of {@code text}. */
    public static List<TagState> states(Content source, String text) {
        Content target = TagText.parse(text, source);
        Map<String, Integer> order = new HashMap<>();
        List<Inline.Tag> placed = target.tags();
        for (int i = 0; i < placed.size(); i++) order.put(key(placed.get(i)), i);
        List<TagState> out = new ArrayList<>();
        for (Inline.Tag tag : source.tags()) {
            Integer at = order.get(key(tag));
            State state = at == null ? State.MISSING : State.PLACED;
            if (at != null && tag.kind() == Inline.TagKind.CLOSE) {
                Integer open = order.get(Inline.TagKind.OPEN + ":" + tag.id());
                if (open != null && open > at) state = State.OUT_OF_ORDER;
            }
            if (at != null && tag.kind() == Inline.TagKind.OPEN) {
                Integer close = order.get(Inline.TagKind.CLOSE + ":" + tag.id());
                if (close != null && close < at) state = State.OUT_OF_ORDER;
            }
            out.add(new TagState(TagText.placeholder(tag), label(tag), state));
        }
        Set<String> used = new HashSet<>();
        Matcher m = TagText.PLACEHOLDER.matcher(text);
        while (m.find()) {
            boolean known = placed.stream().anyMatch(t -> TagText.placeholder(t).equals(m.group()));
            if (!known || !used.add(m.group())) out.add(new TagState(m.group(), m.group() + " not in the source",
                    State.EXTRA));
        }
        return out;
    }

    /** The codes of {@code source} that {@code text} lacks, in source order. */
    public static List<Inline.Tag> missing(Content source, String text) {
        Set<String> present = new HashSet<>();
        for (Inline.Tag tag : TagText.parse(text, source).tags()) present.add(key(tag));
        return source.tags().stream().filter(t -> !present.contains(key(t))).toList();
    }

    /**
     * Inserts the first code {@code text} lacks (memoQ's F9, OmegaT's Ctrl+T): with a selection, a missing opening
     * code whose closing code is missing too wraps the selection; otherwise the code goes to the caret
     * ({@code end}). Empty when nothing is missing.
     */
    public static Optional<Edit> insertNext(Content source, String text, int start, int end) {
        List<Inline.Tag> missing = missing(source, text);
        return missing.isEmpty() ? Optional.empty() : Optional.of(insert(source, text, missing.get(0), start, end));
    }

    /** Inserts {@code tag} at the selection {@code [start, end)} (see {@link #insertNext}). */
    public static Edit insert(Content source, String text, Inline.Tag tag, int start, int end) {
        int[] range = TagText.protect(text, Math.min(start, end), Math.max(start, end));
        Optional<Inline.Tag> partner = tag.kind() == Inline.TagKind.OPEN ? closing(source, tag) : Optional.empty();
        boolean wrap = range[1] > range[0] && partner.isPresent() && missing(source, text).contains(partner.get());
        if (wrap) {
            String open = TagText.placeholder(tag);
            String close = TagText.placeholder(partner.get());
            String out = text.substring(0, range[0]) + open + text.substring(range[0], range[1]) + close
                    + text.substring(range[1]);
            return new Edit(out, range[1] + open.length() + close.length());
        }
        int at = TagText.caretOutside(text, Math.max(start, end));
        String placeholder = TagText.placeholder(tag);
        return new Edit(text.substring(0, at) + placeholder + text.substring(at), at + placeholder.length());
    }

    private static Optional<Inline.Tag> closing(Content source, Inline.Tag open) {
        return source.tags().stream().filter(t -> t.kind() == Inline.TagKind.CLOSE && t.id().equals(open.id()))
                .findFirst();
    }

    /**
     * {@code match}, a memory match's target for a segment with {@code source}, with the source's codes placed
     * where they belong when the match has none of them: a pair goes around the same text when the target has it
     * (a name, a number), around the target term of a glossary term it encloses ({@code terms}, coded offsets of
     * the source), else around the target words at the same relative place; a standalone code goes to the word
     * boundary at its relative place (the start or the end when it is there in the source). A pair that encloses
     * no words is left out (QA reports it missing) rather than put in empty. A match that has codes of the source
     * is returned as it is.
     */
    public static Content placeInto(Content match, Content source, List<TermMark> terms) {
        List<Inline.Tag> tags = source.tags();
        if (tags.isEmpty() || match.isEmpty()) return match;
        Set<String> sourceKeys = new HashSet<>();
        for (Inline.Tag tag : tags) sourceKeys.add(key(tag));
        if (match.tags().stream().anyMatch(t -> sourceKeys.contains(key(t)))) return match;

        String target = match.plainText();
        List<int[]> targetWords = words(target);
        if (targetWords.isEmpty()) return match;
        Layout layout = Layout.of(source);
        List<Insert> inserts = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (int i = 0; i < layout.tags.size(); i++) {
            if (done.contains(i)) continue;
            Inline.Tag tag = layout.tags.get(i);
            int close = tag.kind() == Inline.TagKind.OPEN ? layout.closeOf(i) : -1;
            if (close >= 0) {
                done.add(close);
                Optional<int[]> span = pairSpan(layout, i, close, target, targetWords, terms);
                if (span.isPresent()) {
                    inserts.add(new Insert(span.get()[0], 2, i, tag));
                    inserts.add(new Insert(span.get()[1], 0, close, layout.tags.get(close)));
                }
            } else {
                inserts.add(new Insert(point(layout, layout.plainAt.get(i), target, targetWords), 1, i, tag));
            }
        }
        inserts.sort(Comparator.comparingInt(Insert::at).thenComparingInt(Insert::rank)
                .thenComparingInt(Insert::order));
        List<Inline> parts = new ArrayList<>();
        int pos = 0;
        for (Insert insert : inserts) {
            parts.add(new Inline.Text(target.substring(pos, insert.at())));
            parts.add(insert.tag());
            pos = insert.at();
        }
        parts.add(new Inline.Text(target.substring(pos)));
        return new Content(parts);
    }

    /** A code to put at plain offset {@code at}; {@code rank} orders codes at one place: closing, standalone, opening. */
    private record Insert(int at, int rank, int order, Inline.Tag tag) {
    }

    /** The source's codes with their plain-text offsets and its words. */
    private record Layout(String plain, List<Inline.Tag> tags, List<Integer> plainAt, List<Integer> codedAt,
            List<int[]> words) {
        static Layout of(Content source) {
            List<Inline.Tag> tags = new ArrayList<>();
            List<Integer> plainAt = new ArrayList<>();
            List<Integer> codedAt = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            int coded = 0;
            for (Inline part : source.parts()) {
                if (part instanceof Inline.Text t) {
                    plain.append(t.value());
                    coded += t.value().length();
                } else {
                    tags.add((Inline.Tag) part);
                    plainAt.add(plain.length());
                    codedAt.add(coded);
                    coded++;
                }
            }
            return new Layout(plain.toString(), tags, plainAt, codedAt, InlineTags.words(plain.toString()));
        }

        int closeOf(int open) {
            String id = tags.get(open).id();
            for (int j = open + 1; j < tags.size(); j++) {
                if (tags.get(j).kind() == Inline.TagKind.CLOSE && tags.get(j).id().equals(id)) return j;
            }
            return -1;
        }

        /** Words starting at or after plain offset {@code at} come from this index on. */
        int wordsBefore(int at) {
            int n = 0;
            for (int[] w : words) if (w[1] <= at) n++;
            return n;
        }
    }

    /** The target span {start, end} (plain offsets) a source pair goes around; empty when it encloses no words. */
    private static Optional<int[]> pairSpan(Layout layout, int open, int close, String target, List<int[]> targetWords,
            List<TermMark> terms) {
        int from = layout.plainAt.get(open);
        int to = layout.plainAt.get(close);
        String enclosed = layout.plain.substring(from, to).strip();
        int a = layout.wordsBefore(from);
        int b = layout.wordsBefore(to);
        if (b <= a || enclosed.isEmpty()) return Optional.empty();
        Optional<int[]> same = wholeWords(target, enclosed);
        if (same.isPresent()) return same;
        Optional<int[]> term = termSpan(layout, open, close, a, b, target, terms);
        if (term.isPresent()) return term;
        int n = layout.words.size();
        int m = targetWords.size();
        int ta = Math.min(m - 1, (int) Math.round((double) a * m / n));
        int tb = Math.max(ta + 1, Math.min(m, (int) Math.round((double) b * m / n)));
        if (a == 0 && b == n) {
            ta = 0;
            tb = m;
        }
        return Optional.of(new int[] {targetWords.get(ta)[0], targetWords.get(tb - 1)[1]});
    }

    /**
     * The target terms of the glossary terms a pair encloses, when those terms are all of its words: from the first
     * to the last found in the target.
     */
    private static Optional<int[]> termSpan(Layout layout, int open, int close, int a, int b, String target,
            List<TermMark> terms) {
        int codedFrom = layout.codedAt.get(open);
        int codedTo = layout.codedAt.get(close);
        int covered = 0;
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (TermMark mark : terms) {
            if (mark.start() < codedFrom || mark.end() > codedTo) continue;
            Optional<int[]> found = mark.targets().stream().map(t -> wholeWordsIgnoringCase(target, t.text()))
                    .flatMap(Optional::stream).findFirst();
            if (found.isEmpty()) return Optional.empty();
            covered += words(mark.term()).size();
            start = Math.min(start, found.get()[0]);
            end = Math.max(end, found.get()[1]);
        }
        return end < 0 || covered < b - a ? Optional.empty() : Optional.of(new int[] {start, end});
    }

    /** Where a standalone code at source plain offset {@code at} goes in the target. */
    private static int point(Layout layout, int at, String target, List<int[]> targetWords) {
        int k = layout.wordsBefore(at);
        int n = layout.words.size();
        if (k == 0) return layout.plain.substring(0, at).isBlank() ? 0 : targetWords.get(0)[0];
        if (k >= n) return layout.plain.substring(at).isBlank() ? target.length() : targetWords.get(
                targetWords.size() - 1)[1];
        int m = targetWords.size();
        return targetWords.get(Math.min(m - 1, (int) Math.round((double) k * m / n)))[0];
    }

    private static Optional<int[]> wholeWords(String text, String part) {
        return wholeWords(text, part, false);
    }

    private static Optional<int[]> wholeWordsIgnoringCase(String text, String part) {
        return wholeWords(text, part, true);
    }

    private static Optional<int[]> wholeWords(String text, String part, boolean ignoreCase) {
        if (part.isBlank()) return Optional.empty();
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])",
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }

    /** The words of {@code text} as {start, end} offsets. */
    static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static String label(Inline.Tag tag) {
        String placeholder = TagText.placeholder(tag);
        return tag.type().isEmpty() ? placeholder : placeholder + " " + tag.type();
    }

    private static String key(Inline.Tag tag) {
        return tag.kind() + ":" + tag.id();
    }
}
