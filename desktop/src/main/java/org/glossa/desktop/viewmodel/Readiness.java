package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Optional;

import org.glossa.core.qa.Severity;
import org.glossa.core.qa.check.TagMismatchCheck;

/**
 * The warnings before confirming and before exporting (the view asks "… anyway?"): a segment confirmed with tag errors,
 * a document exported with untranslated segments (their source text is exported) or QA errors. Built from what live QA
 * has found so far (checks still running are not waited for).
 */
final class Readiness {

    /** How many findings a warning quotes. */
    private static final int QUOTED = 3;

    private Readiness() {
    }

    /**
     * Why confirming segment {@code number} deserves a question: its {@code tag-mismatch} errors (the exported document
     * would lose formatting or links); empty when it has none. Other errors (a glossary term still missing while the
     * translator confirms as they go) do not interrupt confirming; Export names them.
     */
    static Optional<String> beforeConfirming(int number, List<QaPanelViewModel.FindingRow> segmentFindings) {
        List<QaPanelViewModel.FindingRow> errors = errors(segmentFindings).stream()
                .filter(f -> f.check().equals(TagMismatchCheck.ID)).toList();
        if (errors.isEmpty()) return Optional.empty();
        return Optional.of("Segment " + number + " has " + count(errors.size(), "QA error") + ": " + quoted(errors,
                false));
    }

    /** Why exporting deserves a question: untranslated segments and QA errors of the file; empty when none. */
    static Optional<String> beforeExporting(int untranslated, List<QaPanelViewModel.FindingRow> fileFindings) {
        List<QaPanelViewModel.FindingRow> errors = errors(fileFindings);
        if (untranslated == 0 && errors.isEmpty()) return Optional.empty();
        StringBuilder out = new StringBuilder();
        if (untranslated > 0) {
            out.append(count(untranslated, "segment")).append(untranslated == 1 ? " is" : " are")
                    .append(" not translated: the exported document keeps their source text.");
        }
        if (!errors.isEmpty()) {
            if (out.length() > 0) out.append(' ');
            out.append("QA found ").append(count(errors.size(), "error")).append(": ").append(quoted(errors, true))
                    .append('.');
        }
        return Optional.of(out.toString());
    }

    private static List<QaPanelViewModel.FindingRow> errors(List<QaPanelViewModel.FindingRow> findings) {
        return findings.stream().filter(f -> f.finding().severity() == Severity.ERROR).toList();
    }

    private static String quoted(List<QaPanelViewModel.FindingRow> errors, boolean numbered) {
        List<String> shown = errors.stream().limit(QUOTED)
                .map(f -> (numbered && f.number() > 0 ? "#" + f.number() + " " : "") + f.check() + " (" + f.message() + ")")
                .toList();
        return String.join("; ", shown) + (errors.size() > QUOTED ? "; and " + (errors.size() - QUOTED) + " more" : "");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
