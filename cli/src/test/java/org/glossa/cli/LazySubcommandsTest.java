package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Main} builds only the subcommand the arguments name; what the user sees stays the same. */
class LazySubcommandsTest {
    @Test
    void theNamedSubcommandOnlyAllForHelpTyposAndArgumentFiles() {
        assertEquals(List.of("segment"), List.copyOf(GlossaCommand.subcommandsFor(new String[] {"--verbose", "segment", "a.txt"})));
        assertEquals(List.of("tm"), List.copyOf(GlossaCommand.subcommandsFor(new String[] {"tm", "lookup", "-s", "en"})));
        List<String> all = List.of("extract", "merge", "segment", "terms", "glossary", "qa", "tm", "analyze", "run", "project");
        assertEquals(all, List.copyOf(GlossaCommand.subcommandsFor(new String[] {})));
        assertEquals(all, List.copyOf(GlossaCommand.subcommandsFor(new String[] {"--help"})));
        assertEquals(all, List.copyOf(GlossaCommand.subcommandsFor(new String[] {"extrct", "a.txt"})));
        assertEquals(all, List.copyOf(GlossaCommand.subcommandsFor(new String[] {"@args.txt"})));
    }

    @Test
    void helpListsEverySubcommandAndASubcommandKeepsItsRequiredLanguages() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        for (String name : GlossaCommand.SUBCOMMANDS.keySet()) assertTrue(out.toString().contains("\n  " + name + " "), out.toString());

        // the model transformer (LanguagePair.Required) applies to a subcommand added on its own too
        StringWriter extract = new StringWriter();
        assertEquals(0, Main.run(new String[] {"extract", "--help"}, new PrintWriter(extract, true), new PrintWriter(new StringWriter(), true)));
        assertTrue(extract.toString().contains(" -s=SRC ") && !extract.toString().contains("[-s=SRC]"), extract.toString());
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"extract", "a.txt", "-t", "de"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("--source"), err.toString());
    }
}
