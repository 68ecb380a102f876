package org.glossa.core.okapi;

import java.util.HashMap;
import java.util.Map;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextFragment;
import org.glossa.core.okapi.SkeletonMarkup.Reference;

/**
 * What the reference markers in inline codes' data stand for ({@code <a [#$dp7]>}: the markup of document part
 * dp7), so a code's data shows readable markup. Fed with the events in order; a reference to a resource not seen
 * yet stands for nothing.
 */
public final class CodeReferences {
    private final Map<String, String> markup = new HashMap<>();

    public void documentPart(DocumentPart dp) {
        markup.put(dp.getId(), SkeletonMarkup.markup(dp.getSkeleton(), r -> r.toSelf() ? ownProperty(dp, r) : resolved(r)));
    }

    public void textUnit(ITextUnit tu, TextFragment content) {
        markup.put(tu.getId(), content.getText());
    }

    /** {@code codeData} with each reference to another resource replaced by that resource's markup. */
    public String resolve(String codeData) {
        return SkeletonMarkup.resolve(codeData, r -> r.toSelf() ? marker(r) : resolved(r));
    }

    private String resolved(Reference r) {
        return markup.getOrDefault(r.id(), "");
    }

    private static String ownProperty(DocumentPart dp, Reference r) {
        if (r.property().isEmpty()) return marker(r);
        Property p = dp.getSourceProperty(r.property().get());
        return p == null ? "" : p.getValue();
    }

    private static String marker(Reference r) {
        return r.property().map(p -> TextFragment.makeRefMarker(r.id(), p)).orElseGet(() -> TextFragment.makeRefMarker(r.id()));
    }
}
