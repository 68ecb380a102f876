package org.glossa.core.glossary.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.output.Csv;

/**
 * Writes CSV (UTF-8 with BOM so spreadsheet programs see the encoding, CRLF, RFC 4180 quoting) or TSV (UTF-8,
 * LF, the same quoting). Columns: {@code id}, one per language, then per language only those of
 * {@code <lang> status}, {@code <lang> pos}, {@code <lang> note}, {@code <lang> case} that have a value somewhere,
 * then {@code definition}, {@code subject}, {@code dnt} likewise. A concept with several terms in a language
 * takes several rows with the same id; concept values are on its first row.
 */
final class DelimitedWriter {
    private record Col(String header, Function<Row, String> value) {
    }

    private record Row(Concept concept, int index) {
        Optional<Term> term(String language) {
            List<Term> terms = concept.terms().stream().filter(t -> t.language().equals(language)).toList();
            return index < terms.size() ? Optional.of(terms.get(index)) : Optional.empty();
        }
    }

    private DelimitedWriter() {
    }

    static void write(Glossary g, char delimiter, OutputStream out) throws IOException {
        List<Col> cols = columns(g);
        StringBuilder sb = new StringBuilder();
        String eol = delimiter == ',' ? Csv.CRLF : "\n";
        if (delimiter == ',') sb.append(Csv.BOM);
        Csv.row(sb, cols.stream().map(Col::header).toList(), delimiter, eol);
        for (Concept c : g.concepts()) {
            int rows = Math.max(1, c.terms().stream().collect(Collectors.groupingBy(Term::language,
                    Collectors.counting())).values().stream().mapToInt(Long::intValue).max().orElse(1));
            for (int i = 0; i < rows; i++) {
                Row row = new Row(c, i);
                Csv.row(sb, cols.stream().map(col -> col.value().apply(row)).toList(), delimiter, eol);
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<Col> columns(Glossary g) {
        List<Col> cols = new ArrayList<>();
        cols.add(new Col("id", r -> r.concept().id()));
        List<String> languages = new ArrayList<>(g.languages());
        for (String lang : languages) cols.add(new Col(lang, r -> r.term(lang).map(Term::text).orElse("")));
        for (String lang : languages) {
            termColumn(g, cols, lang, "status", t -> t.status() != TermStatus.UNSPECIFIED, t -> t.status() == TermStatus.UNSPECIFIED ? "" : t.status().id());
            termColumn(g, cols, lang, "pos", t -> t.partOfSpeech().isPresent(), t -> t.partOfSpeech().orElse(""));
            termColumn(g, cols, lang, "note", t -> t.note().isPresent(), t -> t.note().orElse(""));
            termColumn(g, cols, lang, "case", Term::caseSensitive, t -> t.caseSensitive() ? "yes" : "");
            termColumn(g, cols, lang, "variants", t -> !t.variants().isEmpty(), t -> String.join("; ", t.variants()));
        }
        conceptColumn(g, cols, "definition", c -> c.definition().orElse(""));
        conceptColumn(g, cols, "subject", c -> c.subjectField().orElse(""));
        conceptColumn(g, cols, "dnt", c -> c.doNotTranslate() ? "yes" : "");
        return cols;
    }

    private static void termColumn(Glossary g, List<Col> cols, String lang, String name, Predicate<Term> used,
                                   Function<Term, String> value) {
        boolean any = g.concepts().stream().flatMap(c -> c.terms().stream()).anyMatch(t -> t.language().equals(lang) && used.test(t));
        if (any) cols.add(new Col(lang + " " + name, r -> r.term(lang).map(value).orElse("")));
    }

    private static void conceptColumn(Glossary g, List<Col> cols, String name, Function<Concept, String> value) {
        boolean any = g.concepts().stream().anyMatch(c -> !value.apply(c).isEmpty());
        if (any) cols.add(new Col(name, r -> r.index() == 0 ? value.apply(r.concept()) : ""));
    }
}
