package org.glossa.core.okapi;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.skeleton.GenericSkeleton;
import net.sf.okapi.common.skeleton.GenericSkeletonPart;
import org.glossa.core.okapi.SkeletonMarkup.AroundContent;

/**
 * Where the text units of Okapi's Markdown filter sit. Headings: the filter puts the ATX heading marker ("## ") into
 * a document part of its own right before the heading's text unit, so a unit is "h1"…"h6" when the last markup
 * before it (blank parts aside) is such a marker, else "p". HTML embedded in the Markdown gives the context, as in
 * {@link HtmlStructure}; a unit another resource refers to is an attribute ("@title").
 */
public final class MarkdownStructure implements StructureRecovery {
    private final OpenElements open = new OpenElements();
    private String lastMarkup = "";

    @Override
    public void markup(Event event) {
        open.markup(event);
        IResource res = event.getResource();
        if (res == null || event.isStartDocument() || !(res.getSkeleton() instanceof GenericSkeleton g)) return;
        for (GenericSkeletonPart part : g.getParts()) {
            String data = part.getData().toString();
            if (!data.isBlank()) lastMarkup = data;
        }
    }

    @Override
    public Placement place(ITextUnit unit) {
        AroundContent around = open.around(unit);
        open.consume(around.before());
        int level = headingLevel(lastMarkup.strip());
        String type = unit.getType() == null ? "" : unit.getType();
        String element = unit.isReferent() ? "@" + type : level == 0 ? "p" : "h" + level;
        Placement placement = new Placement(element, open.context());
        open.consume(around.after());
        lastMarkup = "";
        return placement;
    }

    /** 1–6 for an ATX heading marker ("#" … "######"), else 0. */
    private static int headingLevel(String marker) {
        if (marker.isEmpty() || marker.length() > 6 || !marker.chars().allMatch(c -> c == '#')) return 0;
        return marker.length();
    }
}
