package org.glossa.core.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {
    private static final String HEADER = "file,unit,segment,check,severity,message,source,target,"
            + "source_start,source_end,target_start,target_end,term";

    @Test
    void sampleReportRows() {
        String csv = Render.render(SampleFindings.report(), ReportFormat.CSV);
        assertTrue(csv.startsWith("\uFEFF" + HEADER + "\r\n"), "byte order mark, then the header");
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        List<List<String>> rows = parse(csv.substring(1));
        assertEquals(7, rows.size());
        for (List<String> row : rows) assertEquals(13, row.size(), row.toString());
        assertEquals(List.of(SampleFindings.SANCTIONS, "u8", "s1", "term-missing", "error",
                "\"European Commission\" is not translated with a glossary term", SampleFindings.TERM_MISSING_SOURCE,
                SampleFindings.TERM_MISSING_TARGET, "4", "23", "", "",
                "European Commission → Europäische Kommission | EU-Kommission [dw-en-de.tbx#dw022]"), rows.get(1));
        assertEquals("Belarus → Belarus (found: Weißrussland) [dw-en-de.tbx#dw031]", rows.get(2).get(12));
        assertEquals(List.of("10", "15", "9", "15", ""), rows.get(3).subList(8, 13));
        assertEquals(List.of("", "", "18", "20", ""), rows.get(4).subList(8, 13));
        assertEquals(List.of("", "", "", "", ""), rows.get(5).subList(8, 13));
        assertEquals("", rows.get(6).get(7), "empty target");
        assertTrue(csv.contains("\r\n" + SampleFindings.SANCTIONS + ",u8,s1,term-missing,error,"
                + "\"\"\"European Commission\"\" is not translated with a glossary term\","), csv);
    }

    @Test
    void quotesCommasAndLineBreaks() {
        Finding hostile = SampleFindings.hostile();
        String csv = Render.render(new QaReport(List.of(hostile), 1, List.of()), ReportFormat.CSV);
        List<List<String>> rows = parse(csv.substring(1));
        assertEquals(2, rows.size());
        List<String> row = rows.get(1);
        assertEquals(List.of(hostile.file(), hostile.unit(), hostile.segment(), hostile.check(), "warning", hostile.message(),
                hostile.source(), hostile.target()), row.subList(0, 8));
        assertTrue(csv.contains(",\"Line one, with \"\"quotes\"\"\nline two <b>bold</b> & more\r\n"), csv);
        assertTrue(csv.contains(",\"u\"\"1\",\"s,1\","), csv);
    }

    @Test
    void emptyReport() {
        assertEquals("\uFEFF" + HEADER + "\r\n", Render.render(SampleFindings.empty(), ReportFormat.CSV));
    }

    /** RFC 4180 rows; strict about quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    if (i >= csv.length()) throw new IllegalStateException("unterminated quote");
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    throw new IllegalStateException("text after a closing quote at " + i);
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') throw new IllegalStateException("bare CR at " + i);
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalStateException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) throw new IllegalStateException("last row without CRLF");
        return rows;
    }
}
