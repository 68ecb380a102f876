package org.glossa.core.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.core.glossary.Glossary;
import org.junit.jupiter.api.Test;

class GlossaryCheckTest {
    static Glossary csv(String text) {
        return GlossaryReader.read(text.getBytes(StandardCharsets.UTF_8), "check.csv");
    }

    static List<GlossaryProblem> check(String csv) {
        return GlossaryCheck.check(csv(csv), "en", "de");
    }

    @Test
    void cleanGlossaryHasNoProblems() {
        assertEquals(List.of(), check("id,en,de,de status\na,e-mail,E-Mail,preferred\na,,Email,forbidden\nb,NATO,NATO,\nc,Jens Stoltenberg,,\n"
                .replace("c,Jens Stoltenberg,,", "c,council,Rat,")));
    }

    @Test
    void duplicate() {
        assertEquals(List.of(new GlossaryProblem("duplicate", "b", "\"Summit\" is also in concept a with the same de terms")),
                check("id,en,de\na,summit,Gipfel\nb,Summit,Gipfel\n"));
    }

    @Test
    void emptyTarget() {
        assertEquals(List.of(
                        new GlossaryProblem("empty-target", "a", "\"ally\" has no de term"),
                        new GlossaryProblem("empty-target", "b", "\"treaty\" has only forbidden de terms")),
                check("id,en,de,de status\na,ally,,\nb,treaty,Pakt,forbidden\n"));
        assertEquals(List.of(), check("id,en,de,dnt\na,Jens Stoltenberg,,yes\n"), "do-not-translate needs no target");
    }

    @Test
    void conflictingTargets() {
        assertEquals(List.of(new GlossaryProblem("conflicting-targets", "b",
                        "\"council\" is translated Rat here but Europäischer Rat in concept a")),
                check("id,en,de\na,council,Europäischer Rat\nb,council,Rat\n"));
    }

    @Test
    void forbiddenAlsoPreferred() {
        assertEquals(List.of(new GlossaryProblem("forbidden-also-preferred", "b",
                        "\"Email\" (de) is forbidden here but preferred in concept a")),
                check("id,en,de,de status\na,email address,Email,preferred\nb,e-mail,E-Mail,preferred\nb,,Email,forbidden\n"));
    }

    @Test
    void sourceLanguageIsCheckedToo() {
        List<GlossaryProblem> problems = check("id,en,de,en status\na,colour,Farbe,preferred\nb,color,Farbe,\nb,colour,,forbidden\n");
        assertEquals(List.of(new GlossaryProblem("forbidden-also-preferred", "b", "\"colour\" (en) is forbidden here but preferred in concept a")),
                problems);
    }
}
