package org.glossa.core.glossary.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.io.AtomicFiles;

/** Writes a glossary in the format its file name asks for (see {@link GlossaryFormat#fromFileName}), atomically. */
public final class GlossaryWriter {
    private GlossaryWriter() {
    }

    /** Picks the format from the extension: .tbx (TBX 2019), .martif.tbx (TBX 2008), .csv, .tsv/.tab/.txt. */
    public static void write(Glossary glossary, Path out) throws IOException {
        String name = out.getFileName().toString();
        GlossaryFormat format = GlossaryFormat.fromFileName(name).orElseThrow(() -> new InputException(name,
                "cannot tell the glossary format from the extension; use .tbx (TBX 2019), .martif.tbx (TBX 2008), .csv or .tsv"));
        write(glossary, out, format);
    }

    public static void write(Glossary glossary, Path out, GlossaryFormat format) throws IOException {
        AtomicFiles.write(out, stream -> write(glossary, format, stream));
    }

    public static void write(Glossary glossary, GlossaryFormat format, OutputStream out) throws IOException {
        switch (format) {
            case TBX_2019, TBX_2008 -> TbxWriter.write(glossary, format, out);
            case CSV -> DelimitedWriter.write(glossary, ',', out);
            case TSV -> DelimitedWriter.write(glossary, '\t', out);
        }
    }
}
