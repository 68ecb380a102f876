package org.glossa.core.qa;

import java.util.List;

/**
 * A QA check on one segment pair. Each check has a stable id, a default severity, and its own good and bad
 * examples, which one generic test runs (LanguageTool's habit). Checks hold no state between calls, and a check's
 * findings depend on the pair's contents and languages only: the pair's file, unit and segment are only copied into
 * them ({@link QaEngine} checks a repeated pair once and gives each repeat those findings at its own location).
 */
public interface Check {
    /** Stable id used in reports and in {@code --disable}, e.g. {@code number-mismatch}. */
    String id();

    Severity defaultSeverity();

    /** The ITS 2.0 Localization Quality Issue type this check reports (e.g. "terminology", "mistranslation"). */
    String itsIssueType();

    /** Findings for one pair; pairs without a target are only given to checks that ask for them. */
    List<Finding> check(SegmentPair pair);

    /**
     * Loads what the check needs whatever the languages (a model, say), so that a caller can have it done ahead, on
     * another thread while files are read ({@link QaEngine#prepareInBackground()}); {@link #check} loads it on first
     * use anyway. Does nothing by default.
     */
    default void prepare() {
    }

    /**
     * Loads ahead what the check needs for one language pair (a Hunspell dictionary, ICU's number and date data of
     * the two languages): data a process loads once and shares, so that a caller that expects the pair can have it
     * done on another thread while it sets up the rest (see
     * {@link org.glossa.core.qa.check.Checks#prepareInBackground}); {@link #check} loads it on first use anyway.
     * Findings do not depend on whether it ran. Does nothing by default.
     */
    default void prepare(String sourceLanguage, String targetLanguage) {
    }

    /** True when the check wants pairs with an empty target too (empty-target does). */
    default boolean checksEmptyTargets() {
        return false;
    }

    /** Examples: pairs that must give no finding, and pairs that must give at least one. */
    List<Example> examples();

    /**
     * @param pair        the source and target
     * @param findings    how many findings the check must report (0 for a good example)
     * @param note        why, for the test report
     * @param targetSpans where the findings must mark the target, in order (empty: not asserted)
     */
    record Example(SegmentPair pair, int findings, String note, List<Span> targetSpans) {
        public Example {
            targetSpans = List.copyOf(targetSpans);
        }

        public Example(SegmentPair pair, int findings, String note) {
            this(pair, findings, note, List.of());
        }

        /** A bad example whose one finding marks {@code targetSpan} in the target. */
        public static Example bad(String source, String target, String sourceLang, String targetLang, String note,
                Span targetSpan) {
            return new Example(SegmentPair.of(source, target, sourceLang, targetLang), 1, note, List.of(targetSpan));
        }

        public static Example good(String source, String target, String sourceLang, String targetLang, String note) {
            return new Example(SegmentPair.of(source, target, sourceLang, targetLang), 0, note);
        }

        public static Example bad(String source, String target, String sourceLang, String targetLang, String note) {
            return new Example(SegmentPair.of(source, target, sourceLang, targetLang), 1, note);
        }
    }
}
