package org.glossa.core.okapi;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.resource.ITextUnit;

/**
 * Recovers from a filter's events where each text unit sits in the document's markup (its element and context),
 * for the roles found later from markup and styles. One instance per document; it sees every event in order.
 */
public interface StructureRecovery {
    /** An event other than a text unit: markup between the units. */
    void markup(Event event);

    /** Where {@code unit}, the next text unit, sits. */
    Placement place(ITextUnit unit);
}
