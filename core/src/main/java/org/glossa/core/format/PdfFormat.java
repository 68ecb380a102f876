package org.glossa.core.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;
import org.xml.sax.SAXException;

/** PDF, extraction only (Tika): paragraphs are blank-line separated blocks with their lines joined. */
public final class PdfFormat implements DocumentFormat {
    private static final int MAX_CHARS = 50_000_000;

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Block> read(Original original, String fileName, String sourceLanguage) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try {
            new PDFParser().parse(new ByteArrayInputStream(original.bytes()), handler, new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new InputException(fileName, "cannot read PDF: " + e.getMessage(), e);
        }
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (String para : handler.toString().split("\\n\\s*\\n")) {
            String text = joinLines(para);
            if (!text.isBlank()) blocks.add(Block.plain("p" + (++n), text));
        }
        return blocks;
    }

    /** Lines of a PDF paragraph are layout, not content: join them, undoing end-of-line hyphenation. */
    static String joinLines(String para) {
        StringBuilder sb = new StringBuilder();
        for (String line : para.strip().split("\\s*\\n\\s*")) {
            if (sb.length() == 0) {
                sb.append(line);
            } else if (sb.charAt(sb.length() - 1) == '-' && sb.length() > 1 && Character.isLowerCase(sb.charAt(sb.length() - 2))
                    && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                sb.setLength(sb.length() - 1);
                sb.append(line);
            } else {
                sb.append(' ').append(line);
            }
        }
        return sb.toString();
    }

    @Override
    public void write(Original original, String fileName, String sourceLanguage, String targetLanguage,
                      Map<String, Content> translations, OutputStream out) {
        throw new UnsupportedOperationException(fileName + ": PDF is extraction only; Glossa cannot write a translated PDF."
                + " Export the translation from the XLIFF (for example to DOCX or HTML) instead.");
    }
}
