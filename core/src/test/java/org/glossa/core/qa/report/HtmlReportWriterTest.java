package org.glossa.core.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    private static final String HTML = Render.render(SampleFindings.report(), ReportFormat.HTML);

    @Test
    void selfContainedPage() {
        assertTrue(HTML.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), HTML);
        assertTrue(HTML.endsWith("</html>\n"));
        assertTrue(HTML.contains("<title>QA report</title>"));
        assertTrue(HTML.contains("<style>") && HTML.contains("<script>"));
        for (String external : List.of("<link", "src=", "href=", "@import", "url(", "http://", "https://")) {
            String page = HTML.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assertFalse(page.contains(external), "no external resource: " + external);
        }
    }

    @Test
    void summaryCountsAndChart() {
        assertTrue(HTML.contains("<li class=\"stat total\"><b>6</b>issues</li>"), HTML);
        assertTrue(HTML.contains("<li class=\"stat sev-error\"><b>3</b>errors</li>"));
        assertTrue(HTML.contains("<li class=\"stat sev-warning\"><b>2</b>warnings</li>"));
        assertTrue(HTML.contains("<li class=\"stat sev-info\"><b>1</b>info</li>"));
        assertTrue(HTML.contains("<svg class=\"chart\""));
        assertEquals(6, count(HTML, "<g class=\"row\""), "one bar per check");
        assertEquals(3, count(HTML, "<rect class=\"bar sev-error\""));
        assertEquals(2, count(HTML, "<rect class=\"bar sev-warning\""));
        assertEquals(1, count(HTML, "<rect class=\"bar sev-info\""));
        assertTrue(HTML.contains("<title>term-missing: 1 error</title>"));
        for (String f : SampleFindings.report().files()) assertTrue(HTML.contains("<li>" + f + "</li>"), f);
    }

    @Test
    void stackedBarsAreScaledToTheBusiestCheck() {
        Finding missing = SampleFindings.termMissing();
        Finding missingWarning = SampleFindings.withSeverity(missing, Severity.WARNING);
        QaReport report = new QaReport(List.of(missing, missingWarning, missing, missingWarning, SampleFindings.doubleSpace()),
                5, List.of());
        String svg = SummaryChart.svg(report.countsByCheckAndSeverity());
        // label room: 12 characters of "term-missing" at 7.6 px + 16 = 108; 440 px for the 4 findings of term-missing
        assertTrue(svg.contains("<rect class=\"bar sev-warning\" x=\"108.0\" y=\"7\" width=\"110.0\""), svg);
        assertTrue(svg.contains("<rect class=\"bar sev-error\" x=\"108.0\" y=\"35\" width=\"220.0\""), svg);
        assertTrue(svg.contains("<rect class=\"bar sev-warning\" x=\"328.0\" y=\"35\" width=\"220.0\""), svg);
        assertFalse(svg.contains("sev-info"));
        assertTrue(svg.contains("<title>term-missing: 2 errors, 2 warnings</title>"), svg);
        assertTrue(svg.contains(">4</text>"), svg);
    }

    @Test
    void filterBarIsLabelled() {
        assertTrue(HTML.contains("<label class=\"field\" for=\"filter-text\">Search</label><input type=\"search\" id=\"filter-text\""));
        assertTrue(HTML.contains("<label class=\"field\" for=\"filter-check\">Check</label><select id=\"filter-check\">"));
        assertTrue(HTML.contains("<fieldset><legend>Severity</legend>"));
        assertTrue(HTML.contains("<label><input type=\"checkbox\" name=\"severity\" value=\"error\" checked> errors (3)</label>"));
        assertTrue(HTML.contains("<option value=\"term-missing\">term-missing (1)</option>"));
    }

    @Test
    void tableWithHeadersAndHighlightedSpans() {
        assertTrue(HTML.contains("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Unit</th><th scope=\"col\">Segment</th>"
                + "<th scope=\"col\">Check</th><th scope=\"col\">Severity</th><th scope=\"col\">Message</th>"
                + "<th scope=\"col\">Source</th><th scope=\"col\">Target</th></tr></thead>"));
        assertEquals(6, count(HTML, "<tr data-severity="));
        assertTrue(HTML.contains("<td class=\"seg\">The <mark class=\"sev-error\" title=\"term-missing\">European Commission</mark>"
                + " proposed new sanctions against Belarus on Tuesday.</td>"), HTML);
        assertTrue(HTML.contains("<td class=\"seg\"><mark class=\"sev-error\" title=\"term-forbidden\">Weißrussland</mark> hat seine"));
        assertTrue(HTML.contains("More than <mark class=\"sev-error\" title=\"number-mismatch\">1,500</mark> people"));
        assertTrue(HTML.contains("Mehr als <mark class=\"sev-error\" title=\"number-mismatch\">15.000</mark> Menschen"));
        assertTrue(HTML.contains("Die Polizei setzte<mark class=\"sev-warning\" title=\"double-space\">  </mark>Tränengas"));
        assertTrue(HTML.contains("<td class=\"seg\">" + SampleFindings.LENGTH_TARGET + "</td>"), "no span, no mark");
        assertTrue(HTML.contains("<span class=\"badge sev-info\">info</span>"));
        assertTrue(HTML.contains("Glossary: <b>European Commission</b> → Europäische Kommission, EU-Kommission"
                + " <span class=\"gl\">dw-en-de.tbx#dw022</span>"));
        assertEquals(count(HTML, "<mark "), count(HTML, "</mark>"));
        assertEquals(6, count(HTML, "<mark "));
    }

    @Test
    void everythingIsEscaped() {
        Finding hostile = SampleFindings.hostile();
        String html = Render.render(new QaReport(List.of(hostile), 1, List.of(hostile.file())), ReportFormat.HTML);
        String body = html.substring(html.indexOf("<body>"), html.indexOf("<script>"));
        assertFalse(body.contains("<script"), "no markup from the report text");
        assertFalse(body.contains("<b>bold"));
        assertFalse(html.contains("\u001b") || html.contains("\u0000"));
        assertTrue(html.contains("<title>QA report: a&amp;b &lt;x&gt;.xlf</title>"), html);
        assertTrue(body.contains("<td class=\"seg\">Use <mark class=\"sev-warning\" title=\"markup\">&lt;script&gt;</mark>"
                + "alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;, commas</td>"), body);
        assertTrue(body.contains("Nutze &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark class=\"sev-warning\" title=\"markup\">"
                + "&amp; &quot;</mark>Anführungszeichen&quot;, Kommas"), body);
        assertTrue(body.contains("line two &lt;b&gt;bold&lt;/b&gt; &amp; more\r\n␛[31mred\u2028sep␀"), body);
        assertTrue(body.contains("<td class=\"id\">u&quot;1</td>"));
        assertEquals(1, count(html, "<script>"), "only the page's own script");
    }

    @Test
    void emptyReport() {
        String html = Render.render(SampleFindings.empty(), ReportFormat.HTML);
        assertTrue(html.contains("<title>QA report: dw-berlinale.xlf</title>"));
        assertTrue(html.contains("<p class=\"empty-note\">No issues found in 42 segments.</p>"));
        assertTrue(html.contains("<li class=\"stat total\"><b>0</b>issues</li>"));
        assertFalse(html.contains("<table"));
        assertFalse(html.contains("<svg"));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void emptyAndOutOfRangeSpans() {
        assertEquals("ab<mark class=\"sev-info gap\" title=\"x\"></mark>cd",
                Html.marked("abcd", java.util.Optional.of(new org.glossa.core.qa.Span(2, 2)), "sev-info", "x"));
        assertEquals("ab<mark class=\"sev-info\" title=\"x\">cd</mark>",
                Html.marked("abcd", java.util.Optional.of(new org.glossa.core.qa.Span(2, 9)), "sev-info", "x"));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
