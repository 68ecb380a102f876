package org.glossa.core.okapi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;

/** Converts between Okapi's {@link TextFragment} (coded text + codes) and Glossa's {@link Content}. */
public final class OkapiContent {
    /** Prefix of inline code ids in the model ("c1"), so they never clash with segment ids in XLIFF 2. */
    public static final String TAG_ID_PREFIX = "c";

    private OkapiContent() {
    }

    public static Content toContent(TextFragment fragment) {
        return toContent(fragment, UnaryOperator.identity());
    }

    /** @param resolveData turns a code's data (which may hold skeleton references) into displayable markup */
    public static Content toContent(TextFragment fragment, UnaryOperator<String> resolveData) {
        String coded = fragment.getCodedText();
        List<Code> codes = fragment.getCodes();
        List<Inline> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                if (text.length() > 0) {
                    parts.add(new Inline.Text(text.toString()));
                    text.setLength(0);
                }
                parts.add(new Inline.Tag(kindOf(code.getTagType()), TAG_ID_PREFIX + code.getId(), code.getType(),
                        resolveData.apply(code.getData() == null ? "" : code.getData())));
            } else {
                text.append(c);
            }
        }
        if (text.length() > 0) parts.add(new Inline.Text(text.toString()));
        return new Content(parts);
    }

    /**
     * Builds a fragment for {@code content}. Tags take their codes from {@code originalCodes} when one matches
     * (same kind and id), so merge writes the original markup back; otherwise a new code from the tag's data.
     */
    public static TextFragment toFragment(Content content, List<Code> originalCodes) {
        TextFragment tf = new TextFragment();
        java.util.Set<Code> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Inline p : content.parts()) {
            if (p instanceof Inline.Text t) {
                tf.append(t.value());
            } else if (p instanceof Inline.Tag tag) {
                tf.append(originalCode(tag, originalCodes, used));
            }
        }
        return tf;
    }

    /**
     * The original code a tag stands for: the one with the same kind and id; else (other tools renumber ids, and
     * an isolated closing code gets an id of its own) the first unused one of the same kind and type; else a new
     * code made from the tag's data.
     */
    private static Code originalCode(Inline.Tag tag, List<Code> originals, java.util.Set<Code> used) {
        Code found = null;
        for (Code c : originals) {
            if (!used.contains(c) && kindOf(c.getTagType()) == tag.kind() && (TAG_ID_PREFIX + c.getId()).equals(tag.id())) {
                found = c;
                break;
            }
        }
        if (found == null) {
            for (Code c : originals) {
                if (!used.contains(c) && kindOf(c.getTagType()) == tag.kind() && tag.type().equals(c.getType())) {
                    found = c;
                    break;
                }
            }
        }
        if (found == null) return new Code(typeOf(tag.kind()), tag.type(), tag.data());
        used.add(found);
        return found.clone();
    }

    public static TextFragment toFragment(Content content) {
        return toFragment(content, List.of());
    }

    static TagKind kindOf(TagType t) {
        return switch (t) {
            case OPENING -> TagKind.OPEN;
            case CLOSING -> TagKind.CLOSE;
            case PLACEHOLDER -> TagKind.STANDALONE;
        };
    }

    static TagType typeOf(TagKind k) {
        return switch (k) {
            case OPEN -> TagType.OPENING;
            case CLOSE -> TagType.CLOSING;
            case STANDALONE -> TagType.PLACEHOLDER;
        };
    }

    /**
     * Maps each position of {@code fragment}'s coded text to the position in {@link Content}'s coded view (where a
     * tag counts as one character). The array has length codedText.length() + 1.
     */
    public static int[] codedToContentOffsets(TextFragment fragment) {
        String coded = fragment.getCodedText();
        int[] map = new int[coded.length() + 1];
        int pos = 0;
        for (int i = 0; i < coded.length(); i++) {
            map[i] = pos;
            if (TextFragment.isMarker(coded.charAt(i))) {
                map[++i] = pos;
            }
            pos++;
        }
        map[coded.length()] = pos;
        return map;
    }
}
