package org.glossa.core.glossary.match;

import static org.glossa.core.glossary.match.DwGlossary.concept;
import static org.glossa.core.glossary.match.Hits.assertHits;
import static org.glossa.core.glossary.match.Hits.hit;

import java.util.List;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.junit.jupiter.api.Test;

/** Languages other than English and German: Snowball when Lucene has a stemmer, otherwise case folding only. */
class OtherLanguagesTest {
    static Glossary glossary(String lang, String... terms) {
        return new Glossary(lang, List.of(terms).stream()
                .map(t -> concept(t, false, new Term("declaration", "en"), new Term(t, lang))).toList());
    }

    @Test
    void frenchUsesSnowball() {
        TermMatcher m = TermMatcher.forTarget(glossary("fr", "déclaration commune"), "en", "fr");
        String t = "Les déclarations communes de l\u2019OTAN et la Déclaration commune.";
        assertHits(t, m.find(t),
                hit("déclarations communes", "déclaration commune"),
                hit("Déclaration commune", "déclaration commune"));
    }

    @Test
    void languageWithoutStemmerFoldsCaseOnly() {
        TermMatcher m = TermMatcher.forTarget(glossary("pl", "wspólna deklaracja"), "en", "pl-PL");
        String t = "Wspólna deklaracja; wspólnej deklaracji.";
        assertHits(t, m.find(t), hit("Wspólna deklaracja", "wspólna deklaracja"));
    }
}
