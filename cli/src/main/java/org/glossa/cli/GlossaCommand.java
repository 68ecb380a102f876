package org.glossa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "glossa", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Translation and localization workbench: extract articles to XLIFF, merge translations back.",
        resourceBundle = LanguagePair.BUNDLE,
        subcommands = {ExtractCommand.class, MergeCommand.class, SegmentCommand.class, TermsCommand.class,
                GlossaryCommand.class, QaCommand.class, TmCommand.class, AnalyzeCommand.class, RunCommand.class,
                ProjectCommand.class})
public final class GlossaCommand implements Runnable {
    /** --verbose, given before or after the subcommand name (an inherited option sets this field). */
    @Option(names = "--verbose", description = "Show stack traces for errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
