package org.glossa.core.okapi;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.resource.ITextUnit;
import org.glossa.core.okapi.SkeletonMarkup.AroundContent;

/**
 * Where the text units of Okapi's HTML filter sit: the element is the innermost open element (else the unit's type,
 * "paragraph" as "p"), the context all open elements and their classes. A unit that another resource's skeleton
 * refers to (an {@code alt} or {@code title} value) is an attribute: "@alt".
 */
public final class HtmlStructure implements StructureRecovery {
    private final OpenElements open = new OpenElements();

    @Override
    public void markup(Event event) {
        open.markup(event);
    }

    @Override
    public Placement place(ITextUnit unit) {
        AroundContent around = open.around(unit);
        open.consume(around.before());
        String type = unit.getType() == null ? "" : unit.getType();
        String element = unit.isReferent() ? "@" + type : open.innermost().orElse(type.equals("paragraph") ? "p" : type);
        Placement placement = new Placement(element, open.context());
        open.consume(around.after());
        return placement;
    }
}
