package org.glossa.core.okapi;

import java.util.Optional;
import java.util.function.Function;
import net.sf.okapi.common.ISkeleton;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.skeleton.GenericSkeleton;
import net.sf.okapi.common.skeleton.GenericSkeletonPart;

/**
 * The markup in an Okapi skeleton, read through its public API: the parts of a {@link GenericSkeleton}, and the
 * reference markers in them found with {@link TextFragment#getRefMarker}. Skeletons of other kinds (the OpenXML
 * filter's) hold no markup Glossa reads.
 */
public final class SkeletonMarkup {
    private static final String SELF = "$self$";

    private SkeletonMarkup() {
    }

    /**
     * A reference marker: to a property of the resource itself ({@code [#$$self$@%href]}), to the unit's own content
     * ({@code [#$$self$]}), or to another resource ({@code [#$tu8]}).
     */
    public record Reference(String id, Optional<String> property) {
        public boolean toSelf() {
            return id.equals(SELF);
        }

        /** The marker for the unit's own content: where its text goes in the skeleton. */
        public boolean toOwnContent() {
            return toSelf() && property.isEmpty();
        }
    }

    /** The skeleton's markup split at the marker of the unit's own content. */
    public record AroundContent(String before, String after) {
        static final AroundContent NONE = new AroundContent("", "");
    }

    /** All of the skeleton's markup, each reference replaced by what {@code resolve} gives for it. */
    public static String markup(ISkeleton skeleton, Function<Reference, String> resolve) {
        if (!(skeleton instanceof GenericSkeleton g)) return "";
        StringBuilder out = new StringBuilder();
        for (GenericSkeletonPart part : g.getParts()) out.append(resolve(part.getData(), resolve));
        return out.toString();
    }

    /**
     * The markup before and after the unit's own content; references other than that one are replaced by what
     * {@code resolve} gives. A skeleton without the content marker (or none at all) gives empty markup on both sides.
     */
    public static AroundContent aroundContent(ISkeleton skeleton, Function<Reference, String> resolve) {
        if (!(skeleton instanceof GenericSkeleton g)) return AroundContent.NONE;
        StringBuilder before = new StringBuilder();
        StringBuilder after = null;
        for (GenericSkeletonPart part : g.getParts()) {
            StringBuilder rest = new StringBuilder(part.getData());
            for (Object[] m = TextFragment.getRefMarker(rest); m != null; m = TextFragment.getRefMarker(rest)) {
                Reference ref = reference(m);
                int start = (Integer) m[1];
                int end = (Integer) m[2];
                StringBuilder to = after == null ? before : after;
                to.append(rest, 0, start);
                if (ref.toOwnContent() && after == null) after = new StringBuilder();
                else to.append(resolve.apply(ref));
                rest.delete(0, end);
            }
            (after == null ? before : after).append(rest);
        }
        return after == null ? AroundContent.NONE : new AroundContent(before.toString(), after.toString());
    }

    /** {@code data} with each reference marker replaced by what {@code resolve} gives for it. */
    public static String resolve(CharSequence data, Function<Reference, String> resolve) {
        StringBuilder rest = new StringBuilder(data);
        Object[] m = TextFragment.getRefMarker(rest);
        if (m == null) return rest.toString();
        StringBuilder out = new StringBuilder();
        for (; m != null; m = TextFragment.getRefMarker(rest)) {
            out.append(rest, 0, (Integer) m[1]).append(resolve.apply(reference(m)));
            rest.delete(0, (Integer) m[2]);
        }
        return out.append(rest).toString();
    }

    private static Reference reference(Object[] marker) {
        return new Reference((String) marker[0], Optional.ofNullable((String) marker[3]));
    }
}
