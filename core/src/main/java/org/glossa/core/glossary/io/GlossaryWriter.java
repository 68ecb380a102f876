package org.glossa.core.glossary.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.io.AtomicFiles;

/**
 * Writes a glossary in the format its file name asks for (see {@link GlossaryFormat#fromFileName}), atomically.
 * OmegaT's format holds one language pair: {@code source} and {@code target} choose it (the other formats keep
 * every language).
 */
public final class GlossaryWriter {
    private GlossaryWriter() {
    }

    /** Picks the format from the extension: .tbx (TBX 2019), .martif.tbx (TBX 2008), .csv, .tsv/.tab, .utf8/.txt (OmegaT). */
    public static void write(Glossary glossary, Path out) throws IOException {
        write(glossary, out, formatOf(out));
    }

    /** The format {@code out}'s extension asks for; an {@link InputException} naming the extensions otherwise. */
    public static GlossaryFormat formatOf(Path out) {
        String name = out.getFileName().toString();
        return GlossaryFormat.fromFileName(name).orElseThrow(() -> new InputException(name,
                "cannot tell the glossary format from the extension; use .tbx (TBX 2019), .martif.tbx (TBX 2008), .csv,"
                        + " .tsv, or .utf8/.txt (OmegaT), or name it with --format"));
    }

    /** Writes {@code format}; an OmegaT glossary holds the glossary's first two languages. */
    public static void write(Glossary glossary, Path out, GlossaryFormat format) throws IOException {
        List<String> pair = defaultPair(glossary);
        write(glossary, out, format, pair.get(0), pair.get(1));
    }

    /** Writes {@code format}; {@code source} and {@code target} are the pair an OmegaT glossary holds. */
    public static void write(Glossary glossary, Path out, GlossaryFormat format, String source, String target) throws IOException {
        AtomicFiles.write(out, stream -> write(glossary, format, source, target, stream));
    }

    public static void write(Glossary glossary, GlossaryFormat format, OutputStream out) throws IOException {
        List<String> pair = defaultPair(glossary);
        write(glossary, format, pair.get(0), pair.get(1), out);
    }

    /** The glossary's first two languages, "en" and "de" standing in for those it lacks. */
    private static List<String> defaultPair(Glossary glossary) {
        List<String> langs = new ArrayList<>(glossary.languages());
        return List.of(langs.isEmpty() ? "en" : langs.get(0), langs.size() < 2 ? "de" : langs.get(1));
    }

    public static void write(Glossary glossary, GlossaryFormat format, String source, String target, OutputStream out)
            throws IOException {
        switch (format) {
            case TBX_2019, TBX_2008 -> TbxWriter.write(glossary, format, out);
            case CSV -> DelimitedWriter.write(glossary, ',', out);
            case TSV -> DelimitedWriter.write(glossary, '\t', out);
            case OMEGAT -> OmegatGlossaryWriter.write(glossary, source, target, out);
        }
    }
}
