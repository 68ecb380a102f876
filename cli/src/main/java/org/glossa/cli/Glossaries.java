package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;

/** Reads the glossaries named with -g (TBX, CSV, TSV told apart by content). */
final class Glossaries {
    private Glossaries() {
    }

    static List<Glossary> read(List<Path> files, String sourceLanguage, String targetLanguage) {
        List<Glossary> out = new ArrayList<>();
        for (Path f : files) out.add(GlossaryReader.read(f, sourceLanguage, targetLanguage));
        return out;
    }
}
