package org.glossa.core.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {
    private static final String SAMPLE = """
            QA report: 3 files, 120 segments checked

            dw-eu-sanctions-belarus.xlf  (4 issues)
              u8/s1   error    term-missing     "European Commission" is not translated with a glossary term
                  The »European Commission« proposed new sanc…  →  Die Kommission schlug am Dienstag neue Sankt…
              u8/s2   error    term-forbidden   Forbidden term "Weißrussland"; use "Belarus"
                  »Belarus« has closed its border with Poland.  →  »Weißrussland« hat seine Grenze zu Polen ges…
              u12/s1  error    number-mismatch  Number 1,500 has no match in the target (found 15.000)
                  More than »1,500« people were detained in M…  →  Mehr als »15.000« Menschen wurden in Minsk f…
              u12/s2  warning  double-space     Double space in the target
                  Police used tear gas and water cannon.  →  … Polizei setzte»  «Tränengas und Wasserwerfer ein.

            dw-coal-phase-out.xlf  (2 issues)
              u3/s1   info     length-ratio     Target is 3.1 times as long as the source (expected at most 2.5)
                  Germany wants to phase out coal by 2038.  →  Deutschland will bis spätestens 2038 aus der Koh…
              u4/s1   warning  empty-target     The segment is not translated
                  The decision is final.  →  (empty)

            dw-berlinale.xlf: no issues

            By check:
              double-space        1  (1 warning)
              empty-target        1  (1 warning)
              length-ratio        1  (1 info)
              number-mismatch     1  (1 error)
              term-forbidden      1  (1 error)
              term-missing        1  (1 error)

            6 issues in 120 segments: 3 errors, 2 warnings, 1 info
            """;

    @Test
    void sampleReport() {
        assertEquals(SAMPLE, Render.render(SampleFindings.report(), ReportFormat.TEXT));
    }

    @Test
    void fitsA100ColumnTerminalWithoutEscapes() {
        String text = Render.render(SampleFindings.report(), ReportFormat.TEXT);
        for (String line : text.split("\n")) assertTrue(line.length() <= 100, line.length() + ": " + line);
        assertFalse(text.contains("\u001b"));
    }

    @Test
    void groupsByFileThenUnitInOrderOfFirstAppearance() {
        List<Finding> mixed = List.of(SampleFindings.termMissing(), SampleFindings.lengthRatio(), SampleFindings.numberMismatch(),
                SampleFindings.termForbidden(), SampleFindings.emptyTarget());
        String text = Render.render(new QaReport(mixed, 10, List.of()), ReportFormat.TEXT);
        List<String> order = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.endsWith("issues)") || line.endsWith("issue)")) order.add(line.substring(0, line.indexOf("  (")));
            else if (line.startsWith("  u")) order.add(line.strip().split(" +")[0]);
        }
        assertEquals(List.of(SampleFindings.SANCTIONS, "u8/s1", "u8/s2", "u12/s1", SampleFindings.CLIMATE, "u3/s1", "u4/s1"), order);
    }

    @Test
    void controlCharactersCannotReachTheTerminal() {
        String text = Render.render(new QaReport(List.of(SampleFindings.hostile()), 1, List.of()), ReportFormat.TEXT);
        assertFalse(text.contains("\u001b"));
        assertFalse(text.contains("\r"));
        assertFalse(text.contains("\u0000"));
        assertTrue(text.contains("Line one, with \"quotes\"↵line two <b>bold</b> & more␍↵␛[31mred↵sep␀"), text);
        assertTrue(text.contains("Use »<script>«alert"), text);
        assertEquals(10, text.split("\n").length, text);
    }

    @Test
    void colouredOnRequest() throws IOException {
        StringWriter out = new StringWriter();
        TextReportWriter.coloured().write(new QaReport(List.of(SampleFindings.termMissing()), 1, List.of()), out);
        assertTrue(out.toString().contains("\u001b[1;31merror  \u001b[0m"), out.toString());
        assertTrue(out.toString().contains("»\u001b[1mEuropean Commission\u001b[0m«"), out.toString());
    }

    @Test
    void singularsAndEmptyReport() {
        String one = Render.render(new QaReport(List.of(SampleFindings.doubleSpace()), 1, List.of(SampleFindings.SANCTIONS)),
                ReportFormat.TEXT);
        assertTrue(one.startsWith("QA report: 1 file, 1 segment checked\n"), one);
        assertTrue(one.contains("(1 issue)"), one);
        assertTrue(one.endsWith("\n1 issue in 1 segment: 0 errors, 1 warning, 0 info\n"), one);
        assertEquals("""
                QA report: 1 file, 42 segments checked

                dw-berlinale.xlf: no issues

                0 issues in 42 segments: 0 errors, 0 warnings, 0 info
                """, Render.render(SampleFindings.empty(), ReportFormat.TEXT));
    }
}
