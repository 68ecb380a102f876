package org.glossa.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;
import org.glossa.core.text.TextKey;

/** Core's values in the serializable form Spark moves between JVMs (core's records hold Optionals, not serializable). */
final class Rows {
    private Rows() {
    }

    /** A {@link TextKey}. */
    record Key(long hi, long lo) implements Serializable {
        static Key of(String text) {
            TextKey k = TextKey.of(text);
            return new Key(k.hi(), k.lo());
        }
    }

    /** A {@link Finding}; spans -1 and term null when absent. */
    record FindingRow(String file, String unit, String segment, String check, String severity, String message,
                      String source, String target, int sourceStart, int sourceEnd, int targetStart, int targetEnd,
                      TermRow term) implements Serializable {
        static FindingRow of(Finding f) {
            return new FindingRow(f.file(), f.unit(), f.segment(), f.check(), f.severity().id(), f.message(), f.source(),
                    f.target(), f.sourceSpan().map(Span::start).orElse(-1), f.sourceSpan().map(Span::end).orElse(-1),
                    f.targetSpan().map(Span::start).orElse(-1), f.targetSpan().map(Span::end).orElse(-1),
                    f.term().map(TermRow::of).orElse(null));
        }

        Finding finding() {
            return new Finding(file, unit, segment, check, Severity.fromId(severity).orElseThrow(), message, source, target,
                    sourceStart < 0 ? Optional.empty() : Optional.of(new Span(sourceStart, sourceEnd)),
                    targetStart < 0 ? Optional.empty() : Optional.of(new Span(targetStart, targetEnd)),
                    Optional.ofNullable(term).map(TermRow::info));
        }
    }

    /** A {@link TermInfo}. */
    record TermRow(String source, ArrayList<String> expected, String found, String glossary) implements Serializable {
        static TermRow of(TermInfo t) {
            return new TermRow(t.source(), new ArrayList<>(t.expected()), t.found(), t.glossary());
        }

        TermInfo info() {
            return new TermInfo(source, List.copyOf(expected), found, glossary);
        }
    }
}
