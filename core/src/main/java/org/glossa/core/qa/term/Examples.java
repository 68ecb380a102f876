package org.glossa.core.qa.term;

import java.util.List;
import java.util.Optional;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.qa.Check.Example;

/**
 * The examples of the term checks and the small DW glossary they assume ({@link #GLOSSARY}): the term checks'
 * examples hold when the check is built on it.
 */
public final class Examples {
    public static final Glossary GLOSSARY = new Glossary("examples", List.of(
            concept("c1", false, en("European Commission"), de("Europäische Kommission", TermStatus.PREFERRED),
                    de("EU-Kommission", TermStatus.ADMITTED)),
            concept("c2", false, en("Secretary General"), de("Generalsekretär", TermStatus.PREFERRED)),
            concept("c3", false, en("collective defense"), de("kollektive Verteidigung", TermStatus.PREFERRED)),
            concept("c4", false, en("Belarus"), de("Belarus", TermStatus.PREFERRED, "belarussisch"),
                    de("Weißrussland", TermStatus.DEPRECATED, "weißrussisch")),
            concept("c5", true, en("Jens Stoltenberg"), de("Jens Stoltenberg", TermStatus.PREFERRED)),
            concept("c6", false, en("Sweden"), de("Schweden", TermStatus.PREFERRED)),
            concept("c7", false, en("North Atlantic Treaty"), de("Nordatlantikvertrag", TermStatus.PREFERRED)),
            concept("c8", false, en("Kyiv"), de("Kiew", TermStatus.PREFERRED)),
            concept("c9", false, en("Russia"), de("Russland", TermStatus.PREFERRED, "russisch")),
            concept("c10", true, en("EU"), de("EU", TermStatus.PREFERRED, "EU-")),
            concept("c11", false, en("European Union"), de("Europäische Union", TermStatus.PREFERRED, "EU-"))));

    private Examples() {
    }

    static List<Example> termMissing() {
        return List.of(
                Example.good("The European Commission agreed.", "Die Europäische Kommission stimmte zu.", "en", "de", "preferred term"),
                Example.good("The European Commission agreed.", "Die EU-Kommission stimmte zu.", "en", "de", "admitted term"),
                Example.good("a decision of the European Commission", "eine Entscheidung der Europäischen Kommission", "en", "de",
                        "German inflection: genitive"),
                Example.good("NATO's Secretary General Jens Stoltenberg", "NATO-Generalsekretär Jens Stoltenberg", "en", "de",
                        "hyphenated compound holds the term; the name is kept"),
                Example.good("the foundation of collective defense", "die Grundlage der kollektiven Verteidigung", "en", "de",
                        "inflected adjective and noun"),
                Example.good("the accession of Sweden", "der Beitritt Schwedens", "en", "de", "genitive -s"),
                Example.good("The North Atlantic Treaty remains", "Der Nordatlantikvertrag bleibt", "en", "de", "closed compound term"),
                Example.good("since Russia's invasion", "seit dem russischen Einmarsch", "en", "de",
                        "possessive in the source, the term's derived adjective (a variant) inflected in the target"),
                Example.good("EU member states", "die EU-Staaten", "en", "de", "a compound with the prefix variant 'EU-'"),
                Example.good("the European Union's foreign ministers", "die EU-Außenminister", "en", "de",
                        "the prefix variant renders the long name too"),
                Example.bad("since Russia's invasion", "seit dem Einmarsch", "en", "de", "neither the term nor a variant"),
                Example.bad("The European Commission agreed.", "Die Brüsseler Behörde stimmte zu.", "en", "de", "term paraphrased"),
                Example.bad("Weapons were sent to Kyiv.", "Waffen wurden nach Kyjiw geschickt.", "en", "de",
                        "a spelling the glossary does not approve"),
                Example.bad("Jens Stoltenberg said", "Der NATO-Chef sagte", "en", "de", "a name that must stay is missing"),
                Example.bad("naming Belarus and Iran", "und nannte Weißrussland und Iran", "en", "de",
                        "only the forbidden variant is there: still missing"));
    }

    static List<Example> termForbidden() {
        return List.of(
                Example.good("naming Belarus and Iran", "und nannte Belarus und Iran", "en", "de", "preferred term"),
                Example.good("Belarusian troops", "belarussische Truppen", "en", "de", "not the forbidden term"),
                Example.good("The European Commission agreed.", "Die EU-Kommission stimmte zu.", "en", "de", "admitted is not forbidden"),
                Example.bad("naming Belarus and Iran", "und nannte Weißrussland und Iran", "en", "de", "forbidden term"),
                Example.bad("the government of Belarus", "die Regierung Weißrusslands", "en", "de", "forbidden term, genitive"),
                Example.bad("in Belarus", "in Weissrussland", "en", "de", "forbidden term, ss spelling"),
                Example.bad("Belarusian troops in Belarus", "weißrussische Truppen in Belarus", "en", "de",
                        "a variant of a forbidden term is forbidden too"));
    }

    private static Concept concept(String id, boolean dnt, Term... terms) {
        return new Concept(id, Optional.empty(), Optional.empty(), dnt, List.of(terms));
    }

    private static Term en(String text) {
        return new Term(text, "en", TermStatus.PREFERRED, Optional.empty(), Optional.empty(), false);
    }

    private static Term de(String text, TermStatus status, String... variants) {
        return new Term(text, "de", status, Optional.empty(), Optional.empty(), false, List.of(variants));
    }
}
