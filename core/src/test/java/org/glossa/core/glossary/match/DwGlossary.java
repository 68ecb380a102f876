package org.glossa.core.glossary.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;

/** The EU/NATO glossary of the DW seed (English → German), built with the model records. */
final class DwGlossary {
    static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");

    private DwGlossary() {
    }

    static Glossary glossary() {
        return new Glossary("dw-eu-nato", concepts());
    }

    static List<Concept> concepts() {
        List<Concept> c = new ArrayList<>();
        c.add(name("stoltenberg", "Jens Stoltenberg"));
        c.add(name("von-der-leyen", "Ursula von der Leyen"));
        c.add(name("michel", "Charles Michel"));
        c.add(concept("putin", false, en("Vladimir Putin"), de("Wladimir Putin")));
        c.add(concept("nato", false, en("NATO"), de("NATO")));
        c.add(concept("eu", false, en("EU"), de("EU")));
        c.add(concept("european-union", false, en("European Union"), de("Europäische Union")));
        c.add(concept("european-commission", false, en("European Commission"), de("Europäische Kommission")));
        c.add(concept("commission-president", false, en("European Commission President"),
                de("EU-Kommissionspräsidentin")));
        c.add(concept("european-council", false, en("European Council"), de("Europäischer Rat")));
        c.add(concept("council-president", false, en("European Council President"), de("EU-Ratspräsident")));
        c.add(concept("secretary-general", false, en("Secretary General"), de("Generalsekretär")));
        c.add(concept("nato-hq", false, en("NATO headquarters"), de("NATO-Hauptquartier")));
        c.add(concept("north-atlantic-treaty", false, en("North Atlantic Treaty"), de("Nordatlantikvertrag")));
        c.add(concept("nato-long", false, en("North Atlantic Treaty Organization"),
                de("Organisation des Nordatlantikvertrags")));
        c.add(concept("joint-declaration", false, en("joint declaration"), de("gemeinsame Erklärung")));
        c.add(concept("collective-defense", false, en("collective defense"), de("kollektive Verteidigung")));
        c.add(concept("euro-atlantic-area", false, en("Euro-Atlantic area"), de("euro-atlantischer Raum")));
        c.add(concept("sanctions", false, en("sanctions"), de("Sanktionen")));
        c.add(concept("kyiv", false, en("Kyiv"), de("Kiew")));
        c.add(concept("brussels", false, en("Brussels"), de("Brüssel")));
        c.add(concept("belgium", false, en("Belgium"), de("Belgien")));
        c.add(concept("belarus", false, en("Belarus"), de("Belarus"),
                de("Weißrussland").withStatus(TermStatus.DEPRECATED)));
        c.add(concept("sweden", false, en("Sweden"), de("Schweden")));
        c.add(concept("finland", false, en("Finland"), de("Finnland")));
        c.add(concept("ukraine", false, en("Ukraine"), de("Ukraine")));
        c.add(concept("russia", false, en("Russia"), de("Russland")));
        return c;
    }

    static Term en(String text) {
        return new Term(text, "en");
    }

    static Term de(String text) {
        return new Term(text, "de");
    }

    static Concept concept(String id, boolean doNotTranslate, Term... terms) {
        return new Concept(id, Optional.empty(), Optional.of("politics"), doNotTranslate, List.of(terms));
    }

    /** A person's name: not translated, no German term. */
    static Concept name(String id, String name) {
        return concept(id, true, en(name));
    }

    static String seed() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed paragraph (line) that starts with {@code start}. */
    static String paragraph(String start) {
        return seed().lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed paragraph starts with " + start));
    }
}
