package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.glossa.client.mt.FakeMtServer;
import org.glossa.core.model.Content;
import org.glossa.core.mt.MtSettings;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.spelling.InstalledDictionaries;
import org.glossa.core.spelling.Misspelling;
import org.glossa.core.spelling.WordList;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.ConcordanceHit.Highlight;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's aids without a window (issue 18): machine translation joining the memory matches (configured by URL
 * and key, off otherwise, a local fake DeepL/LibreTranslate server), the concordance over several memories, and
 * spelling with the source's words, the project's word list and stale results.
 */
class EditorAidsTest {
    private static final Content SOURCE = Content.of("The joint declaration was signed.");

    @TempDir
    Path dir;

    @AfterEach
    void noCacheLeft() {
        System.clearProperty("glossa.mt.cache");
    }

    private static TmMatch memoryMatch(int score, String target) {
        return new TmMatch(score, score == 100 ? MatchKind.EXACT : MatchKind.FUZZY, SOURCE, Content.of(target), "t",
                "dw.tmx");
    }

    @Test
    void aMachineTranslationJoinsTheMemoryMatchesBelowABetterMatchWhicheverArrivesFirst() {
        ManualAsync async = new ManualAsync();
        TmPanelViewModel panel = new TmPanelViewModel(async);
        panel.useMemory((source, previous) -> List.of(memoryMatch(100, "Die gemeinsame Erklärung.")));
        TmMatch mt = new TmMatch(100, MatchKind.EXACT, SOURCE, Content.of("Die gemeinsame Erklärung wurde unterzeichnet."),
                "", "MT: DeepL");
        panel.useMachineTranslation(Optional.of((source, previous) -> List.of(mt)));
        List<Integer> best = new ArrayList<>();
        panel.lookup(SOURCE, Optional.empty(), best::add);
        assertEquals(2, async.pending(), "the memory and the service are asked at the same time, in the background");

        async.finish(1); // the machine translation first
        assertEquals(List.of("MT: DeepL"), panel.matches().stream().map(TmPanelViewModel.MatchRow::origin).toList());
        assertEquals(99, panel.matches().get(0).score(), "never above 99, whatever the service says");
        assertTrue(panel.matches().get(0).machineTranslation());
        assertEquals(List.of(), best, "a machine translation is no memory score for the grid");

        async.finish(0);
        assertEquals(List.of("dw.tmx", "MT: DeepL"), panel.matches().stream().map(TmPanelViewModel.MatchRow::origin).toList());
        assertEquals(List.of(1, 2), panel.matches().stream().map(TmPanelViewModel.MatchRow::number).toList());
        assertEquals(List.of(100), best);
        assertEquals("Die gemeinsame Erklärung wurde unterzeichnet.", panel.match(2).orElseThrow().target());
    }

    @Test
    void theSegmentsGlossaryTermsReachTheService() throws Exception {
        System.setProperty("glossa.mt.cache", dir.resolve("cache").toString());
        Glossary places = new Glossary("places", List.of(new Concept("kyiv", Optional.empty(), Optional.empty(), false,
                List.of(new Term("Kyiv", "en"), new Term("Kiew", "de")))));
        for (String provider : List.of("deepl", "libretranslate")) {
            try (FakeMtServer server = new FakeMtServer()) {
                TmPanelViewModel panel = new TmPanelViewModel(Async.DIRECT);
                MachineTranslation mt = new MachineTranslation(Async.DIRECT, panel, message -> { throw new AssertionError(message); });
                mt.useSettings(() -> Optional.of(new MtSettings(provider, server.url(), FakeMtServer.KEY, 50)));
                mt.use("en", "de", List.of(places), () -> { });
                panel.lookup(Content.of("The declaration was signed in Kyiv."), Optional.empty(), score -> { });
                assertEquals("Die Erklärung wurde unterzeichnet in Kiew.", panel.match(1).orElseThrow().target(), provider);
            }
        }
    }

    @Test
    void aConfiguredServiceIsUsedByUrlAndKeyWithItsCache() throws Exception {
        System.setProperty("glossa.mt.cache", dir.resolve("cache").toString());
        try (FakeMtServer server = new FakeMtServer()) {
            TmPanelViewModel panel = new TmPanelViewModel(Async.DIRECT);
            List<String> told = new ArrayList<>();
            MachineTranslation mt = new MachineTranslation(Async.DIRECT, panel, told::add);
            mt.useSettings(() -> Optional.of(new MtSettings("deepl", server.url(), FakeMtServer.KEY, 50)));
            int[] ready = {0};
            mt.use("en", "de", List.of(), () -> ready[0]++);
            assertEquals(1, ready[0], "the panel looks the segment up again once the service is ready");

            panel.lookup(SOURCE, Optional.empty(), score -> { });
            TmPanelViewModel.MatchRow row = panel.match(1).orElseThrow();
            assertEquals("Die gemeinsame Erklärung wurde unterzeichnet.", row.target());
            assertEquals(70, row.score());
            assertEquals("MT: DeepL", row.origin());
            assertEquals(1, server.requests.size());
            assertEquals("DeepL-Auth-Key " + FakeMtServer.KEY, server.requests.get(0).authorization());

            panel.lookup(SOURCE, Optional.empty(), score -> { });
            assertEquals(1, server.requests.size(), "asked again: from the persistent cache");
            assertTrue(Files.readString(dir.resolve("cache").resolve("deepl.tsv")).contains("unterzeichnet"));
            assertEquals(List.of(), told);
        }
    }

    @Test
    void offUnlessConfiguredAndAPairTheServiceLacksIsSaid() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            TmPanelViewModel panel = new TmPanelViewModel(Async.DIRECT);
            List<String> told = new ArrayList<>();
            MachineTranslation mt = new MachineTranslation(Async.DIRECT, panel, told::add);
            mt.useSettings(Optional::empty);
            mt.use("en", "de", List.of(), () -> { throw new AssertionError("not configured: nothing to look up"); });
            panel.lookup(SOURCE, Optional.empty(), score -> { });
            assertTrue(panel.matches().isEmpty());
            assertEquals("No translation memory (start with --tm FILE.tmx)", panel.messageProperty().get());

            mt.useSettings(() -> Optional.of(new MtSettings("libretranslate", server.url(), "", 50)));
            mt.use("de", "fr", List.of(), () -> { throw new AssertionError("de→fr is not offered"); });
            assertEquals(List.of("Machine translation is off: LibreTranslate does not translate de into fr"), told);
            assertTrue(server.requests.stream().noneMatch(r -> r.path().equals("/translate")));
        }
    }

    @Test
    void theConcordanceSearchesTheMemoryFilesThenTheServersAndMarksAServerPhrase() {
        ConcordanceHit file = new ConcordanceHit(SOURCE, Content.of("Die gemeinsame Erklärung wurde unterzeichnet."), "t1",
                "dw.tmx", List.of(new Highlight(4, 9)), List.of());
        ConcordanceHit server = new ConcordanceHit(Content.of("A Joint Declaration, and a joint declaration."),
                Content.of("x"), "7", "news", ConcordanceViewModel.occurrences("A Joint Declaration, and a joint declaration.",
                        "joint declaration"), List.of());
        assertEquals(List.of(new Highlight(2, 19), new Highlight(27, 44)), server.sourceHits());

        ConcordanceViewModel vm = new ConcordanceViewModel(Async.DIRECT);
        vm.useMemory(ConcordanceViewModel.Search.together(List.of((t, max) -> List.of(file), (t, max) -> List.of(server))));
        vm.search("joint declaration");
        assertEquals(List.of("dw.tmx", "news"), vm.hits().stream().map(ConcordanceViewModel.HitRow::origin).toList());
        assertEquals(List.of(new ConcordanceViewModel.Piece("A ", false), new ConcordanceViewModel.Piece("Joint Declaration", true),
                new ConcordanceViewModel.Piece(", and a ", false), new ConcordanceViewModel.Piece("joint declaration", true),
                new ConcordanceViewModel.Piece(".", false)), vm.hits().get(1).source());

        List<Integer> asked = new ArrayList<>();
        ConcordanceViewModel.Search.together(List.of((t, max) -> {
            asked.add(max);
            return List.of(file);
        }, (t, max) -> {
            asked.add(max);
            return List.of();
        })).concordance("joint", 1);
        assertEquals(List.of(1), asked, "the server is not asked when the files filled the list");
    }

    @Test
    void spellingKnowsTheSourcesNamesAndTheProjectWordListAndHidesStaleUnderlines() throws Exception {
        InstalledDictionaries.require("de-DE");
        SpellingViewModel vm = new SpellingViewModel(Async.DIRECT);
        WordList user = new WordList(dir.resolve("user").resolve("words-de.txt"));
        WordList project = WordList.project(dir, "de");
        Files.writeString(project.file(), "Dachzeilenredakteurin\n");
        int[] added = {0};
        vm.onWordAdded(() -> added[0]++);
        vm.useLanguage("de-DE", List.of(), user, Optional.of(project));
        assertTrue(vm.hasProjectDictionary());

        vm.check("Die Dachzeilenredakteurin Kallas traf Stoltenbreg.");
        assertEquals(List.of("Kallas", "Stoltenbreg"), vm.misspellings().stream().map(Misspelling::word).toList());
        vm.useSource("Kaja Kallas met Stoltenberg.");
        assertEquals(List.of("Stoltenbreg"), vm.misspellings().stream().map(Misspelling::word).toList(),
                "a name the source has as written is known");

        assertEquals(1, vm.shownIn("Die Dachzeilenredakteurin Kallas traf Stoltenbreg.").size());
        assertEquals(List.of(), vm.shownIn("Die Dachzeilenredakteurin Kallas traf Stoltenbr"), "the word changed: not underlined");
        assertEquals(List.of(), vm.shownIn("Heute: Die Dachzeilenredakteurin Kallas traf Stoltenbreg."), "it moved");

        vm.addToDictionary("Stoltenbreg", SpellingViewModel.Dictionary.PROJECT);
        assertEquals(List.of(), vm.misspellings());
        assertEquals(List.of("Dachzeilenredakteurin", "Stoltenbreg"), project.words());
        assertFalse(Files.exists(user.file()), "the user's list is untouched");
        assertEquals(1, added[0], "the QA check is told to read the lists again");
    }
}
