package org.glossa.core.glossary.io;

import java.util.Locale;
import java.util.Optional;

/** The glossary formats Glossa writes (it reads these and OmegaT's headerless tab/CSV files). */
public enum GlossaryFormat {
    /** ISO 30042:2019 (TBX v3), TBX-Basic dialect, DCA style. */
    TBX_2019,
    /** TBX 2008 / ISO 30042:2008 (MARTIF root element). */
    TBX_2008,
    /** Comma-separated values with a header row of language codes, UTF-8 with BOM. */
    CSV,
    /** Tab-separated values with a header row of language codes, UTF-8. */
    TSV,
    /** OmegaT's glossary: {@code source TAB target TAB comment} for one language pair, no header, UTF-8. */
    OMEGAT;

    /**
     * The format for an output file name: {@code .tbx} is TBX 2019 except {@code .martif.tbx} (TBX 2008),
     * {@code .csv} is CSV, {@code .tsv}/{@code .tab} are TSV, {@code .utf8}/{@code .txt} are OmegaT's (the
     * extensions OmegaT reads its glossaries from).
     */
    /** The format for a {@code --format} value: tbx, martif, csv, tsv, omegat (any case). */
    public static Optional<GlossaryFormat> fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tbx", "tbx2019" -> Optional.of(TBX_2019);
            case "martif", "tbx2008" -> Optional.of(TBX_2008);
            case "csv" -> Optional.of(CSV);
            case "tsv" -> Optional.of(TSV);
            case "omegat" -> Optional.of(OMEGAT);
            default -> Optional.empty();
        };
    }

    public static Optional<GlossaryFormat> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".martif.tbx") || n.endsWith(".martif")) return Optional.of(TBX_2008);
        if (n.endsWith(".tbx")) return Optional.of(TBX_2019);
        if (n.endsWith(".csv")) return Optional.of(CSV);
        if (n.endsWith(".tsv") || n.endsWith(".tab")) return Optional.of(TSV);
        if (n.endsWith(".utf8") || n.endsWith(".txt")) return Optional.of(OMEGAT);
        return Optional.empty();
    }
}
