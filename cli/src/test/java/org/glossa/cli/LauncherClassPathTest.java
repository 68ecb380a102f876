package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-path block (decision 0058), run by bash as the launcher runs it: the command line's jar, then
 * core's and ICU's (whose resources the segmenter reads first: each jar before them would be opened on the way),
 * then the rest of lib/; a build's sources and tests jars are never the command line's.
 */
class LauncherClassPathTest {
    @TempDir
    Path tmp;

    @Test
    void theCliJarThenCoreAndIcuThenTheRestOfLib() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("cli/target/lib"));
        for (String jar : List.of("glossa-cli-0.1.0-SNAPSHOT-sources.jar", "glossa-cli-0.1.0-SNAPSHOT.jar",
                "lib/aalto-xml-1.3.3.jar", "lib/glossa-core-0.1.0-SNAPSHOT.jar", "lib/icu4j-78.1.jar", "lib/picocli-4.7.7.jar")) {
            Files.writeString(tmp.resolve("cli/target").resolve(jar), "");
        }
        String here = tmp.toRealPath().toString();
        String cp = LocaleLauncherTest.runBlocks(tmp, "", List.of("class-path"),
                "here=\"$(pwd -P)\"; cli_class_path; printf '%s' \"$cli_cp\"");
        String t = here + "/cli/target/";
        assertEquals(t + "glossa-cli-0.1.0-SNAPSHOT.jar:" + t + "lib/glossa-core-0.1.0-SNAPSHOT.jar:" + t + "lib/icu4j-78.1.jar:"
                + t + "lib/*", cp);
    }

    @Test
    void aLibWithoutCoreOrIcuStillGivesTheWholeLib() throws Exception {
        Files.createDirectories(tmp.resolve("cli/target/lib"));
        Files.writeString(tmp.resolve("cli/target/glossa-cli-1.0.jar"), "");
        String here = tmp.toRealPath().toString();
        String cp = LocaleLauncherTest.runBlocks(tmp, "", List.of("class-path"),
                "here=\"$(pwd -P)\"; cli_class_path; printf '%s' \"$cli_cp\"");
        assertEquals(here + "/cli/target/glossa-cli-1.0.jar:" + here + "/cli/target/lib/*", cp);
    }
}
