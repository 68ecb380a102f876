package org.glossa.core.format;

import org.glossa.core.model.Format;

/** The reader/writer for each format. Formats hold no state between calls; filters are made per call. */
public final class Formats {
    private Formats() {
    }

    public static DocumentFormat forFormat(Format format) {
        return switch (format) {
            case TEXT -> new PlainTextFormat();
            case HTML -> OkapiFormat.html();
            case DOCX -> OkapiFormat.docx();
            case MARKDOWN -> OkapiFormat.markdown();
            case PDF -> new PdfFormat();
            case UNKNOWN -> throw new UnsupportedOperationException("no reader for documents of unknown format");
        };
    }
}
