package org.glossa.desktop.viewmodel;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;

/**
 * The glossary terms of one open document, marked lazily: a unit gets its marks (replacing any it had) when it is
 * first asked for, so opening a long file does not wait for all of them. The saved XLIFF 2.1 does not carry term
 * marks, so units never shown need none.
 */
final class TermMarks {

    private final DocumentSession session;
    private final UnaryOperator<Unit> marker;
    private final BitSet marked = new BitSet();

    TermMarks(DocumentSession session, UnaryOperator<Unit> marker) {
        this.session = Objects.requireNonNull(session, "session");
        this.marker = Objects.requireNonNull(marker, "marker");
    }

    /** Unit {@code unitIndex} with its term marks. */
    Unit unit(int unitIndex) {
        if (!marked.get(unitIndex)) {
            session.annotate(unitIndex, marker);
            marked.set(unitIndex);
        }
        return session.unit(unitIndex);
    }

    /** The terms marked in segment {@code segmentId} of unit {@code unitIndex}. */
    List<TermMark> termsOf(int unitIndex, String segmentId) {
        return unit(unitIndex).termsOf(segmentId);
    }
}
