package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link QaInputs#languages}: the pair an XLIFF file declares first, from its first elements. */
class QaInputsLanguagesTest {
    @TempDir
    Path dir;

    @Test
    void xliff2RootAndXliff12FileDeclareThePair() throws IOException {
        assertEquals(Optional.of(new QaInputs.Languages("en", "de")),
                QaInputs.languages(Path.of("src/test/resources/golden/seed.2.1.xlf")));
        assertEquals(Optional.of(new QaInputs.Languages("en", "de")),
                QaInputs.languages(Path.of("src/test/resources/golden/seed.1.2.xlf")));
        assertEquals(Optional.of(new QaInputs.Languages("en-GB", "pt-BR")), QaInputs.languages(write("a.xlf",
                "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang=' en-GB' trgLang='pt-BR'>"
                        + "<file id='f'/></xliff>")));
        // the first <file> of an XLIFF 1.2 document, not a later one
        assertEquals(Optional.of(new QaInputs.Languages("fr", "it")), QaInputs.languages(write("b.xlf",
                "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'>"
                        + "<file original='x' source-language='fr' target-language='it' datatype='plaintext'><body/></file>"
                        + "<file original='y' source-language='en' target-language='de' datatype='plaintext'><body/></file>"
                        + "</xliff>")));
    }

    @Test
    void noPairWhereTheFileDoesNotDeclareOneUpFront() throws IOException {
        // XLIFF 2 without trgLang, XLIFF 1.2 whose first file has no target language, TMX, not XML, no file
        assertEquals(Optional.empty(), QaInputs.languages(write("c.xlf",
                "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='en'><file id='f'/></xliff>")));
        assertEquals(Optional.empty(), QaInputs.languages(write("d.xlf",
                "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'>"
                        + "<file original='x' source-language='fr' datatype='plaintext'><body/></file>"
                        + "<file original='y' source-language='en' target-language='de' datatype='plaintext'><body/></file>"
                        + "</xliff>")));
        assertEquals(Optional.empty(), QaInputs.languages(write("e.tmx",
                "<tmx version='1.4'><header srclang='en' datatype='plaintext' segtype='sentence' adminlang='en'"
                        + " creationtool='t' creationtoolversion='1' o-tmf='t'/><body/></tmx>")));
        assertEquals(Optional.empty(), QaInputs.languages(write("f.xlf", "not XML at all")));
        assertEquals(Optional.empty(), QaInputs.languages(dir.resolve("missing.xlf")));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<?xml version='1.0' encoding='UTF-8'?>" + text, StandardCharsets.UTF_8);
        return file;
    }
}
