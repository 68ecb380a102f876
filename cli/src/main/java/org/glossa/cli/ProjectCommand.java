package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glossa.core.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Create translation projects (a folder with a " + ProjectFile.FILE_NAME + "; run them with glossa run).",
        subcommands = ProjectCommand.Init.class)
final class ProjectCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true, modelTransformer = LanguagePair.Required.class,
            description = "Create FOLDER with sources/, glossaries/ and memories/ and a default project file: sources"
                    + " sources/**/*.{txt,html,docx,md}, the glossaries (TBX, CSV, TSV) in glossaries/, the TMX memories"
                    + " in memories/, output out/, XLIFF 2.1, TM threshold 75. Never overwrites a project file.")
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FOLDER", description = "The project folder (created if missing).")
        Path folder;

        @picocli.CommandLine.Mixin
        LanguagePair languages = new LanguagePair();

        @Override
        public Integer call() throws IOException {
            languages.check();
            Path file = ProjectFile.init(folder, languages.source, languages.target);
            spec.commandLine().getOut().printf("%s: project created; put the source files in %s, then: glossa run %s%n",
                    file, folder.resolve("sources"), folder);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
