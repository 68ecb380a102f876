package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.glossary.io.GlossaryFormat;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.glossary.io.GlossaryWriter;

/**
 * A glossary the editor adds terms to, with its file and format. The whole glossary is written again with core's
 * writer for that format (atomically: a temporary file moved over the old one). That keeps the format (TBX 2019,
 * TBX 2008, CSV, TSV) and everything Glossa reads from the file, but not what it does not read (comments, other
 * TBX data categories) nor the exact layout; a headerless OmegaT file gets a header row of language codes.
 */
public record GlossaryFile(Path file, GlossaryFormat format, Glossary glossary) {

    /** Name of the glossary created beside a document when none of the loaded ones can be written. */
    public static final String NEW_GLOSSARY_NAME = "glossary.tbx";

    /**
     * The format to write {@code file} in: by its extension, except that a {@code .tbx} whose root is
     * {@code martif} stays TBX 2008; empty for extensions Glossa does not write.
     */
    public static Optional<GlossaryFormat> formatOf(Path file) {
        Optional<GlossaryFormat> byName = GlossaryFormat.fromFileName(file.getFileName().toString());
        if (byName.equals(Optional.of(GlossaryFormat.TBX_2019)) && Files.isRegularFile(file) && isMartif(file)) {
            return Optional.of(GlossaryFormat.TBX_2008);
        }
        return byName;
    }

    /** The glossary named {@value #NEW_GLOSSARY_NAME} in {@code folder}: read when it exists, else empty. */
    public static GlossaryFile besideDocument(Path folder) {
        Path file = folder.resolve(NEW_GLOSSARY_NAME);
        Glossary glossary = Files.exists(file) ? GlossaryReader.read(file) : new Glossary(NEW_GLOSSARY_NAME, List.of());
        return new GlossaryFile(file, GlossaryFormat.TBX_2019, glossary);
    }

    /**
     * Appends a concept with {@code term} and writes the file.
     *
     * @return this glossary with the new concept
     */
    public GlossaryFile append(NewTerm term, String sourceLanguage, String targetLanguage) throws IOException {
        List<Term> terms = List.of(
                new Term(term.source(), language(sourceLanguage), TermStatus.UNSPECIFIED, Optional.empty(),
                        Optional.empty(), false),
                new Term(term.target(), language(targetLanguage), TermStatus.UNSPECIFIED, Optional.empty(),
                        term.note(), false));
        List<Concept> concepts = new ArrayList<>(glossary.concepts());
        concepts.add(new Concept(newId(), Optional.empty(), Optional.empty(), false, terms));
        Glossary updated = new Glossary(glossary.name(), concepts);
        GlossaryWriter.write(updated, file, format);
        return new GlossaryFile(file, format, updated);
    }

    /** The glossary's own tag for a language when it has one ("en-GB" for "en"), else {@code language}. */
    private String language(String language) {
        return glossary.languages().stream().filter(l -> LanguageTags.matches(l, language)).findFirst().orElse(language);
    }

    private String newId() {
        Set<String> taken = new HashSet<>();
        for (Concept c : glossary.concepts()) taken.add(c.id());
        int n = glossary.concepts().size() + 1;
        while (taken.contains("glossa-" + n)) n++;
        return "glossa-" + n;
    }

    private static boolean isMartif(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("<martif");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
