package org.glossa.spark;

import org.glossa.core.lang.LanguageTags;
import picocli.CommandLine.Option;

/** {@code -s/--source} and {@code -t/--target}, checked and made canonical with core's {@link LanguageTags}. */
final class Languages {
    @Option(names = {"-s", "--source"}, paramLabel = "SRC", description = "Source language (BCP 47).")
    String source;

    @Option(names = {"-t", "--target"}, paramLabel = "TGT", description = "Target language (BCP 47).")
    String target;

    void check() {
        if (source != null) source = LanguageTags.parse(source, "--source");
        if (target != null) target = LanguageTags.parse(target, "--target");
    }
}
