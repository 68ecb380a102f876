package org.glossa.core.glossary.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKind;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.format.TextDecoding;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.model.Original;

/**
 * Reads a glossary, telling the format by its content (the file name is only used in messages):
 * <ul>
 *   <li>XML: TBX 2008 ({@code <martif>}) or TBX 2019 ({@code <tbx>}, DCA or DCT style); the XML declaration gives
 *       the encoding. Any other XML is refused as "not a glossary".</li>
 *   <li>Text with a header row of language codes: CSV (comma or semicolon) or TSV, see {@link Columns} and
 *       {@link DelimitedReader} for the columns and how rows form concepts.</li>
 *   <li>Text without a header: OmegaT's glossary ({@code source<TAB>target[<TAB>comment]}, or the same with
 *       commas); the languages come from the caller, and it is an error not to give them.</li>
 * </ul>
 * Text encodings: a BOM (UTF-8, UTF-16), OmegaT's magic comment ({@code # -*- coding: utf-8 -*-}) on the first
 * line, strict UTF-8, then ICU's detector (Latin text falls back to windows-1252).
 */
public final class GlossaryReader {
    private static final Pattern MAGIC_COMMENT = Pattern.compile("^#.*-\\*-\\s*coding:\\s*([\\w.:\\-]+)\\s*-\\*-");

    private GlossaryReader() {
    }

    public static Glossary read(Path file) {
        return read(bytes(file), file.getFileName().toString());
    }

    /** For headerless glossaries (OmegaT): {@code sourceLanguage} and {@code targetLanguage} name the two columns. */
    public static Glossary read(Path file, String sourceLanguage, String targetLanguage) {
        return read(bytes(file), file.getFileName().toString(), sourceLanguage, targetLanguage);
    }

    /**
     * Reads the glossaries a command or a project names, in order, with the languages of the work (they name the
     * columns of a headerless glossary): the one way the CLI and the editor load glossaries. A glossary without
     * terms in both languages is an {@link InputException} naming it and the languages it has (never a silent run
     * without terms).
     */
    public static List<Glossary> readAll(List<Path> files, String sourceLanguage, String targetLanguage) {
        List<Glossary> out = new java.util.ArrayList<>();
        for (Path f : files) {
            Glossary g = read(f, sourceLanguage, targetLanguage);
            LanguagePairs.requireLanguages(f.toString(), g.languages(), sourceLanguage, targetLanguage);
            out.add(g);
        }
        return List.copyOf(out);
    }

    public static Glossary read(byte[] bytes, String fileName) {
        return read(bytes, fileName, Optional.empty(), Optional.empty());
    }

    public static Glossary read(byte[] bytes, String fileName, String sourceLanguage, String targetLanguage) {
        return read(bytes, fileName, Optional.of(sourceLanguage), Optional.of(targetLanguage));
    }

    private static Glossary read(byte[] bytes, String fileName, Optional<String> sourceLanguage, Optional<String> targetLanguage) {
        if (bytes.length == 0) return new Glossary(fileName, List.of());
        String encoding = encoding(bytes, fileName);
        if (isXml(bytes, fileName)) return TbxReader.read(bytes, fileName);
        String text = TextDecoding.decode(new Original(bytes, encoding), fileName);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return DelimitedReader.read(text, fileName, sourceLanguage, targetLanguage);
    }

    /** A BOM wins, then a magic comment, then detection. */
    static String encoding(byte[] bytes, String fileName) {
        String detected = TextDecoding.detect(bytes, fileName);
        boolean bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF));
        if (bom || detected.startsWith("UTF-16")) return detected;
        Optional<String> declared = magicComment(bytes);
        if (declared.isPresent()) {
            if (!Charset.isSupported(declared.get())) {
                throw new InputException(fileName, 1, 1, "unknown encoding '" + declared.get() + "' in the coding comment", null);
            }
            return Charset.forName(declared.get()).name();
        }
        return detected;
    }

    private static Optional<String> magicComment(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 200 && bytes[end] != '\n' && bytes[end] != '\r') end++;
        Matcher m = MAGIC_COMMENT.matcher(new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * XML (a TBX, or an XML file that is not one, which the TBX reader refuses saying so) by its content, as
     * {@link FileKindDetector} reads it; a {@code .tbx} file that is not well-formed XML is also read as TBX, so the
     * message names the XML error with its line and column.
     */
    private static boolean isXml(byte[] bytes, String fileName) {
        return FileKindDetector.xmlRoot(bytes, fileName).isPresent()
                || FileKindDetector.byName(fileName).equals(Optional.of(FileKind.TBX));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.getFileName().toString(), "cannot read the file: " + e.getMessage(), e);
        }
    }
}
