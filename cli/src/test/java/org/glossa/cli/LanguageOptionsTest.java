package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -s/-t (LanguagePair): one declaration, per-command help, defaults and required-ness, checked and canonical tags. */
class LanguageOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void aWordThatIsNoLanguageCodeIsAUsageErrorNamingTheOption() {
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "deutsch", "-o", tmp.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--target: 'deutsch' is not a BCP 47 language tag"), r.err());
        CliTest.Run tm = CliTest.run("tm", "stats", "-s", "english", tmp.resolve("m.tmx").toString());
        assertEquals(2, tm.exit(), tm.err());
        assertTrue(tm.err().contains("--source: 'english' is not a BCP 47 language tag"), tm.err());
    }

    @Test
    void deprecatedCodesAndUnderscoresAreWrittenCanonical() throws Exception {
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "EN_us", "-t", "iw", "-o", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        String xlf = Files.readString(tmp.resolve(CliTest.SEED.getFileName() + ".xlf"));
        assertTrue(xlf.contains("srcLang=\"en-US\" trgLang=\"he\""), xlf.substring(0, 400));
    }

    @Test
    void helpTextDefaultsAndRequiredOptionsStayPerCommand() {
        String extract = CliTest.run("extract", "--help").out();
        assertTrue(extract.contains("-s=SRC") && !extract.contains("[-s=SRC]"), extract);
        assertTrue(extract.contains("-s, --source=SRC           Source language (BCP 47), e.g. en."), extract);
        CliTest.Run missing = CliTest.run("extract", CliTest.SEED.toString(), "-o", tmp.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required options: '--source=SRC', '--target=TGT'"), missing.err());

        String analyze = CliTest.run("analyze", "--help").out();
        assertTrue(analyze.contains("-t, --target=TGT     Target language (default: de)."), analyze);
        String convert = CliTest.run("glossary", "convert", "--help").out();
        assertTrue(convert.replaceAll("\\s+", " ").contains("Source language for glossaries without a language header"), convert);
        String qa = CliTest.run("qa", "--help").out();
        assertTrue(qa.contains("[-s=SRC] [-t=TGT]") && qa.contains("Source language (default: from each file)."), qa);
    }
}
