package org.glossa.core.qa.report;

import java.util.List;
import java.util.Optional;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;

/** Realistic findings for an EN→DE DW article, shared by the report tests. */
final class SampleFindings {
    static final String SANCTIONS = "dw-eu-sanctions-belarus.xlf";
    static final String CLIMATE = "dw-coal-phase-out.xlf";
    static final String CULTURE = "dw-berlinale.xlf";

    static final String TERM_MISSING_SOURCE = "The European Commission proposed new sanctions against Belarus on Tuesday.";
    static final String TERM_MISSING_TARGET = "Die Kommission schlug am Dienstag neue Sanktionen gegen Belarus vor.";
    static final String FORBIDDEN_SOURCE = "Belarus has closed its border with Poland.";
    static final String FORBIDDEN_TARGET = "Weißrussland hat seine Grenze zu Polen geschlossen.";
    static final String NUMBER_SOURCE = "More than 1,500 people were detained in Minsk.";
    static final String NUMBER_TARGET = "Mehr als 15.000 Menschen wurden in Minsk festgenommen.";
    static final String SPACE_SOURCE = "Police used tear gas and water cannon.";
    static final String SPACE_TARGET = "Die Polizei setzte  Tränengas und Wasserwerfer ein.";
    static final String LENGTH_SOURCE = "Germany wants to phase out coal by 2038.";
    static final String LENGTH_TARGET = "Deutschland will bis spätestens 2038 aus der Kohleverstromung aussteigen, "
            + "teilte die Bundesregierung am Mittwoch in Berlin mit.";

    private SampleFindings() {
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) throw new IllegalArgumentException(part + " not in " + text);
        return new Span(i, i + part.length());
    }

    static Finding termMissing() {
        return new Finding(SANCTIONS, "u8", "s1", "term-missing", Severity.ERROR,
                "\"European Commission\" is not translated with a glossary term",
                TERM_MISSING_SOURCE, TERM_MISSING_TARGET, Optional.of(span(TERM_MISSING_SOURCE, "European Commission")),
                Optional.empty(), Optional.of(new TermInfo("European Commission",
                        List.of("Europäische Kommission", "EU-Kommission"), "", "dw-en-de.tbx#dw022")));
    }

    static Finding termForbidden() {
        return new Finding(SANCTIONS, "u8", "s2", "term-forbidden", Severity.ERROR,
                "Forbidden term \"Weißrussland\"; use \"Belarus\"",
                FORBIDDEN_SOURCE, FORBIDDEN_TARGET, Optional.of(span(FORBIDDEN_SOURCE, "Belarus")),
                Optional.of(span(FORBIDDEN_TARGET, "Weißrussland")),
                Optional.of(new TermInfo("Belarus", List.of("Belarus"), "Weißrussland", "dw-en-de.tbx#dw031")));
    }

    static Finding numberMismatch() {
        return new Finding(SANCTIONS, "u12", "s1", "number-mismatch", Severity.ERROR,
                "Number 1,500 has no match in the target (found 15.000)",
                NUMBER_SOURCE, NUMBER_TARGET, Optional.of(span(NUMBER_SOURCE, "1,500")),
                Optional.of(span(NUMBER_TARGET, "15.000")), Optional.empty());
    }

    static Finding doubleSpace() {
        return new Finding(SANCTIONS, "u12", "s2", "double-space", Severity.WARNING, "Double space in the target",
                SPACE_SOURCE, SPACE_TARGET, Optional.empty(), Optional.of(span(SPACE_TARGET, "  ")), Optional.empty());
    }

    static Finding lengthRatio() {
        return new Finding(CLIMATE, "u3", "s1", "length-ratio", Severity.INFO,
                "Target is 3.1 times as long as the source (expected at most 2.5)",
                LENGTH_SOURCE, LENGTH_TARGET, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Finding emptyTarget() {
        return new Finding(CLIMATE, "u4", "s1", "empty-target", Severity.WARNING, "The segment is not translated",
                "The decision is final.", "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Finding withSeverity(Finding f, Severity severity) {
        return new Finding(f.file(), f.unit(), f.segment(), f.check(), severity, f.message(), f.source(), f.target(),
                f.sourceSpan(), f.targetSpan(), f.term());
    }

    static List<Finding> findings() {
        return List.of(termMissing(), termForbidden(), numberMismatch(), doubleSpace(), lengthRatio(), emptyTarget());
    }

    static QaReport report() {
        return new QaReport(findings(), 120, List.of(SANCTIONS, CLIMATE, CULTURE));
    }

    static QaReport empty() {
        return new QaReport(List.of(), 42, List.of(CULTURE));
    }

    /** A finding whose texts try to break every format. */
    static Finding hostile() {
        String source = "Use <script>alert('x')</script> & \"quotes\", commas";
        String target = "Nutze <script>alert('x')</script> & \"Anführungszeichen\", Kommas";
        return new Finding("a&b <x>.xlf", "u\"1", "s,1", "markup", Severity.WARNING,
                "Line one, with \"quotes\"\nline two <b>bold</b> & more\r\n\u001b[31mred\u2028sep\u0000",
                source, target, Optional.of(span(source, "<script>")), Optional.of(span(target, "& \"")), Optional.empty());
    }
}
