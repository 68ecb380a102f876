package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.ConcordanceHit.Highlight;
import org.junit.jupiter.api.Test;

/** The concordance panel without a window: background search, latest wins, hits cut into marked pieces. */
class ConcordanceViewModelTest {
    private static final ConcordanceHit HIT = new ConcordanceHit(Content.of("The joint declaration was signed."),
            Content.of("Die gemeinsame Erklärung wurde unterzeichnet."), "t1", "dw.tmx",
            List.of(new Highlight(4, 9), new Highlight(10, 21)), List.of());

    @Test
    void hitsAreMarkedAndTheLatestSearchWins() {
        ManualAsync async = new ManualAsync();
        ConcordanceViewModel vm = new ConcordanceViewModel(async);
        vm.useMemory((text, max) -> text.contains("joint") ? List.of(HIT) : List.of());
        vm.search("joint declaration");
        vm.search("  pasta ");
        async.finishNewestFirst();
        assertEquals(List.of(), vm.hits());
        assertEquals("No unit holds “pasta”", vm.message().get());

        vm.search("joint declaration");
        async.runAll();
        ConcordanceViewModel.HitRow row = vm.hits().get(0);
        assertEquals(List.of(new ConcordanceViewModel.Piece("The ", false), new ConcordanceViewModel.Piece("joint", true),
                new ConcordanceViewModel.Piece(" ", false), new ConcordanceViewModel.Piece("declaration", true),
                new ConcordanceViewModel.Piece(" was signed.", false)), row.source());
        assertEquals(List.of(new ConcordanceViewModel.Piece("Die gemeinsame Erklärung wurde unterzeichnet.", false)), row.target());
        assertEquals("dw.tmx", row.origin());
        assertEquals("1 units hold “joint declaration”", vm.message().get());
    }
}
