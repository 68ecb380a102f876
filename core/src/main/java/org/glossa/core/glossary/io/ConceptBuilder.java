package org.glossa.core.glossary.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Term;

/**
 * Collects one concept while a reader walks a file. A concept is do-not-translate when the file says so or when
 * it has terms in two or more languages that are all the same text ("NATO" = "NATO"). Terms come out grouped by
 * language (a file may list a language twice in one entry), so every format gives the same order.
 */
final class ConceptBuilder {
    final String id;
    String definition;
    String subjectField;
    boolean doNotTranslate;
    final List<Term> terms = new ArrayList<>();

    ConceptBuilder(String id) {
        this.id = id;
    }

    void definitionIfAbsent(String text) {
        if (definition == null && !text.isBlank()) definition = text;
    }

    void subjectFieldIfAbsent(String text) {
        if (subjectField == null && !text.isBlank()) subjectField = text;
    }

    Concept build() {
        return new Concept(id, Optional.ofNullable(definition), Optional.ofNullable(subjectField),
                doNotTranslate || sameTextInAllLanguages(terms), groupedByLanguage(terms));
    }

    /** Terms grouped by language, languages in order of first appearance, terms of a language in file order. */
    static List<Term> groupedByLanguage(List<Term> terms) {
        Map<String, List<Term>> byLanguage = new LinkedHashMap<>();
        for (Term t : terms) byLanguage.computeIfAbsent(t.language(), k -> new ArrayList<>()).add(t);
        return byLanguage.values().stream().flatMap(List::stream).toList();
    }

    static boolean sameTextInAllLanguages(List<Term> terms) {
        Set<String> languages = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Term t : terms) {
            languages.add(t.language().toLowerCase(Locale.ROOT));
            texts.add(t.text());
        }
        return languages.size() >= 2 && texts.size() == 1;
    }

    /** Collapses runs of white space (line breaks and indentation inside XML elements) to one space. */
    static String clean(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
