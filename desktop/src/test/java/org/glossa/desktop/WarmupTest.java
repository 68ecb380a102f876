package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.glossa.desktop.viewmodel.Resources;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void readsMarksChecksAndCountsTheSampleWithAndWithoutAGlossary() throws IOException {
        // 2 marked segments + 7 words ("The EU and NATO signed it." and "Why?") + any findings
        assertTrue(Warmup.run(Resources.NONE, "en", "de") >= 9);
        assertTrue(Warmup.run(Resources.read(List.of(EditorFlowTest.GLOSSARY), List.of(), "en", "de"), "en", "de") >= 9);
    }
}
